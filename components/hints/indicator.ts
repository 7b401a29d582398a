import { h } from './dom';
import type { Severity } from './severity';
import { strings } from './strings';
import type { Theme } from './types';

/** The small count badge by an editor: how many findings, coloured by the worst. */
export class Indicator {
  readonly element: HTMLButtonElement;

  constructor(doc: Document, onActivate: (e: MouseEvent) => void) {
    this.element = h(doc, 'button', { type: 'button', class: 'indicator', 'data-candor-count': '0', 'aria-expanded': 'false', 'aria-haspopup': 'dialog', 'aria-keyshortcuts': 'Alt+Shift+N', hidden: true });
    // Opening the list must not take the caret out of the draft.
    this.element.addEventListener('pointerdown', (e) => e.preventDefault());
    this.element.addEventListener('mousedown', (e) => e.preventDefault());
    this.element.addEventListener('click', onActivate);
  }

  update(count: number, severity: Severity | null, theme: Theme): void {
    const el = this.element;
    el.dataset.candorCount = String(count);
    if (severity) el.dataset.severity = severity;
    else delete el.dataset.severity;
    el.dataset.theme = theme;
    el.textContent = count > 0 ? `✎ ${count}` : '✓';
    el.setAttribute('aria-label', strings.indicatorLabel(count));
    el.title = strings.indicatorLabel(count);
  }

  setExpanded(open: boolean): void {
    this.element.setAttribute('aria-expanded', String(open));
  }

  /** Bottom-right corner of the editor's visible box, inside the viewport; hidden when the editor is not on screen. */
  place(editorBox: DOMRect | null, viewport: { width: number; height: number }): void {
    const el = this.element;
    if (!editorBox || editorBox.width < 40 || editorBox.height < 16 || editorBox.bottom < 0 || editorBox.top > viewport.height) {
      el.hidden = true;
      return;
    }
    el.hidden = false;
    const bottom = Math.min(editorBox.bottom, viewport.height);
    const right = Math.min(editorBox.right, viewport.width);
    el.style.right = `${Math.max(0, viewport.width - right + 8)}px`;
    el.style.top = `${Math.max(0, bottom - 8 - 26)}px`;
  }
}
