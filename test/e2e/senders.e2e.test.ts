/**
 * Messages accepted only from Candor's own contexts (lib/background/senders.ts), in real Chromium with
 * the built extension: the manifest opens no door to web pages or other extensions, the mail page's
 * content script still reports threads and has drafts analysed, an extension page that sends what
 * only a mail page may send is refused and the stored ledger stays as it was, the popup still ticks a
 * promise off, and the engine document answers nobody but the background.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { LEDGER_V1 } from '../../lib/storage/ledger-repair';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/storage/settings-schema';
import { emptyLedger, recordPromises, recordSentReply, type Ledger } from '../../lib/threads';
import { typeDraft, waitForCount, type EditorRef } from './harness/candor';
import { GMAIL_HOST, GMAIL_PATH, INBOX_SUFFIX, MAIL_HOSTS } from './harness/hosts';
import type { Session } from './harness/launch';
import { browserPerFile } from './harness/per-file';
import { ledgerIn, writeSettings } from './harness/storage';

interface WorkerChrome {
  chrome: {
    runtime: { getManifest(): Record<string, unknown>; getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
    storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  };
}

const ME = 'me@freelance.example';
const DRAFT = 'Hi Anna, sorry for the delay, my laptop died. I will try to send the mockups ASAP.';
const PROMISE = 'You will have the draft by tonight.';
const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  clients: [{ id: 'acme', name: 'Acme', addresses: ['acme.example'] }],
  ownAddresses: [ME],
  workingDays: [0, 1, 2, 3, 4, 5, 6],
  workingHours: [{ start: '00:00', end: '23:59' }],
  timeZone: 'UTC',
};

let session: Session;
const pages: Page[] = [];
const worker = () => session.serviceWorker!;

browserPerFile({
  launched: async (s) => {
    session = s;
    await writeSettings(worker(), SETTINGS);
    // The ledger in its first format (one value, as @wxt-dev/storage keeps it), which the extension
    // migrates to one key per thread on first use.
    const now = Date.now();
    const today = new Date(now).toISOString().slice(0, 10);
    const reply = { provider: 'gmail' as const, account: ME, threadId: 'acme-promised', at: now - 3_600_000, to: ['anna@acme.example'] };
    const ledger = recordPromises(recordSentReply(emptyLedger(), reply, SETTINGS), { ...reply, commitments: [{ what: PROMISE, due: today }] }, SETTINGS);
    await worker().evaluate(
      ([seeded, v]) => (globalThis as unknown as WorkerChrome).chrome.storage.local.set({ 'candor.ledger': seeded, 'candor.ledger$': { v } }),
      [ledger as unknown as Record<string, unknown>, LEDGER_V1] as const,
    );
  },
  pages: () => pages.splice(0),
});

async function visit(url: string): Promise<Page> {
  const page = await session.context.newPage();
  pages.push(page);
  await page.goto(url);
  return page;
}

/** Everything the extension keeps in local storage (the ledger, settings, layout status). */
function localStorageOfExtension(): Promise<Record<string, unknown>> {
  return worker().evaluate(() => (globalThis as unknown as WorkerChrome).chrome.storage.local.get(null));
}

const storedLedger = async () => ledgerIn(await localStorageOfExtension());

/** What runtime.sendMessage from an extension page got back: a reply, nothing, or the error it threw. */
function sendFrom(page: Page, message: unknown): Promise<{ reply: unknown } | { error: string }> {
  return page.evaluate(
    (m) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m).then(
        (reply) => ({ reply: reply ?? null }),
        (error: unknown) => ({ error: String(error) }),
      ),
    message,
  );
}

describe('messages accepted only from the extension’s own contexts', () => {
  it('declares no way in for web pages or other extensions, and only the permissions it needs', async () => {
    const manifest = await worker().evaluate(() => (globalThis as unknown as WorkerChrome).chrome.runtime.getManifest());
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'offscreen']);
    const scripts = manifest.content_scripts as { matches: string[]; all_frames?: boolean }[];
    expect(scripts.flatMap((s) => s.matches).sort()).toEqual(MAIL_HOSTS.map((host) => `https://${host}/*`).sort());
    expect(scripts.some((s) => s.all_frames)).toBe(false);
  });

  it('records the threads a Gmail page reports: its content script is who the ledger messages come from', async () => {
    await visit(`https://${GMAIL_HOST}${GMAIL_PATH}${INBOX_SUFFIX}`);
    await expect.poll(async () => Object.keys((await storedLedger())?.threads ?? {}).length, { timeout: 15_000 }).toBeGreaterThan(1);
  });

  it('analyses a Gmail draft through the background, and a page script of the mail host cannot reach the extension', async () => {
    const gmail = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}?compose=1&reply=0`);
    pages.push(gmail);
    const compose: EditorRef = { app: 'gmail', composeId: await gmail.evaluate(() => window.gmailFixture.composeIds()[0]) };
    await typeDraft(gmail, compose, DRAFT);
    await waitForCount(gmail, compose, analyze(DRAFT, { timeZone: 'UTC' }).findings.length);

    // Without externally_connectable Chrome gives the page's own scripts no runtime to send with.
    const fromPage = await gmail.evaluate(async (id) => {
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      if (typeof runtime?.sendMessage !== 'function') return 'no runtime';
      return runtime.sendMessage(id, { type: 'candor/sightings', sightings: [] }).then(
        (reply) => ({ reply }),
        (error: unknown) => ({ error: String(error) }),
      );
    }, session.extensionId!);
    expect(fromPage).toBe('no runtime');
  });

  it('refuses ledger reports and analysis requests from an extension page; the ledger stays as it was', async () => {
    const popup = await visit(`chrome-extension://${session.extensionId}/popup.html`);
    const before = await localStorageOfExtension();
    expect(Object.keys(ledgerIn(before).threads).length).toBeGreaterThan(1);

    const now = Date.now();
    const sightings = [{ provider: 'gmail', account: ME, threadId: 'forged', subject: 'Forged', messages: [{ from: 'anna@acme.example', at: now - 3_600_000 }], seenAt: now }];
    expect(await sendFrom(popup, { type: 'candor/sightings', sightings })).toEqual({ reply: { ok: false, error: 'forbidden-sender' } });
    const sent = { provider: 'gmail', account: ME, threadId: Object.values(ledgerIn(before).threads)[0].threadId, at: now, to: ['anna@acme.example'] };
    expect(await sendFrom(popup, { type: 'candor/sent', reply: sent })).toEqual({ reply: { ok: false, error: 'forbidden-sender' } });
    expect(await sendFrom(popup, { type: 'candor/analyze', text: DRAFT, options: {} })).toEqual({ reply: { ok: false, error: 'forbidden-sender' } });
    expect(await localStorageOfExtension()).toEqual(before);
  });

  it('leaves the engine document silent to anyone but the background', async () => {
    // Opened by the Gmail draft above (it closes only after ten idle minutes).
    const open = await worker().evaluate(() => (globalThis as unknown as WorkerChrome).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }));
    expect(open).toHaveLength(1);
    const popup = await visit(`chrome-extension://${session.extensionId}/popup.html`);
    const answer = await sendFrom(popup, { type: 'candor-engine/analyze', text: DRAFT, options: {} });
    // Nobody answers: Chrome either resolves with nothing or says the port closed; never a result.
    expect(answer).not.toHaveProperty('reply.ok');
    expect(answer).not.toHaveProperty('reply.result');
  });

  it('still lets the popup tick a promise off', async () => {
    const popup = await visit(`chrome-extension://${session.extensionId}/popup.html`);
    const promised = popup.locator('[data-candor-promise]');
    await expect.poll(() => promised.allTextContents()).toEqual([expect.stringContaining(PROMISE)]);
    await popup.locator('[data-candor-promise] [data-candor-action=complete-promise]').click();
    await expect.poll(() => promised.count()).toBe(0);
    expect(Object.values((await storedLedger())!.promises).map((p) => [p.what, typeof p.doneAt])).toEqual([[PROMISE, 'number']]);
  });
});
