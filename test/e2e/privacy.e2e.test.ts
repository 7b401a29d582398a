/**
 * "Everything runs locally": a whole session of writing, marking, opening cards and applying in both
 * mail apps, then a look at every request the browser made, from pages, frames, the content script and
 * the extension's service worker. The resolver maps only the mail hosts; anything else is logged (and
 * fails to resolve), so a leak shows up here rather than on a user's network.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { inspect, openCard, typeDraft, waitForCount, type EditorRef } from './harness/candor';
import { GMAIL_HOST, GMAIL_PATH, OUTLOOK_HOSTS, OUTLOOK_PATH, UNKNOWN_LAYOUT_PATH } from './harness/hosts';
import { launch, type Session } from './harness/launch';

const analyzed = (text: string) => analyze(text, { timeZone: 'UTC' });
const GMAIL_DRAFT = 'Hi Anna, sorry for the delay, my laptop died. I will try to send the mockups ASAP.';
const OUTLOOK_DRAFT = 'Hello Anna, we should have the banner sorted out soon.';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

it('sends nothing to any host but the fixture server, and asks the mail hosts for nothing but the pages', async () => {
  const gmail = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}?compose=1&reply=0`);
  const composeId = await gmail.evaluate(() => window.gmailFixture.composeIds()[0]);
  const compose: EditorRef = { app: 'gmail', composeId };
  await typeDraft(gmail, compose, GMAIL_DRAFT);
  await waitForCount(gmail, compose, analyzed(GMAIL_DRAFT).findings.length);
  const card = await openCard(gmail, compose, 'vague-promise');
  await card.locator('[data-candor-apply]').click();
  await expect.poll(async () => (await inspect(gmail, compose))!.text).not.toBe(GMAIL_DRAFT);

  for (const host of OUTLOOK_HOSTS) {
    const outlook = await session.openMailPage(host, OUTLOOK_PATH);
    await typeDraft(outlook, { app: 'outlook' }, OUTLOOK_DRAFT);
    await waitForCount(outlook, { app: 'outlook' }, analyzed(OUTLOOK_DRAFT).findings.length);
    await outlook.close();
  }
  await (await session.openMailPage(GMAIL_HOST, UNKNOWN_LAYOUT_PATH)).close();

  // The popup is part of the extension too.
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.waitForLoadState('load');
  await popup.close();
  // Give late beacons (timers, idle callbacks, the worker) a moment to show themselves.
  await gmail.waitForTimeout(1000);
  await gmail.close();

  expect(session.requestsLeaving()).toEqual([]);
  // Even the mail hosts get only what the fixture pages themselves load: no calls to the apps' APIs.
  const unexpected = session.server.served.filter((r) => r.status !== 200 && r.status !== 204);
  expect(unexpected).toEqual([]);
  expect(session.problems).toEqual([]);
});
