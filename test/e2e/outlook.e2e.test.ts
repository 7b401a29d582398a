/**
 * Candor in the Outlook fixture, whose editor is the real roosterjs: roosterjs keeps its own undo
 * snapshots and stops key events at the editor, so an apply that is fine in Gmail can lose the user's
 * last typed word here. The draft is typed key by key right before the apply, which is when it bites.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { applied, contrastOf, detachedMarks, inspect, openCard, shownIndicatorCounts, typeDraft, undo, waitForCount, type EditorRef } from './harness/candor';
import { OUTLOOK_HOSTS, OUTLOOK_PATH } from './harness/hosts';
import type { Session } from './harness/launch';
import { browserPerFile } from './harness/per-file';

const analyzed = (text: string) => analyze(text, { timeZone: 'UTC' });
const DRAFT = 'Hello Anna, we should have the banner sorted out soon. The rest is on track, see you Thursday.';
const outlook: EditorRef = { app: 'outlook' };

let session: Session;
let page: Page;

browserPerFile({
  launched: (s) => {
    session = s;
  },
  pages: () => [page],
});

async function openOutlook(host: string, query = ''): Promise<Page> {
  page = await session.openMailPage(host, `${OUTLOOK_PATH}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
  return page;
}

const roosterText = () => page.evaluate(() => window.outlookFixture.editorText());

describe('Outlook (roosterjs)', () => {
  it('a draft typed key by key, then applied, then Ctrl+Z: exactly the typed text again, last word included', async () => {
    await openOutlook(OUTLOOK_HOSTS[0]);
    await typeDraft(page, outlook, DRAFT);
    expect(await roosterText()).toBe(DRAFT);

    const expected = analyzed(DRAFT);
    const finding = expected.findings.find((f) => f.rule === 'vague-promise');
    expect(finding, 'the draft carries a vague promise').toBeDefined();
    const typed = await waitForCount(page, outlook, expected.findings.length);
    expect(typed.text).toBe(DRAFT);

    const item = await openCard(page, outlook, 'vague-promise');
    await item.locator('[data-candor-apply]').click();
    const afterApply = applied(DRAFT, finding!.suggestions[0]);
    await expect.poll(roosterText).toBe(afterApply);
    expect((await inspect(page, outlook))!.text).toBe(afterApply);

    await undo(page, outlook);
    await expect.poll(roosterText).toBe(DRAFT);
    expect((await inspect(page, outlook))!.text).toBe(DRAFT);
  });

  it.each(OUTLOOK_HOSTS)('finds the compose body on %s and counts its findings', async (host) => {
    await openOutlook(host);
    await typeDraft(page, outlook, DRAFT);
    await waitForCount(page, outlook, analyzed(DRAFT).findings.length);
  });

  it('lets a discarded compose go and picks up the next new mail', async () => {
    await openOutlook(OUTLOOK_HOSTS[0]);
    await typeDraft(page, outlook, DRAFT);
    await waitForCount(page, outlook, analyzed(DRAFT).findings.length);

    await page.locator('button.discard').click();
    await expect.poll(() => shownIndicatorCounts(page)).toEqual([]);
    await expect.poll(() => detachedMarks(page)).toBe(0);

    await page.locator('#new-mail-button').click();
    const next = 'Hi Anna, sorry, I was sick all week.';
    await typeDraft(page, outlook, next);
    await waitForCount(page, outlook, analyzed(next).findings.length);
  });

  it.each(['light', 'dark'])('marks, counts and a readable card (4.5:1) in the %s theme', async (theme) => {
    await openOutlook(OUTLOOK_HOSTS[2], `?theme=${theme}`);
    await typeDraft(page, outlook, DRAFT);
    const state = await waitForCount(page, outlook, analyzed(DRAFT).findings.length);
    expect(state.marks.length).toBeGreaterThan(0);
    await openCard(page, outlook, 'vague-promise');
    expect(await contrastOf(page.getByRole('dialog', { name: 'Candor' }))).toBeGreaterThanOrEqual(4.5);
    expect(await contrastOf(page.locator('[data-candor-count]'))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('Outlook: a reply with a signature and quoted history', () => {
  const SIGNATURE_AND_HISTORY = '[id^="Signature"], #divRplyFwdMsg, #divRplyFwdMsg ~ *';

  it('analyses only what the user wrote: nothing in the signature or the history is counted or marked', async () => {
    await openOutlook(OUTLOOK_HOSTS[0], '?reply=1');
    const signatureAndHistory = await page.evaluate(
      (selector) => [...window.outlookFixture.editor()!.querySelectorAll(selector)].map((e) => (e as HTMLElement).innerText).join('\n'),
      SIGNATURE_AND_HISTORY,
    );
    // roosterjs kept the shapes Outlook's reply has, and both parts carry findings of their own.
    expect(signatureAndHistory).toContain('swamped');
    expect(signatureAndHistory).toContain('laptop died');
    expect(analyzed(`${DRAFT}\n\n${signatureAndHistory}`).findings.length).toBeGreaterThan(analyzed(DRAFT).findings.length);

    await typeDraft(page, outlook, DRAFT);
    const state = await waitForCount(page, outlook, analyzed(DRAFT).findings.length);
    expect(state.text.startsWith(DRAFT)).toBe(true);
    expect(state.marks.length).toBeGreaterThan(0);
    expect(state.marksInQuoteOrSignature).toBe(0);
    expect(state.marks.every(([, end]) => end <= DRAFT.length)).toBe(true);
  });

  it('applies a suggestion above the signature and undoes it, leaving signature and history as they were', async () => {
    await openOutlook(OUTLOOK_HOSTS[1], '?reply=1');
    await typeDraft(page, outlook, DRAFT);
    const finding = analyzed(DRAFT).findings.find((f) => f.rule === 'vague-promise')!;
    const typed = await waitForCount(page, outlook, analyzed(DRAFT).findings.length);
    const tail = (html: string) => html.slice(html.indexOf('id="Signature"'));
    expect(tail(typed.html)).toContain('divRplyFwdMsg');

    const item = await openCard(page, outlook, 'vague-promise');
    await item.locator('[data-candor-apply]').click();
    await expect.poll(async () => (await inspect(page, outlook))?.text).toBe(applied(typed.text, finding.suggestions[0]));
    expect(tail((await inspect(page, outlook))!.html)).toBe(tail(typed.html));

    await undo(page, outlook);
    await expect.poll(async () => (await inspect(page, outlook))?.text).toBe(typed.text);
    expect(tail((await inspect(page, outlook))!.html)).toBe(tail(typed.html));
  });
});
