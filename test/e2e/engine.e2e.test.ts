/**
 * Analysis happens in the extension's engine document (an offscreen document whose worker runs the
 * engine and compromise), never on the mail page's main thread: the content script contains neither
 * lexicons nor compromise, findings (a colleague's undated commitment included) are marked from the
 * worker's answers, one document serves every tab, and Apply works as for any finding.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { GATE_MODEL } from '../../lib/analysis/rewrite-gate/weights';
import { MODEL } from '../../lib/analysis/scorer/weights';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { EXTENSION_DIR } from './harness/extension';
import { applied, inspect, openCard, typeDraft, undo, waitForCount, type GmailEditor } from './harness/candor';
import { GMAIL_HOST, GMAIL_PATH, OUTLOOK_HOSTS, OUTLOOK_PATH } from './harness/hosts';
import type { Session } from './harness/launch';
import { browserPerFile } from './harness/per-file';

const OUTPUT = EXTENSION_DIR;
const analyzed = (text: string) => analyze(text, { timeZone: 'UTC' });
// No commitment of the writer's own: only compromise can tell that Paul is on the writer's side.
const COLLEAGUE_DRAFT = 'Hi Anna, thanks for the brief. Paul will prepare the worksheet for you.';
const OUTLOOK_DRAFT = 'Hello Anna, our designer will send over the new icons.';

let session: Session;
const pages: Page[] = [];

browserPerFile({
  launched: (s) => {
    session = s;
  },
  pages: () => pages.splice(0),
});

async function gmailCompose(): Promise<{ page: Page; compose: GmailEditor }> {
  const page = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}?compose=1&reply=0`);
  pages.push(page);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
  const composeId = await page.evaluate(() => window.gmailFixture.composeIds()[0]);
  return { page, compose: { app: 'gmail', composeId } };
}

type OffscreenContext = { contextType: string; documentUrl?: string };
const engineDocuments = () =>
  session.serviceWorker!.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<OffscreenContext[]> } } }).chrome;
    return (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => new URL(c.documentUrl ?? '').pathname);
  });

describe('analysis off the page', () => {
  it('keeps the engine out of the content script: lexicons and compromise ship in the engine worker only', () => {
    const contentScript = readFileSync(join(OUTPUT, 'content-scripts/mail.js'), 'utf8');
    const workers = readdirSync(join(OUTPUT, 'assets')).filter((f) => f.startsWith('worker') && f.endsWith('.js'));
    expect(workers).toHaveLength(1);
    const worker = readFileSync(join(OUTPUT, 'assets', workers[0]), 'utf8');
    // Tag names from compromise's tagset, and lexicon words of four languages (hedges, excuses, dates).
    for (const marker of ['ProperNoun', 'Possessive', 'Gerund', 'centīšos', 'постараюсь', 'postaram', 'parīt']) {
      expect(worker).toContain(marker);
      expect(contentScript).not.toContain(marker);
    }
    expect(contentScript.length).toBeLessThan(worker.length / 2);
  });

  it('ships the learned scorer\'s weights in the engine worker only, never in the content script', () => {
    const contentScript = readFileSync(join(OUTPUT, 'content-scripts/mail.js'), 'utf8');
    const worker = readFileSync(join(OUTPUT, 'assets', readdirSync(join(OUTPUT, 'assets')).find((f) => f.startsWith('worker') && f.endsWith('.js'))!), 'utf8');
    // A stretch of the base64 weights from the middle of the committed model.
    const middle = Math.floor(MODEL.weights.length / 2);
    const stretch = MODEL.weights.slice(middle, middle + 64);
    expect(worker).toContain(stretch);
    expect(contentScript).not.toContain(stretch);
    expect(contentScript).not.toContain('"scales"');
    // The rewrite gate's weights, likewise.
    const gateStretch = GATE_MODEL.weights.slice(Math.floor(GATE_MODEL.weights.length / 2), Math.floor(GATE_MODEL.weights.length / 2) + 64);
    expect(worker).toContain(gateStretch);
    expect(contentScript).not.toContain(gateStretch);
  });

  it('marks a colleague\'s undated commitment from the engine\'s answer, and offers no rewrite that would date the colleague\'s work', async () => {
    const { page, compose } = await gmailCompose();
    await typeDraft(page, compose, COLLEAGUE_DRAFT);
    const expected = analyzed(COLLEAGUE_DRAFT).findings;
    expect(expected.map((f) => [f.rule, f.text])).toEqual([['missing-date', 'Paul will prepare the worksheet for you']]);
    // "Paul will prepare the worksheet for you by Thursday" would promise a day on Paul's behalf.
    expect(expected[0].suggestions).toEqual([]);
    const state = await waitForCount(page, compose, 1);
    expect(state.marks).toEqual([[expected[0].start, expected[0].end]]);
    expect(await engineDocuments()).toEqual(['/engine.html']);

    const card = await openCard(page, compose, 'missing-date');
    await expect.poll(() => card.locator('[data-candor-apply]').count()).toBe(0);
    expect(await card.locator('[data-candor-dismiss]').count()).toBe(1);
    expect((await inspect(page, compose))!.text).toBe(COLLEAGUE_DRAFT);
  });

  it('serves every mail tab from one engine document: Gmail and Outlook at once', async () => {
    const gmail = await gmailCompose();
    const outlook = await session.openMailPage(OUTLOOK_HOSTS[0], OUTLOOK_PATH);
    pages.push(outlook);
    await Promise.all([typeDraft(gmail.page, gmail.compose, COLLEAGUE_DRAFT), typeDraft(outlook, { app: 'outlook' }, OUTLOOK_DRAFT)]);
    expect(analyzed(OUTLOOK_DRAFT).findings.map((f) => f.rule)).toEqual(['missing-date']);
    await waitForCount(gmail.page, gmail.compose, 1);
    const state = await waitForCount(outlook, { app: 'outlook' }, 1);
    const finding = analyzed(OUTLOOK_DRAFT).findings[0];
    expect(state.marks).toEqual([[finding.start, finding.end]]);
    expect(await engineDocuments()).toEqual(['/engine.html']);
  });
});
