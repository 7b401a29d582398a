import { clipRects, type RectLike } from '@/components/hints/geometry';
import { HIGHLIGHT_NAMES, type Severity } from '@/components/hints/severity';
import { PAGE_HIGHLIGHT_CSS } from '@/components/hints/styles';

/**
 * Marks over flagged text that leave the editor's DOM alone: CSS Custom Highlights where the browser
 * has them, otherwise boxes drawn from the ranges' client rects in Candor's shadow layer.
 * Ranges are live, so highlights follow typing between analyses by themselves.
 */

export interface Mark {
  range: Range;
  severity: Severity;
  active: boolean;
}

const STYLE_ID = 'candor-highlight-style';

export function highlightsSupported(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

export class Marks {
  private readonly owners = new Map<object, { marks: Mark[]; clip: () => RectLike | null }>();
  private readonly native: boolean;
  private style: HTMLStyleElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly boxLayer: HTMLElement,
    forceFallback = false,
  ) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    this.native = !forceFallback && !!win && highlightsSupported(win);
    if (this.native) {
      doc.getElementById(STYLE_ID)?.remove();
      this.style = doc.createElement('style');
      this.style.id = STYLE_ID;
      this.style.textContent = PAGE_HIGHLIGHT_CSS;
      (doc.head ?? doc.documentElement).append(this.style);
    }
  }

  get usesHighlights(): boolean {
    return this.native;
  }

  /** Replace one editor's marks; `clip` gives the editor's visible box for the fallback. */
  set(owner: object, marks: Mark[], clip: () => RectLike | null): void {
    if (marks.length === 0) this.owners.delete(owner);
    else this.owners.set(owner, { marks, clip });
    this.render();
  }

  clear(owner: object): void {
    if (this.owners.delete(owner)) this.render();
  }

  /** Redraw the fallback boxes after scrolling, resizing or typing; highlights need nothing. */
  refresh(): void {
    if (!this.native) this.drawBoxes();
  }

  destroy(): void {
    this.owners.clear();
    if (this.native) {
      const registry = this.doc.defaultView!.CSS.highlights;
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    }
    this.style?.remove();
    this.boxLayer.replaceChildren();
  }

  private render(): void {
    if (this.native) this.paintHighlights();
    else this.drawBoxes();
  }

  private paintHighlights(): void {
    const win = this.doc.defaultView!;
    const bySeverity: Record<Severity | 'active', Range[]> = { high: [], medium: [], low: [], active: [] };
    for (const { marks } of this.owners.values()) {
      for (const m of marks) {
        bySeverity[m.severity].push(m.range);
        if (m.active) bySeverity.active.push(m.range);
      }
    }
    for (const key of ['high', 'medium', 'low', 'active'] as const) {
      const name = HIGHLIGHT_NAMES[key];
      if (bySeverity[key].length === 0) {
        win.CSS.highlights.delete(name);
        continue;
      }
      const highlight = new win.Highlight(...bySeverity[key]);
      // The active finding's tint sits above its severity colour.
      highlight.priority = key === 'active' ? 1 : 0;
      win.CSS.highlights.set(name, highlight);
    }
  }

  private drawBoxes(): void {
    const doc = this.doc;
    const boxes: HTMLElement[] = [];
    for (const { marks, clip } of this.owners.values()) {
      const visible = clip();
      if (!visible) continue;
      for (const m of marks) {
        for (const b of clipRects(Array.from(m.range.getClientRects()), visible)) {
          const el = doc.createElement('div');
          el.className = 'box';
          el.dataset.severity = m.severity;
          if (m.active) el.dataset.active = '';
          el.style.left = `${b.left}px`;
          el.style.top = `${b.top}px`;
          el.style.width = `${b.width}px`;
          el.style.height = `${b.height}px`;
          boxes.push(el);
        }
      }
    }
    this.boxLayer.replaceChildren(...boxes);
  }
}
