/**
 * Reading and driving Candor's UI through the stable hooks of issue 3 only: an open shadow root,
 * [data-candor-finding=<rule>] on each finding's card or list item, [data-candor-apply],
 * [data-candor-dismiss], [data-candor-date] and [data-candor-count=<n>] on the indicator. Nothing here
 * knows how the content script is built, so a rewrite of the UI keeps these tests valid.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RuleId, Suggestion } from '../../../lib/analysis';

/** Which editor of a fixture page: Gmail composes by compose id, Outlook has one docked compose. */
export type GmailEditor = { app: 'gmail'; composeId: string };
export type EditorRef = GmailEditor | { app: 'outlook' };

export interface EditorState {
  /** innerText of the editor: what the user sees, lines included. */
  text: string;
  html: string;
  focused: boolean;
  /** Counts of the indicators nearest to this editor (exactly one is expected once it has findings). */
  counts: number[];
  /** Centre of this editor's indicator, if it has one. */
  indicator: { x: number; y: number } | null;
  /** Highlighted ranges inside the editor, as text offsets from its start. */
  marks: [number, number][];
  /** Highlighted ranges touching quoted history or the signature. */
  marksInQuoteOrSignature: number;
}

/** Everything about one editor the tests check, read in a single round trip. */
export function inspect(page: Page, ref: EditorRef): Promise<EditorState | null> {
  return page.evaluate((ref) => {
    const find = (r: typeof ref): HTMLElement | null =>
      r.app === 'gmail' ? window.gmailFixture.editor(r.composeId) : window.outlookFixture.editor();
    const editor = find(ref);
    if (!editor) return null;

    const deepQuery = (root: Document | ShadowRoot, selector: string, out: Element[] = []): Element[] => {
      root.querySelectorAll(selector).forEach((element) => out.push(element));
      root.querySelectorAll('*').forEach((element) => {
        if (element.shadowRoot) deepQuery(element.shadowRoot, selector, out);
      });
      return out;
    };
    const shown = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const gap = (a: DOMRect, b: DOMRect) => {
      const dx = Math.max(0, a.left - b.right, b.left - a.right);
      const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
      return Math.hypot(dx, dy);
    };

    // An indicator belongs to the editor it sits nearest to: the hooks do not name the editor.
    const editors = [...document.querySelectorAll<HTMLElement>('[g_editable=true], [id*="docking_InitVisiblePart"] [aria-multiline=true]')].filter(shown);
    const counts: number[] = [];
    let indicator: { x: number; y: number } | null = null;
    for (const element of deepQuery(document, '[data-candor-count]').filter(shown)) {
      const rect = element.getBoundingClientRect();
      let nearest: HTMLElement | undefined;
      for (const candidate of editors) if (!nearest || gap(rect, candidate.getBoundingClientRect()) < gap(rect, nearest.getBoundingClientRect())) nearest = candidate;
      if (nearest !== editor) continue;
      counts.push(Number(element.getAttribute('data-candor-count')));
      indicator = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }

    const offsetOf = (node: Node, offset: number) => {
      const before = document.createRange();
      before.setStart(editor, 0);
      before.setEnd(node, offset);
      return before.toString().length;
    };
    // Gmail's quote and signature; Outlook's signature, and its history from the reply header on.
    const excluded = [...editor.querySelectorAll('.gmail_quote, .gmail_signature, [id^="Signature"], #divRplyFwdMsg, #divRplyFwdMsg ~ *')];
    const marks: [number, number][] = [];
    let marksInQuoteOrSignature = 0;
    CSS.highlights.forEach((highlight) => {
      highlight.forEach((abstractRange) => {
        if (!editor.contains(abstractRange.startContainer) || !abstractRange.startContainer.isConnected) return;
        const range = document.createRange();
        range.setStart(abstractRange.startContainer, abstractRange.startOffset);
        range.setEnd(abstractRange.endContainer, abstractRange.endOffset);
        if (excluded.some((element) => range.intersectsNode(element))) marksInQuoteOrSignature++;
        marks.push([offsetOf(range.startContainer, range.startOffset), offsetOf(range.endContainer, range.endOffset)]);
      });
    });

    return { text: editor.innerText, html: editor.innerHTML, focused: document.activeElement === editor, counts, indicator, marks, marksInQuoteOrSignature };
  }, ref);
}

/** Highlighted ranges anywhere whose text is no longer in the document (an editor that closed). */
export function detachedMarks(page: Page): Promise<number> {
  return page.evaluate(() => {
    let detached = 0;
    CSS.highlights.forEach((highlight) =>
      highlight.forEach((range) => {
        if (!range.startContainer.isConnected || !range.endContainer.isConnected) detached++;
      }),
    );
    return detached;
  });
}

/** Shown indicators on the page, whatever editor they belong to. */
export function shownIndicatorCounts(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const out: number[] = [];
    const walk = (root: Document | ShadowRoot) => {
      root.querySelectorAll('*').forEach((element) => {
        if (element.hasAttribute('data-candor-count')) {
          const rect = element.getBoundingClientRect();
          if (rect.width > 0 && rect.height > 0) out.push(Number(element.getAttribute('data-candor-count')));
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      });
    };
    walk(document);
    return out;
  });
}

/**
 * Puts the caret where a user would start writing (after what is typed so far, above any signature and
 * quoted history) and types the text key by key, as real keystrokes.
 */
export async function typeDraft(page: Page, ref: EditorRef, text: string, delay = 5): Promise<void> {
  if (ref.app === 'outlook') {
    await page.evaluate(() => {
      const editor = window.outlookFixture.editor()!;
      editor.focus();
      if (!editor.querySelector('[id^="Signature"], #divRplyFwdMsg')) return;
      // A reply: the user writes on the lines above the signature, after what is there already.
      const firstLine = editor.firstElementChild!;
      const range = document.createRange();
      range.selectNodeContents(firstLine);
      range.collapse(false);
      if (firstLine.lastChild?.nodeName === 'BR') {
        range.setStartBefore(firstLine.lastChild);
        range.collapse(true);
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
  } else {
    await page.evaluate((composeId) => {
      const editor = window.gmailFixture.editor(composeId)!;
      editor.focus();
      const stop = editor.querySelector('.gmail_signature_prefix, .gmail_signature, .gmail_quote');
      const range = document.createRange();
      if (stop) {
        // The user's own lines are the ones before the signature block: write at the end of the first.
        const firstLine = editor.firstElementChild!;
        range.selectNodeContents(firstLine);
        range.collapse(false);
        if (firstLine.lastChild?.nodeName === 'BR') range.setStartBefore(firstLine.lastChild);
      } else {
        range.selectNodeContents(editor);
        range.collapse(false);
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, ref.composeId);
  }
  await page.keyboard.type(text, { delay });
}

/** Waits until the editor's own indicator shows exactly `count`. */
export async function waitForCount(page: Page, ref: EditorRef, count: number, timeout = 10000): Promise<EditorState> {
  const message = `one Candor indicator next to the editor, showing data-candor-count="${count}" (counts seen by this editor)`;
  await expect.poll(async () => (await inspect(page, ref))?.counts, { timeout, interval: 100, message }).toEqual([count]);
  return (await inspect(page, ref))!;
}

/** Clicks the editor's indicator, as a user would, and waits for the card listing `rule`. */
export async function openCard(page: Page, ref: EditorRef, rule: RuleId): Promise<Locator> {
  const state = await inspect(page, ref);
  if (!state?.indicator) throw new Error('the editor has no indicator to click');
  await page.mouse.click(state.indicator.x, state.indicator.y);
  const item = page.locator(`[data-candor-finding="${rule}"]`).filter({ visible: true }).first();
  await item.waitFor({ state: 'visible', timeout: 5000 });
  return item;
}

/**
 * The date picker the card shows for a suggestion with a proposed date (in the finding's item, or
 * elsewhere in the open card), or null when none shows up within `timeout`: cards may render it a
 * frame or two after the item itself.
 */
export async function datePicker(page: Page, item: Locator, timeout = 3000): Promise<Locator | null> {
  const inItem = item.locator('[data-candor-date]').filter({ visible: true });
  const onPage = page.locator('[data-candor-date]').filter({ visible: true });
  const deadline = Date.now() + timeout;
  do {
    if (await inItem.count()) return inItem.first();
    if (await onPage.count()) return onPage.first();
    await page.waitForTimeout(100);
  } while (Date.now() < deadline);
  return null;
}

/** The picked day, "YYYY-MM-DD", whether the picker is an <input type=date> or carries the day itself. */
export function pickedDate(picker: Locator): Promise<string> {
  return picker.evaluate((element) => (element instanceof HTMLInputElement ? element.value : (element.getAttribute('data-candor-date') ?? '')));
}

/** Ctrl+Z in the mail app. A user who clicked a card clicks back into the draft first; so do we. */
export async function undo(page: Page, ref: EditorRef): Promise<void> {
  const state = await inspect(page, ref);
  if (!state?.focused) {
    await page.evaluate((ref) => (ref.app === 'gmail' ? window.gmailFixture.editor(ref.composeId) : window.outlookFixture.editor())!.focus(), ref);
  }
  await page.keyboard.press('Control+z');
}

/** The draft with one suggestion put in place, the way Apply must do it; `at` is where the analysed text starts. */
export function applied(text: string, suggestion: Pick<Suggestion, 'start' | 'end' | 'text'>, at = 0): string {
  return text.slice(0, at + suggestion.start) + suggestion.text + text.slice(at + suggestion.end);
}

export interface TextContrast {
  /** The first words of the element's own text. */
  text: string;
  ratio: number;
}

/**
 * WCAG contrast of every element inside `root` (and `root` itself) that has text of its own, computed
 * in the page from computed styles: the text colour faded by its alpha and every opacity above it,
 * against the background actually painted behind it (translucent layers composited over the first
 * opaque one, crossing out of shadow roots through their hosts). Lowest first.
 */
export function textContrasts(root: Locator): Promise<TextContrast[]> {
  return root.evaluate((start) => {
    type Rgba = [number, number, number, number];
    const parse = (colour: string): Rgba => {
      const match = /rgba?\(([^)]+)\)/.exec(colour);
      if (!match) return [0, 0, 0, 0];
      const parts = match[1].split(/[ ,/]+/).filter(Boolean).map((p) => (p.endsWith('%') ? parseFloat(p) / 100 : Number(p)));
      return [parts[0], parts[1], parts[2], parts[3] ?? 1];
    };
    const over = (top: Rgba, alpha: number, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i] * alpha + bottom[i] * (1 - alpha)).concat(1) as Rgba;
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
    const measure = (element: Element): TextContrast => {
      const layers: Rgba[] = [];
      let opacity = 1;
      let base: Rgba = [255, 255, 255, 1];
      for (let node: Element | null = element; node; node = parentOf(node)) {
        const style = getComputedStyle(node);
        opacity *= Number(style.opacity);
        const colour = parse(style.backgroundColor);
        if (colour[3] >= 1) {
          base = colour;
          break;
        }
        if (colour[3] > 0) layers.push(colour);
      }
      const background = layers.reduceRight((below, layer) => over(layer, layer[3], below), base);
      const text = parse(getComputedStyle(element).color);
      const seen = over(text, text[3] * opacity, background);
      const [light, dark] = [luminance(seen), luminance(background)].sort((a, b) => b - a);
      const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.nodeValue).join('').trim();
      return { text: own.slice(0, 40), ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100 };
    };
    const hasOwnText = (element: Element) => [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue!.trim() !== '');
    const shown = (element: Element) => (element as HTMLElement).offsetParent !== null || getComputedStyle(element).position === 'fixed';
    const elements = [start, ...start.querySelectorAll('*')].filter((element) => hasOwnText(element) && shown(element));
    return elements.map(measure).sort((a, b) => a.ratio - b.ratio);
  });
}

/** The lowest contrast of any text in `element`: what a WCAG AA check compares with 4.5. */
export async function contrastOf(element: Locator): Promise<number> {
  const all = await textContrasts(element);
  if (all.length === 0) throw new Error('no text to measure the contrast of');
  return all[0].ratio;
}

/** What has keyboard focus, looking into shadow roots: the hooks and role of the focused element. */
export interface FocusState {
  /** The focused element is the editor of `ref`. */
  inEditor: boolean;
  apply: boolean;
  dismiss: boolean;
  indicator: boolean;
  /** The rule of the finding whose card holds the focused element. */
  finding: string | null;
  tag: string;
}

export function focusState(page: Page, ref: EditorRef): Promise<FocusState> {
  return page.evaluate((ref) => {
    const editor = ref.app === 'gmail' ? window.gmailFixture.editor(ref.composeId) : window.outlookFixture.editor();
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      inEditor: !!active && active === editor,
      apply: !!active?.hasAttribute('data-candor-apply'),
      dismiss: !!active?.hasAttribute('data-candor-dismiss'),
      indicator: !!active?.hasAttribute('data-candor-count'),
      finding: active?.closest('[data-candor-finding]')?.getAttribute('data-candor-finding') ?? null,
      tag: active?.tagName.toLowerCase() ?? '',
    };
  }, ref);
}

/** Where the caret is in the editor, as a text offset from its start (null when the selection is elsewhere). */
export function caretOffset(page: Page, ref: EditorRef): Promise<number | null> {
  return page.evaluate((ref) => {
    const editor = ref.app === 'gmail' ? window.gmailFixture.editor(ref.composeId) : window.outlookFixture.editor();
    const selection = getSelection();
    if (!editor || !selection || selection.rangeCount === 0 || !editor.contains(selection.focusNode)) return null;
    const before = document.createRange();
    before.setStart(editor, 0);
    before.setEnd(selection.focusNode!, selection.focusOffset);
    return before.toString().length;
  }, ref);
}

/** A point on the first line box of the marked range in the editor whose text starts with `markedText`. */
export function markCentre(page: Page, ref: EditorRef, markedText: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ ref, markedText }) => {
      const editor = ref.app === 'gmail' ? window.gmailFixture.editor(ref.composeId) : window.outlookFixture.editor();
      let found: { x: number; y: number } | null = null;
      CSS.highlights.forEach((highlight) =>
        highlight.forEach((abstractRange) => {
          if (found || !editor?.contains(abstractRange.startContainer)) return;
          const range = document.createRange();
          range.setStart(abstractRange.startContainer, abstractRange.startOffset);
          range.setEnd(abstractRange.endContainer, abstractRange.endOffset);
          if (!range.toString().startsWith(markedText)) return;
          const rect = range.getClientRects()[0];
          if (rect) found = { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
        }),
      );
      return found;
    },
    { ref, markedText },
  );
}
