import { h } from './dom';
import { strings } from './strings';
import type { Theme } from './types';

/**
 * The expectation line's offer: a quiet box by the draft's badge saying "Tell the client when to expect
 * answers: <sentence>" with Add and Not now. Not a finding: no mark in the text, no count in the
 * badge. The sentence is shown through textContent only. It renders and reports; ExpectationOffer
 * (entrypoints/mail.content) decides when it shows and what Add does.
 */

export interface PanelActions {
  add(): void;
  dismiss(): void;
  /** Esc: back to the draft, the offer stays. */
  leave(): void;
}

// Constant: nothing from the draft reaches it. Contrast >= 4.5 in both themes; forced colours use the
// system's own pairs.
const PANEL_CSS = `
.expectation { position: fixed; width: min(340px, calc(100vw - 16px)); padding: 8px 10px; border-radius: 8px; border: 1px solid #d0d7de;
  background: #ffffff; color: #1f2328; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.18); font: 12px/1.4 system-ui, sans-serif; }
.expectation[hidden] { display: none; }
.expectation p { margin: 0 0 6px; }
.expectation .sentence { font-style: italic; }
.expectation .status { margin: 6px 0 0; color: #cf222e; }
.expectation .status:empty { display: none; }
.expectation[data-theme=dark] { background: #1f2428; color: #e6edf3; border-color: #444c56; }
.expectation[data-theme=dark] .status { color: #ff7b72; }
@media (prefers-color-scheme: dark) {
  .expectation:not([data-theme=light]) { background: #1f2428; color: #e6edf3; border-color: #444c56; }
  .expectation:not([data-theme=light]) .status { color: #ff7b72; }
}
@media (forced-colors: active) {
  .expectation { background: Canvas; color: CanvasText; border-color: CanvasText; }
  .expectation button { border-color: ButtonText; color: ButtonText; background: ButtonFace; }
  .expectation button:focus-visible { outline-color: Highlight; }
  .expectation .status { color: CanvasText; }
}
`;

let panelCount = 0;

/** Before the first layout the box has no height yet: about three lines of text and a button row. */
const PANEL_HEIGHT_GUESS = 120;

export class ExpectationPanel {
  readonly element: HTMLElement;
  readonly addButton: HTMLButtonElement;
  private readonly sentence: HTMLElement;
  private readonly status: HTMLElement;

  constructor(doc: Document, actions: PanelActions) {
    const labelId = `candor-expectation-${++panelCount}`;
    this.sentence = h(doc, 'span', { class: 'sentence' });
    this.status = h(doc, 'p', { class: 'status', role: 'alert' });
    this.addButton = h(doc, 'button', { type: 'button', class: 'primary', 'data-candor-action': 'expectation-add' }, strings.expectationAdd());
    const notNow = h(doc, 'button', { type: 'button', 'data-candor-action': 'expectation-dismiss' }, strings.expectationNotNow());
    this.element = h(
      doc,
      'div',
      { class: 'expectation', role: 'group', 'aria-labelledby': labelId, 'data-candor-expectation': '', hidden: true },
      h(doc, 'style', {}, PANEL_CSS),
      h(doc, 'p', { id: labelId }, strings.expectationOffer(), ' ', this.sentence),
      h(doc, 'div', { class: 'actions' }, this.addButton, notNow),
      this.status,
    );
    // Pressing a button must not take the caret out of the draft (a click still fires).
    for (const type of ['pointerdown', 'mousedown'] as const) this.element.addEventListener(type, (e) => e.preventDefault());
    this.addButton.addEventListener('click', () => actions.add());
    notNow.addEventListener('click', () => actions.dismiss());
    this.element.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      actions.leave();
    });
  }

  get shown(): boolean {
    return !this.element.hidden;
  }

  get hasFocus(): boolean {
    const root = this.element.getRootNode() as Document | ShadowRoot;
    return !!root.activeElement && this.element.contains(root.activeElement);
  }

  show(sentence: string, theme: Theme): void {
    this.sentence.textContent = sentence;
    this.element.dataset.theme = theme;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
    this.status.textContent = '';
  }

  setError(text: string): void {
    this.status.textContent = text;
  }

  /**
   * Just outside the editor, never over it: a box over the text would take the clicks meant for the
   * draft (a short inline reply is hardly taller than the box). Below the editor where there is room,
   * else above it; only an editor that fills the window gets the box inside its bottom-right corner,
   * above the badge. Hidden with the editor off screen.
   */
  place(editorBox: DOMRect | null, viewport: { width: number; height: number }): void {
    const el = this.element;
    if (!editorBox || editorBox.width < 40 || editorBox.bottom < 0 || editorBox.top > viewport.height) {
      el.style.visibility = 'hidden';
      return;
    }
    el.style.visibility = '';
    const right = Math.min(editorBox.right, viewport.width);
    el.style.right = `${Math.max(0, viewport.width - right)}px`;
    const height = el.offsetHeight || PANEL_HEIGHT_GUESS;
    const gap = 6;
    if (editorBox.bottom + gap + height <= viewport.height) {
      el.style.top = `${Math.max(0, editorBox.bottom + gap)}px`;
      el.style.bottom = '';
    } else if (editorBox.top - gap - height >= 0) {
      el.style.top = '';
      el.style.bottom = `${viewport.height - editorBox.top + gap}px`;
    } else {
      // The badge is 26px high, 8px above the editor's bottom edge; the box sits 8px above it.
      el.style.top = '';
      el.style.bottom = `${Math.max(0, viewport.height - Math.min(editorBox.bottom, viewport.height) + 8 + 26 + 8)}px`;
    }
  }
}
