import React from 'react';
import ReactDOM from 'react-dom/client';
import { i18n } from '#i18n';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { extensionSettingsStore } from '@/components/options/storage-store';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('optionsTitle');

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <OptionsApp store={extensionSettingsStore} />
  </React.StrictMode>,
);
