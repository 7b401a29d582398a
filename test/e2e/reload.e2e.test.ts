/**
 * The extension updates or is reloaded while a mail tab is open. Chrome does not re-inject content
 * scripts into open tabs, and the old copy loses its extension context: it must stand down (WXT's
 * ContentScriptContext) without throwing "Extension context invalidated" into the page, and whatever
 * runs afterwards must not leave two indicators on one editor.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { inspect, typeDraft, waitForCount, type GmailEditor } from './harness/candor';
import { GMAIL_HOST, GMAIL_PATH } from './harness/hosts';
import { launch, type Session } from './harness/launch';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

it('stands down cleanly when the extension reloads under an open draft: no page error, no duplicate indicator', async () => {
  const page = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}?reply=0&compose=1`);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
  const compose: GmailEditor = { app: 'gmail', composeId: await page.evaluate(() => window.gmailFixture.composeIds()[0]) };
  const draft = 'Hi Anna, the invoice is attached. I will try to send the mockups ASAP.';
  await typeDraft(page, compose, draft);
  await waitForCount(page, compose, analyze(draft, { timeZone: 'UTC' }).findings.length);

  const worker = session.serviceWorker!;
  const oldWorkerGone = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  // The worker dies while answering, so the evaluate itself may fail: that is the reload working.
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  await oldWorkerGone;

  // Keep writing: the old copy's listeners fire into a dead extension context now.
  await typeDraft(page, compose, ' Sorry, my laptop died.');
  await page.mouse.move(10, 10);
  await page.waitForTimeout(1500);
  expect(session.problems).toEqual([]);
  expect((await inspect(page, compose))!.counts.length).toBeLessThanOrEqual(1);
  await page.close();
});
