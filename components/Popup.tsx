import { i18n } from '#i18n';
import { LayoutStatusLine } from './LayoutStatusLine';

export function Popup() {
  return (
    <main style={{ minWidth: 280, padding: 12, fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 16, margin: 0 }}>Candor</h1>
      <p>{i18n.t('popupIntro')}</p>
      <LayoutStatusLine />
    </main>
  );
}
