/**
 * Candor in the Gmail fixture, in real Chromium with the built extension: editors are found, findings
 * are counted per editor, Apply replaces exactly the flagged sentence as one undo step, and quoted
 * history, signatures and closed composes are left alone. Expected findings come from the same
 * analyze() the extension ships, run here on the text that was typed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze, fillPlaceholder, type AnalyzeResult } from '../../lib/analysis';
import { addDays } from './harness/calendar';
import { applied, contrastOf, datePicker, textContrasts, detachedMarks, inspect, openCard, pickedDate, shownIndicatorCounts, typeDraft, undo, waitForCount, type GmailEditor } from './harness/candor';
import { GMAIL_HOST, GMAIL_PATH } from './harness/hosts';
import type { Session } from './harness/launch';
import { browserPerFile } from './harness/per-file';

// The browser runs in UTC (launch.ts), so does the reference analysis.
const analyzed = (text: string): AnalyzeResult => analyze(text, { timeZone: 'UTC' });

const COMPOSE_DRAFT = 'Hi Anna, the invoice for November is attached. I will try to send the mockups ASAP. Thanks, Jonas';
const EXCUSE_DRAFT = 'Hi Kārlis, sorry, the copy is late because my laptop died.';
// No date anywhere in it, so the suggestion has to propose one (and show the date picker).
const DATELESS_DRAFT = 'Hi Kārlis, I will send you the updated copy.';
// A hedge the rewrite gate as shipped scores well clear of its cut: the test is about applying, not the gate.
const REPLY_DRAFT = "Hi Anna, I'll try to send the revised mockups by Friday.";
const MORE_FOR_COMPOSE = ' We have been swamped with another project.';

let session: Session;
let page: Page;

browserPerFile({
  launched: (s) => {
    session = s;
  },
  pages: () => [page],
});

async function openGmail(query = ''): Promise<Page> {
  page = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
  return page;
}

async function openCompose(): Promise<GmailEditor> {
  const before = await page.evaluate(() => window.gmailFixture.composeIds());
  await page.locator('#compose-button').click();
  const ids = await page.evaluate(() => window.gmailFixture.composeIds());
  return { app: 'gmail', composeId: ids.find((id) => !before.includes(id))! };
}

async function inlineReply(): Promise<GmailEditor> {
  return { app: 'gmail', composeId: await page.evaluate(() => window.gmailFixture.openReply()) };
}

describe('Gmail: a new message', () => {
  it('typed key by key gets its findings marked, Apply replaces exactly the sentence, Ctrl+Z brings the typed text back', async () => {
    await openGmail('?reply=0');
    const compose = await openCompose();
    await typeDraft(page, compose, COMPOSE_DRAFT);
    const typed = (await inspect(page, compose))!;
    expect(typed.text).toBe(COMPOSE_DRAFT);

    const expected = analyzed(COMPOSE_DRAFT);
    expect(expected.findings.map((f) => f.rule)).toEqual(['vague-promise', 'missing-date']);
    const marked = await waitForCount(page, compose, expected.findings.length);

    // Marks live outside the editor's DOM (Gmail saves whatever is in there).
    expect(marked.html).toBe(typed.html);
    expect(marked.html).not.toMatch(/candor|<mark/i);
    for (const finding of expected.findings) {
      expect(marked.marks.some(([start, end]) => start < finding.end && end > finding.start), `a mark over "${finding.text}"`).toBe(true);
    }

    const finding = expected.findings.find((f) => f.rule === 'vague-promise')!;
    const suggestion = finding.suggestions[0];
    expect(suggestion.placeholder, 'the engine proposes the date for this draft').toBeDefined();
    const item = await openCard(page, compose, 'vague-promise');
    const picker = await datePicker(page, item);
    expect(picker, 'a suggestion with a proposed date shows a date picker').not.toBeNull();
    expect(await pickedDate(picker!)).toBe(suggestion.placeholder!.proposed);

    await item.locator('[data-candor-apply]').click();
    const afterApply = applied(COMPOSE_DRAFT, suggestion);
    await expect.poll(async () => (await inspect(page, compose))?.text).toBe(afterApply);
    await waitForCount(page, compose, analyzed(afterApply).findings.length);

    await undo(page, compose);
    await expect.poll(async () => (await inspect(page, compose))?.text).toBe(COMPOSE_DRAFT);
    await waitForCount(page, compose, expected.findings.length);
  });

  it('applies the day picked in the date picker, not only the proposed one', async () => {
    await openGmail('?reply=0');
    const compose = await openCompose();
    await typeDraft(page, compose, DATELESS_DRAFT);
    const expected = analyzed(DATELESS_DRAFT);
    expect(expected.findings.map((f) => f.rule)).toEqual(['missing-date']);
    await waitForCount(page, compose, 1);

    const suggestion = expected.findings[0].suggestions[0];
    expect(suggestion.placeholder, 'the engine proposes the date for this draft').toBeDefined();
    const item = await openCard(page, compose, 'missing-date');
    const picker = await datePicker(page, item);
    expect(picker, 'a suggestion with a proposed date shows a date picker').not.toBeNull();
    expect(await pickedDate(picker!)).toBe(suggestion.placeholder!.proposed);
    // A week later is the same weekday, so still a working day.
    const chosen = addDays(suggestion.placeholder!.proposed, 7);
    await picker!.fill(chosen);
    await item.locator('[data-candor-apply]').click();

    // Whether the phrase names the year depends on "today", which the page knows and we pass the same.
    const today = new Date().toISOString().slice(0, 10);
    const candidates = [fillPlaceholder(suggestion, chosen), fillPlaceholder(suggestion, chosen, today)].map((s) => applied(DATELESS_DRAFT, s));
    await expect.poll(async () => candidates.includes((await inspect(page, compose))!.text), { timeout: 5000 }).toBe(true);
  });

  it('Ignore drops that one finding and leaves the draft untouched', async () => {
    await openGmail('?reply=0');
    const compose = await openCompose();
    await typeDraft(page, compose, EXCUSE_DRAFT + MORE_FOR_COMPOSE);
    const expected = analyzed(EXCUSE_DRAFT + MORE_FOR_COMPOSE);
    expect(expected.findings.map((f) => f.rule)).toEqual(['excuse', 'excuse']);
    const before = await waitForCount(page, compose, 2);

    const item = await openCard(page, compose, 'excuse');
    await item.locator('[data-candor-dismiss]').first().click();
    const after = await waitForCount(page, compose, 1);
    expect(after.text).toBe(before.text);
    expect(after.html).toBe(before.html);
  });

  it('Ignore lasts through a reload of the compose, and session storage holds no word of the draft', async () => {
    await openGmail('?reply=0&compose=1');
    const compose: GmailEditor = { app: 'gmail', composeId: await page.evaluate(() => window.gmailFixture.composeIds()[0]) };
    // Sentences no other test writes: an Ignore is remembered for the whole browser session.
    const draft = 'Hi Kārlis, sorry, the printer broke down on Monday. We have been swamped with the launch, so the brochure is late.';
    expect(analyzed(draft).findings.map((f) => f.rule)).toEqual(['excuse', 'excuse']);
    await typeDraft(page, compose, draft);
    await waitForCount(page, compose, 2);
    const item = await openCard(page, compose, 'excuse');
    await item.locator('[data-candor-dismiss]').first().click();
    await waitForCount(page, compose, 1);

    // The fixture gives the reopened compose the same id, as Gmail does for the same draft.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    expect(await page.evaluate(() => window.gmailFixture.composeIds())).toEqual([compose.composeId]);
    await typeDraft(page, compose, draft);
    await expect.poll(async () => (await inspect(page, compose))?.text).toBe(draft);
    await page.waitForTimeout(1000);
    await waitForCount(page, compose, 1);

    const stored = await session.serviceWorker!.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<object> } } } }).chrome.storage.session.get(null),
    );
    expect(Object.keys(stored).some((key) => key.startsWith('candor.dismissed.'))).toBe(true);
    for (const word of ['printer', 'swamped', 'brochure', 'Kārlis', compose.composeId]) expect(JSON.stringify(stored)).not.toContain(word);
  });

  it('keeps independent counts for two editors open at once', async () => {
    await openGmail();
    const reply = await inlineReply();
    const compose = await openCompose();
    await typeDraft(page, compose, COMPOSE_DRAFT);
    await typeDraft(page, reply, REPLY_DRAFT);

    const composeCount = analyzed(COMPOSE_DRAFT).findings.length;
    const replyCount = analyzed(REPLY_DRAFT).findings.length;
    expect(composeCount).not.toBe(replyCount);
    await waitForCount(page, compose, composeCount);
    await waitForCount(page, reply, replyCount);

    await typeDraft(page, compose, MORE_FOR_COMPOSE);
    const grown = analyzed(COMPOSE_DRAFT + MORE_FOR_COMPOSE).findings.length;
    expect(grown).toBeGreaterThan(composeCount);
    await waitForCount(page, compose, grown);
    expect((await inspect(page, reply))!.counts).toEqual([replyCount]);
  });
});

describe('Gmail: an inline reply with a signature and quoted history', () => {
  it('analyses only what the user wrote: nothing in the signature or the quote is counted or marked', async () => {
    await openGmail();
    const reply = await inlineReply();
    const signatureAndQuote = await page.evaluate(
      (composeId) => [...window.gmailFixture.editor(composeId)!.querySelectorAll('.gmail_signature, .gmail_quote')].map((e) => (e as HTMLElement).innerText).join('\n'),
      reply.composeId,
    );
    // Both carry findings of their own: counting them would show here.
    expect(analyzed(`${REPLY_DRAFT}\n\n${signatureAndQuote}`).findings.length).toBeGreaterThan(analyzed(REPLY_DRAFT).findings.length);

    await typeDraft(page, reply, REPLY_DRAFT);
    const state = await waitForCount(page, reply, analyzed(REPLY_DRAFT).findings.length);
    expect(state.marks.length).toBeGreaterThan(0);
    expect(state.marksInQuoteOrSignature).toBe(0);
    expect(state.marks.every(([, end]) => end <= REPLY_DRAFT.length)).toBe(true);
  });

  it('applies a suggestion in a reply and undoes it, leaving signature and quote byte for byte', async () => {
    await openGmail();
    const reply = await inlineReply();
    await typeDraft(page, reply, REPLY_DRAFT);
    const typed = (await inspect(page, reply))!;
    expect(typed.text.startsWith(REPLY_DRAFT)).toBe(true);
    const finding = analyzed(REPLY_DRAFT).findings[0];
    expect(finding.rule).toBe('vague-promise');
    expect(finding.suggestions, 'the shipped engine offers a rewrite for the reply draft').toHaveLength(1);
    await waitForCount(page, reply, 1);

    const item = await openCard(page, reply, 'vague-promise');
    await item.locator('[data-candor-apply]').click();
    const afterApply = applied(typed.text, finding.suggestions[0]);
    await expect.poll(async () => (await inspect(page, reply))?.text).toBe(afterApply);
    const tail = (html: string) => html.slice(html.indexOf('<span class="gmail_signature_prefix">'));
    expect(tail((await inspect(page, reply))!.html)).toBe(tail(typed.html));

    await undo(page, reply);
    await expect.poll(async () => (await inspect(page, reply))?.text).toBe(typed.text);
  });
});

describe('Gmail: composes that come and go', () => {
  it('lets a closed compose go (no indicator, no marks left behind) and picks up a new one', async () => {
    await openGmail('?reply=0');
    const first = await openCompose();
    const second = await openCompose();
    await typeDraft(page, first, COMPOSE_DRAFT);
    await typeDraft(page, second, EXCUSE_DRAFT);
    await waitForCount(page, first, analyzed(COMPOSE_DRAFT).findings.length);
    await waitForCount(page, second, analyzed(EXCUSE_DRAFT).findings.length);

    await page.locator('.compose-window').first().locator('img.Ha').click();
    expect(await page.evaluate(() => window.gmailFixture.composeIds())).toEqual([second.composeId]);
    await expect.poll(() => shownIndicatorCounts(page)).toEqual([analyzed(EXCUSE_DRAFT).findings.length]);
    await expect.poll(() => detachedMarks(page)).toBe(0);

    const third = await openCompose();
    await typeDraft(page, third, REPLY_DRAFT);
    await waitForCount(page, third, analyzed(REPLY_DRAFT).findings.length);
    await waitForCount(page, second, analyzed(EXCUSE_DRAFT).findings.length);
  });

  it('follows a compose that Gmail moves into full screen and back', async () => {
    await openGmail('?reply=0');
    const compose = await openCompose();
    await typeDraft(page, compose, COMPOSE_DRAFT);
    await waitForCount(page, compose, analyzed(COMPOSE_DRAFT).findings.length);

    await page.locator('.compose-window img.Hq').click();
    await typeDraft(page, compose, MORE_FOR_COMPOSE);
    await waitForCount(page, compose, analyzed(COMPOSE_DRAFT + MORE_FOR_COMPOSE).findings.length);
    await page.locator('.compose-window img.Hq').click();
    await waitForCount(page, compose, analyzed(COMPOSE_DRAFT + MORE_FOR_COMPOSE).findings.length);
    await expect.poll(() => shownIndicatorCounts(page)).toHaveLength(1);
  });
});

describe('Gmail: themes', () => {
  it.each(['light', 'dark'])('the card is readable in the %s theme (WCAG AA, 4.5:1)', async (theme) => {
    await openGmail(`?reply=0&theme=${theme}`);
    const compose = await openCompose();
    await typeDraft(page, compose, COMPOSE_DRAFT);
    await waitForCount(page, compose, analyzed(COMPOSE_DRAFT).findings.length);
    await openCard(page, compose, 'vague-promise');
    // Every text in the card (titles, message, suggestion, buttons, the shortcut line), and the badge.
    const card = page.getByRole('dialog', { name: 'Candor' });
    const texts = await textContrasts(card);
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.filter((t) => t.ratio < 4.5)).toEqual([]);
    expect(await contrastOf(page.locator('[data-candor-count]'))).toBeGreaterThanOrEqual(4.5);
  });
});
