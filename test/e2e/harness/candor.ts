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
    const excluded = [...editor.querySelectorAll('.gmail_quote, .gmail_signature')];
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

/** WCAG contrast ratio between an element's text colour and the background actually painted behind it. */
export function contrastOf(element: Locator): Promise<number> {
  return element.evaluate((start) => {
    const parse = (colour: string) => {
      const match = /rgba?\(([^)]+)\)/.exec(colour);
      if (!match) return [0, 0, 0, 0];
      const parts = match[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [parts[0], parts[1], parts[2], parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    // The first opaque background up the tree, crossing out of shadow roots through their hosts.
    let background = [255, 255, 255, 1];
    for (let node: Element | null = start; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour[3] >= 0.9) {
        background = colour;
        break;
      }
    }
    const text = parse(getComputedStyle(start).color);
    const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  });
}
