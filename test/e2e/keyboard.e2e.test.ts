/**
 * Candor from the keyboard, and what a screen reader gets: the shortcuts (Alt+Shift+N / P / Enter, Esc),
 * Tab between the indicator and the open card, focus that never leaves the draft unasked (a hover card
 * opens without it) and comes back to the caret on Esc, and the card's dialog role, message, buttons
 * and live announcements, read through Playwright's accessibility tree (getByRole, ariaSnapshot).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { applied, caretOffset, focusState, inspect, type FocusState, markCentre, typeDraft, waitForCount, type EditorRef, type GmailEditor } from './harness/candor';
import { GMAIL_HOST, GMAIL_PATH, OUTLOOK_HOSTS, OUTLOOK_PATH } from './harness/hosts';
import type { Session } from './harness/launch';
import { browserPerFile } from './harness/per-file';

const analyzed = (text: string) => analyze(text, { timeZone: 'UTC' });
const DRAFT = 'Hi Anna, the invoice for November is attached. I will try to send the mockups ASAP. Thanks, Jonas';
/** The findings in the order the shortcuts walk them: by position in the draft. */
const FINDINGS = [...analyzed(DRAFT).findings].sort((a, b) => a.start - b.start);

let session: Session;
let page: Page;

browserPerFile({
  launched: (s) => {
    session = s;
  },
  pages: () => [page],
});

async function composeWithDraft(): Promise<GmailEditor> {
  page = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}?reply=0&compose=1`);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
  const compose: GmailEditor = { app: 'gmail', composeId: await page.evaluate(() => window.gmailFixture.composeIds()[0]) };
  await typeDraft(page, compose, DRAFT);
  await waitForCount(page, compose, FINDINGS.length);
  return compose;
}

/** Presses `key` until focus satisfies `done` (at most 6 times); returns where focus was after each press. */
async function tabUntil(compose: EditorRef, key: 'Tab' | 'Shift+Tab', done: (f: FocusState) => boolean): Promise<FocusState[]> {
  const seen: FocusState[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press(key);
    seen.push(await focusState(page, compose));
    if (done(seen.at(-1)!)) return seen;
  }
  throw new Error(`${key} never got there; focus went: ${JSON.stringify(seen)}`);
}

const dialog = () => page.getByRole('dialog', { name: 'Candor' });

describe('keyboard only', () => {
  it('walks the findings, Tabs between indicator and card, Esc returns to the caret, Alt+Shift+Enter applies', async () => {
    expect(FINDINGS.map((f) => f.rule)).toEqual(['vague-promise', 'missing-date']);
    const compose = await composeWithDraft();

    // The indicator is a button whose name says the count.
    await expect.poll(() => page.getByRole('button', { name: `Candor hints: ${FINDINGS.length}.`, exact: false }).count()).toBe(1);

    // The caret after "Hi Anna," (keys only), then into the first finding after it.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 'Hi Anna,'.length; i++) await page.keyboard.press('ArrowRight');
    expect(await caretOffset(page, compose)).toBe(8);
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => focusState(page, compose)).toMatchObject({ apply: true, finding: FINDINGS[0].rule });

    // What a screen reader finds in the card: a dialog with the message, the suggestion and the buttons.
    await expect.poll(() => dialog().isVisible()).toBe(true);
    const first = dialog().getByRole('group', { name: 'Vague promise' });
    expect(await first.textContent()).toContain(FINDINGS[0].message);
    expect(await first.textContent()).toContain(FINDINGS[0].suggestions[0].text);
    for (const name of ['Apply', 'Ignore', 'Turn off this rule']) expect(await first.getByRole('button', { name, exact: true }).count()).toBe(1);
    const tree = await dialog().ariaSnapshot();
    expect(tree).toContain('dialog "Candor"');
    expect(tree).toContain('group "Vague promise"');
    expect(tree).toContain('button "Apply"');
    // The snapshot is YAML: quotes inside a text are escaped.
    expect(tree).toContain(FINDINGS[0].message.replaceAll('"', '\\"'));
    expect(await dialog().getByText(FINDINGS[0].message, { exact: true }).count()).toBe(1);

    // Tab order: the card follows its indicator. Between them is only the date picker (whose day,
    // month and year fields each take a Tab stop).
    const backToIndicator = await tabUntil(compose, 'Shift+Tab', (f) => f.indicator);
    expect(backToIndicator.slice(0, -1).every((f) => f.tag === 'input' && f.finding === FINDINGS[0].rule)).toBe(true);
    const intoCard = await tabUntil(compose, 'Tab', (f) => f.apply);
    expect(intoCard[0]).toMatchObject({ tag: 'input', finding: FINDINGS[0].rule });
    expect(intoCard.at(-1)).toMatchObject({ apply: true, finding: FINDINGS[0].rule });
    await page.keyboard.press('Tab');
    expect(await focusState(page, compose)).toMatchObject({ dismiss: true, finding: FINDINGS[0].rule });

    // Esc: card gone, focus in the draft with the caret where it was, so typing goes on right there.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await focusState(page, compose)).toMatchObject({ inEditor: true });
    expect(await caretOffset(page, compose)).toBe(8);
    await page.keyboard.type(' X');
    await expect.poll(async () => (await inspect(page, compose))!.text).toBe(`Hi Anna, X${DRAFT.slice(8)}`);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(async () => (await inspect(page, compose))!.text).toBe(DRAFT);
    await waitForCount(page, compose, FINDINGS.length);

    // N and P move between findings inside the open card; Alt+Shift+Enter applies the one in focus.
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => focusState(page, compose)).toMatchObject({ apply: true, finding: FINDINGS[0].rule });
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => focusState(page, compose)).toMatchObject({ apply: true, finding: FINDINGS[1].rule });
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => focusState(page, compose)).toMatchObject({ apply: true, finding: FINDINGS[0].rule });
    await page.keyboard.press('Alt+Shift+Enter');
    const afterApply = applied(DRAFT, FINDINGS[0].suggestions[0]);
    await expect.poll(async () => (await inspect(page, compose))!.text).toBe(afterApply);
    expect(await focusState(page, compose)).toMatchObject({ inEditor: true });
    // The result is announced in a polite live region.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Replaced. Ctrl+Z brings the old sentence back.' }).count()).toBe(1);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await inspect(page, compose))!.text).toBe(DRAFT);
  });

  it('a card opened by hover leaves focus in the draft; Alt+Shift+N moves into that card, Esc back to the caret', async () => {
    const compose = await composeWithDraft();
    const caret = await caretOffset(page, compose);
    expect(caret).toBe(DRAFT.length);
    const point = await markCentre(page, compose, FINDINGS[0].text.slice(0, 6));
    expect(point, `a mark over "${FINDINGS[0].text}"`).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => dialog().isVisible()).toBe(true);
    expect(await dialog().locator(`[data-candor-finding="${FINDINGS[0].rule}"]`).count()).toBe(1);
    // Opening on hover took nothing from the writer: focus and caret are where they were.
    expect(await focusState(page, compose)).toMatchObject({ inEditor: true });
    expect(await caretOffset(page, compose)).toBe(caret);

    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => focusState(page, compose)).toMatchObject({ apply: true, finding: FINDINGS[0].rule });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await focusState(page, compose)).toMatchObject({ inEditor: true });
    expect(await caretOffset(page, compose)).toBe(caret);
  });

  it('says so in the card and aloud when the text changed under it, and replaces nothing', async () => {
    const compose = await composeWithDraft();
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => focusState(page, compose)).toMatchObject({ apply: true, finding: FINDINGS[0].rule });
    // The app (or another device's sync) rewrites the flagged sentence a moment before Apply goes through.
    const changed = await page.evaluate(
      ({ composeId, flagged }) => {
        const editor = window.gmailFixture.editor(composeId)!;
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeValue!.includes(flagged)) node.nodeValue = node.nodeValue!.replace(flagged, 'I send the mockups on Friday');
        }
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        (active as HTMLButtonElement).click();
        return editor.innerText;
      },
      { composeId: compose.composeId, flagged: 'I will try to send the mockups ASAP' },
    );
    expect(changed).not.toBe(DRAFT);
    const notice = dialog().getByRole('alert');
    await expect.poll(() => notice.textContent()).toBe('The text changed under this card, so nothing was replaced.');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'nothing was replaced' }).count()).toBe(1);
    expect((await inspect(page, compose))!.text).toBe(changed);
  });
});

describe('keyboard only in Outlook (roosterjs stops key events at the editor)', () => {
  it('Alt+Shift+N into the card, Esc back to the caret, Alt+Shift+Enter applies as one undo step', async () => {
    page = await session.openMailPage(OUTLOOK_HOSTS[0], OUTLOOK_PATH);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    const outlook: EditorRef = { app: 'outlook' };
    await typeDraft(page, outlook, DRAFT);
    await waitForCount(page, outlook, FINDINGS.length);
    const roosterText = () => page.evaluate(() => window.outlookFixture.editorText());

    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => focusState(page, outlook)).toMatchObject({ apply: true, finding: FINDINGS[0].rule });
    await page.keyboard.press('Escape');
    await expect.poll(() => focusState(page, outlook)).toMatchObject({ inEditor: true });
    expect(await caretOffset(page, outlook)).toBe(DRAFT.length);

    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => focusState(page, outlook)).toMatchObject({ apply: true, finding: FINDINGS[0].rule });
    await page.keyboard.press('Alt+Shift+Enter');
    const afterApply = applied(DRAFT, FINDINGS[0].suggestions[0]);
    await expect.poll(roosterText).toBe(afterApply);
    await page.keyboard.press('Control+z');
    await expect.poll(roosterText).toBe(DRAFT);
  });
});
