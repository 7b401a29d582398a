import React from 'react';
import ReactDOM from 'react-dom/client';
import { Popup } from '@/components/Popup';

// Screen readers pick the voice from lang; the words come from the UI language.
document.documentElement.lang = browser.i18n.getUILanguage();

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <Popup />
  </React.StrictMode>,
);
