import { SHADOW_CSS } from '@/components/hints/styles';

const HOST_TAG = 'candor-hints';

/**
 * The one shadow host Candor adds to a mail page. The root is open so tests and assistive tech can
 * reach it; key events are kept inside so the app's own shortcuts do not fire while the user is in a card.
 */
export class HintsLayer {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Indicators and the card. */
  readonly root: HTMLElement;
  /** Fallback marks drawn as boxes. */
  readonly boxes: HTMLElement;

  constructor(doc: Document) {
    // A copy of the extension that was reloaded cannot clean up after itself any more.
    for (const stale of Array.from(doc.querySelectorAll(HOST_TAG))) stale.remove();
    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute('data-candor-ui', '');
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = SHADOW_CSS;
    this.boxes = doc.createElement('div');
    this.boxes.className = 'boxes';
    this.boxes.setAttribute('aria-hidden', 'true');
    this.root = doc.createElement('div');
    this.root.className = 'layer';
    this.shadow.append(style, this.boxes, this.root);
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      this.host.addEventListener(type, (e) => e.stopPropagation());
    }
    (doc.body ?? doc.documentElement).append(this.host);
  }

  /** Whether an event's path goes through Candor's UI. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  destroy(): void {
    this.host.remove();
  }
}
