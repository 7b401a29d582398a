/**
 * The "only drafts to clients" setting, end to end: the settings are written the way the options page
 * writes them (extension storage, from the service worker), the content script reads the recipients of
 * the compose (Gmail chips, Outlook pickers) and shows hints only when one of them is a client. The
 * recipients are never put anywhere in the page for this test to read: lib/mail/adapter.fixtures.test.ts
 * checks what the adapter reads on these same fixtures.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { defaultSettings, type ClientEntry, type Settings } from '../../lib/storage/settings-schema';
import { inspect, typeDraft, waitForCount, type EditorRef } from './harness/candor';
import { GMAIL_HOST, GMAIL_PATH, OUTLOOK_HOSTS, OUTLOOK_PATH } from './harness/hosts';
import type { Session } from './harness/launch';
import { browserPerFile } from './harness/per-file';
import { writeSettings as writeSettingsOf } from './harness/storage';

const DRAFT = 'Hi Anna, the invoice is attached. I will try to send the mockups ASAP.';
const FINDINGS = analyze(DRAFT, { timeZone: 'UTC' }).findings.length;
/** Longer than the pause after typing plus an analysis on a loaded machine. */
const SETTLE_MS = 1500;

let session: Session;
let page: Page;

browserPerFile({
  launched: (s) => {
    session = s;
  },
  pages: () => [page],
});

function writeSettings(change: Partial<Settings>): Promise<void> {
  return writeSettingsOf(session.serviceWorker!, { ...defaultSettings(), ...change });
}

const client = (id: string, ...addresses: string[]): ClientEntry => ({ id, name: id, addresses });

async function expectNoHints(ref: EditorRef): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
  const state = (await inspect(page, ref))!;
  expect(state.text).toBe(DRAFT);
  expect(state.counts).toEqual([]);
  expect(state.marks).toEqual([]);
}

describe('hints only in drafts to clients', () => {
  it('Gmail: none while the recipient is not a client, then all of them once her domain is listed', async () => {
    await writeSettings({ hintsFor: 'clients', clients: [client('Other studio', 'other-studio.example')] });
    page = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}?reply=0&compose=1`);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    const compose: EditorRef = { app: 'gmail', composeId: await page.evaluate(() => window.gmailFixture.composeIds()[0]) };
    await typeDraft(page, compose, DRAFT);
    await expectNoHints(compose);

    // The open draft follows the settings as they change (the options page is in another tab).
    await writeSettings({ hintsFor: 'clients', clients: [client('Other studio', 'other-studio.example'), client('Bērziņa Design', 'berzina-design.example')] });
    const state = await waitForCount(page, compose, FINDINGS);
    expect(state.marks.length).toBeGreaterThan(0);

    await writeSettings({ hintsFor: 'clients', clients: [client('Other studio', 'other-studio.example')] });
    await expect.poll(async () => (await inspect(page, compose))!.counts).toEqual([]);
    await writeSettings({ hintsFor: 'all', clients: [client('Other studio', 'other-studio.example')] });
    await waitForCount(page, compose, FINDINGS);
  });

  it('Gmail: hints appear when a client is added to the recipients of a draft already written', async () => {
    await writeSettings({ hintsFor: 'clients', clients: [client('Bērziņa Design', 'berzina-design.example')] });
    page = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}?reply=0`);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    const composeId = await page.evaluate(() => window.gmailFixture.openCompose({ to: [{ email: 'kris@other-studio.example', name: 'Kris' }] }));
    const compose: EditorRef = { app: 'gmail', composeId };
    await typeDraft(page, compose, DRAFT);
    await expectNoHints(compose);

    await page.evaluate((id) => window.gmailFixture.addRecipient(id, { email: 'anna@berzina-design.example', name: 'Anna Bērziņa' }), composeId);
    await waitForCount(page, compose, FINDINGS);
  });

  it('Outlook: reads the "Name <address>" picker, by exact address', async () => {
    await writeSettings({ hintsFor: 'clients', clients: [client('Kārlis', 'karlis@other-studio.example')] });
    page = await session.openMailPage(OUTLOOK_HOSTS[0], OUTLOOK_PATH);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    const outlook: EditorRef = { app: 'outlook' };
    await typeDraft(page, outlook, DRAFT);
    await expectNoHints(outlook);

    await writeSettings({ hintsFor: 'clients', clients: [client('Anna', 'anna@berzina-design.example')] });
    await waitForCount(page, outlook, FINDINGS);
  });
});
