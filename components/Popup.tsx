import '@/components/popup/popup.css';
import { LayoutStatusLine } from './LayoutStatusLine';
import { PopupApp } from './popup/PopupApp';

export function Popup() {
  return (
    <main className="candor-popup">
      <h1>Candor</h1>
      <LayoutStatusLine />
      <PopupApp />
    </main>
  );
}
