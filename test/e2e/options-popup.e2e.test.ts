/**
 * The client side of Candor in real Chromium with the built extension: the options page filled
 * through its UI (hooks: data-candor-field), ledger data seeded through the service worker the way
 * the background would store it, then the popup's rows (data-candor-thread, data-candor-promise) and
 * the badge read back from the extension itself.
 *
 * Working days are all seven and hours 00:00-23:59, and the targets are in calendar hours, so the
 * expected order and colours do not depend on the time of day or the weekday the test runs on.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyLedger, recordPromises, recordSentReply, recordSightings, threadKey, type Ledger, type ThreadSighting } from '../../lib/threads';
import type { Settings } from '../../lib/storage/settings-schema';
import type { Session } from './harness/launch';
import { browserPerFile } from './harness/per-file';

interface WorkerChrome {
  chrome: {
    action: {
      getBadgeText(details: object): Promise<string>;
      getBadgeBackgroundColor(details: object): Promise<number[]>;
      getTitle(details: object): Promise<string>;
    };
    storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> } };
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ME = 'me@freelance.example';
const RED = [185, 28, 28, 255];
const AMBER = [180, 83, 9, 255];

let session: Session;
let page: Page;

browserPerFile({
  launched: (s) => {
    session = s;
  },
  pages: () => [page],
});

const worker = () => session.serviceWorker!;

function readBadge() {
  return worker().evaluate(async () => {
    const { action } = (globalThis as unknown as WorkerChrome).chrome;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}), title: await action.getTitle({}) };
  });
}

function storedSettings(): Promise<Settings> {
  return worker().evaluate(async () => (await (globalThis as unknown as WorkerChrome).chrome.storage.local.get('candor.settings'))['candor.settings'] as Settings);
}

function seedLedger(ledger: Ledger): Promise<void> {
  // Storage as Candor 0.1 left it: the whole ledger under `local:candor.ledger` (version 1), nothing
  // in today's per-thread keys, so every seed also runs the migration to them in the real browser.
  return worker().evaluate(async (value) => {
    const local = (globalThis as unknown as WorkerChrome).chrome.storage.local;
    await local.remove(Object.keys(await local.get(null)).filter((k) => k.startsWith('candor.t.') || k.startsWith('candor.p.') || k === 'candor.meta'));
    await local.set({ 'candor.ledger': value, 'candor.ledger$': { v: 1 } });
  }, ledger as unknown as Record<string, unknown>);
}

function link(threadId: string): string {
  return `https://mail.google.com/mail/u/0/#inbox/${threadId}`;
}

function sighting(threadId: string, from: string, at: number, seenAt: number): ThreadSighting {
  return { provider: 'gmail', account: ME, threadId, subject: `Subject ${threadId}`, link: link(threadId), messages: [{ from, at }], seenAt };
}

async function openExtensionPage(path: string): Promise<Page> {
  page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

describe('options page, popup and badge', () => {
  it('saves the client list and working hours typed into the options page, with errors shown where they are', async () => {
    await openExtensionPage('options.html');
    const clients = page.locator('[data-candor-field=clients]');
    await clients.locator('[data-candor-action=add-client]').click();
    const acme = clients.locator('[data-candor-client-row="0"]');
    await acme.getByLabel('Name').fill('Acme');
    await acme.getByLabel('Addresses and domains').fill('acme.example, address@');
    await page.locator('[data-candor-action=save]').click();
    await expect.poll(() => acme.locator('[data-candor-error]').allTextContents()).toEqual(['"address@" is neither an address (anna@acme.com) nor a domain (acme.com).']);
    expect(await page.locator('[role=status]').textContent()).toBe('Not saved: fix the fields marked below.');
    await acme.getByLabel('Addresses and domains').fill('acme.example');
    expect(await acme.locator('[data-candor-error]').count()).toBe(0);

    await clients.locator('[data-candor-action=add-client]').click();
    const bolt = clients.locator('[data-candor-client-row="1"]');
    await bolt.getByLabel('Name').fill('Bolt');
    await bolt.getByLabel('Addresses and domains').fill('ivo@bolt.example');
    await bolt.getByLabel('Response target').selectOption('hours');
    await bolt.getByLabel('Amount').fill('1');

    await page.locator('[data-candor-field=own-addresses] textarea').fill(ME);
    for (const day of ['Saturday', 'Sunday']) await page.locator('[data-candor-field=working-days]').getByLabel(day).check();
    const hours = page.locator('[data-candor-field=working-hours]');
    await hours.getByLabel('From').fill('00:00');
    await hours.getByLabel('To').fill('23:59');
    await page.locator('[data-candor-field=time-zone] select').selectOption('Europe/Riga');
    const target = page.locator('[data-candor-field=response-target]');
    await target.getByLabel('Amount').fill('3');
    await target.getByLabel('Unit').selectOption('hours');
    // Keyboard users save the same way: Enter in a text field submits the form.
    await target.getByLabel('Amount').press('Enter');
    await expect.poll(() => page.locator('[role=status]').textContent()).toBe('Saved.');

    expect(await storedSettings()).toMatchObject({
      clients: [
        { name: 'Acme', addresses: ['acme.example'] },
        { name: 'Bolt', addresses: ['ivo@bolt.example'], responseTarget: { amount: 1, unit: 'hours' } },
      ],
      ownAddresses: [ME],
      workingDays: [0, 1, 2, 3, 4, 5, 6],
      workingHours: [{ start: '00:00', end: '23:59' }],
      timeZone: 'Europe/Riga',
      defaultResponseTarget: { amount: 3, unit: 'hours' },
    });
  });

  it('lists the waiting client threads longest first and paints the badge from the same data', async () => {
    const settings = await storedSettings();
    const now = Date.now();
    let ledger = recordSightings(
      emptyLedger(),
      [
        sighting('acme-new', 'bob@acme.example', now - 2 * HOUR, now),
        sighting('acme-old', 'anna@acme.example', now - 26 * HOUR, now),
        sighting('bolt-mid', 'ivo@bolt.example', now - 90 * MINUTE, now),
        sighting('stranger', 'someone@else.example', now - 10 * HOUR, now),
        sighting('acme-answered', 'anna@acme.example', now - 5 * HOUR, now),
      ],
      settings,
    );
    ledger = recordSentReply(ledger, { provider: 'gmail', account: ME, threadId: 'acme-answered', at: now - 4 * HOUR, to: ['anna@acme.example'] }, settings);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(now);
    ledger = recordPromises(ledger, { provider: 'gmail', account: ME, threadId: 'acme-answered', at: now - 4 * HOUR, to: ['anna@acme.example'], link: link('acme-answered'), commitments: [{ what: 'You will have the draft by tonight.', due: today }] }, settings);
    await seedLedger(ledger);

    // Past target: acme-old (26 h of 3 h) and bolt-mid (90 min of 1 h).
    await expect.poll(readBadge).toMatchObject({ text: '2', color: RED });
    expect((await readBadge()).title).toBe('Candor: client threads past your response target: 2 (waiting for an answer: 3).');

    await openExtensionPage('popup.html');
    const rows = page.locator('[data-candor-thread]');
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-candor-thread'), e.getAttribute('data-candor-status')]))).toEqual([
      [threadKey('gmail', ME, 'acme-old'), 'over'],
      [threadKey('gmail', ME, 'acme-new'), 'within'],
      [threadKey('gmail', ME, 'bolt-mid'), 'over'],
    ]);
    expect(await rows.first().locator('.candor-client').textContent()).toBe('Acme');
    expect(await rows.first().locator('.candor-status-label').textContent()).toBe('Over target');
    // Each row says which clock its target runs on.
    expect(await rows.first().locator('.candor-target').textContent()).toMatch(/^Target: /);
    expect(await page.locator('[data-candor-promise]').allTextContents()).toEqual([expect.stringContaining('You will have the draft by tonight.')]);
    // Ticking it off goes through the background (the ledger's only writer) and back via storage.
    await page.locator('[data-candor-promise] [data-candor-action=complete-promise]').click();
    await expect.poll(() => page.locator('[data-candor-promise]').count()).toBe(0);
    expect(await page.locator('[data-candor-section=promised]').textContent()).toContain('No open promises.');

    // One click opens the thread in a tab of its own.
    const opened = session.context.waitForEvent('page');
    await rows.first().locator('.candor-row-button').click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(link('acme-old'));
    await tab.close();
  });

  it('shows the longest wait in amber once nobody is past the target but someone is close', async () => {
    const settings = await storedSettings();
    const now = Date.now();
    await seedLedger(recordSightings(emptyLedger(), [sighting('bolt-close', 'ivo@bolt.example', now - 50 * MINUTE, now)], settings));
    // 50 minutes, give or take the minute rounding and the one minute a Riga midnight (23:59-00:00) takes out.
    await expect.poll(readBadge).toMatchObject({ text: expect.stringMatching(/^(49|50|51)m$/), color: AMBER });
    expect((await readBadge()).title).toMatch(/^Candor: the longest wait is (49|50|51)m of working time \(Bolt\)\. Client threads waiting for an answer: 1\.$/);
  });

  it('starts with what to do first when there are no clients, and the button opens the options page', async () => {
    await worker().evaluate(() => (globalThis as unknown as WorkerChrome).chrome.storage.local.set({ 'candor.settings': null }));
    await expect.poll(async () => (await readBadge()).title).toBe('Candor: add your clients in the options to see who is waiting for an answer.');
    expect((await readBadge()).text).toBe('');
    await openExtensionPage('popup.html');
    const button = page.locator('[data-candor-action=open-options]');
    await expect.poll(() => button.textContent()).toBe('Add clients in the options');
    const opened = session.context.waitForEvent('page');
    await button.click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${session.extensionId}/options.html`);
    await options.close();
  });
});
