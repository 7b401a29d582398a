/**
 * Outlook dates on days 1 to 12 and the user's own address, end to end in real Chromium with the built
 * extension: the Outlook inbox fixture (fixtures/outlook-inbox/, Outlook's real row markup) dated on
 * the 6th of a month, where "12/6/2026" could be either order and only the weekday settles it. Settings
 * list no own address: the account manager's address is all that tells the user's reply from a
 * stranger's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/storage/settings-schema';
import { threadKey } from '../../lib/threads';
import { INBOX_SUFFIX, OUTLOOK_PATH } from './harness/hosts';
import type { Session } from './harness/launch';
import { browserPerFile } from './harness/per-file';
import { storedLedger, writeSettings } from './harness/storage';

interface WorkerChrome {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } };
}

const ME = 'me@freelance.example';
const OPEN = 'AAQkADAwATM0MDAAMS1ib2x0LXByaW50';
const KEY = threadKey('outlook', ME, OPEN);
const MINUTE = 60_000;

/** Noon UTC on the 6th of this month (of the last one before the 6th): the 6th in every time zone. */
function sixthOfAMonth(now: number): number {
  const d = new Date(now);
  const thisMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 6, 12, 0);
  return thisMonth <= now ? thisMonth : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 6, 12, 0);
}

const BASE = sixthOfAMonth(Date.now());
/** Ivo wrote 7 hours before BASE; the user's reply (replied=1) went out 5 hours before it. */
const IVO_AT = BASE - 420 * MINUTE;
const REPLY_AT = BASE - 300 * MINUTE;

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  clients: [{ id: 'bolt', name: 'Bolt', addresses: ['ivo@bolt.example'] }],
  ownAddresses: [],
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
  },
  pages: () => pages.splice(0),
});

async function open(query: string): Promise<Page> {
  const page = await session.context.newPage();
  pages.push(page);
  await page.goto(`https://outlook.office.com${OUTLOOK_PATH}${INBOX_SUFFIX}?${query}`);
  await page.waitForSelector('html[data-fixture-ready=true]');
  return page;
}

function stored(key: string): Promise<unknown> {
  return worker().evaluate(async (k) => (await (globalThis as unknown as WorkerChrome).chrome.storage.local.get(k))[k], key);
}

const thread = async () => (await storedLedger(worker()))?.threads[KEY];

describe('Outlook dates and the signed-in address', () => {
  it('reads en-GB row and message dates on the 6th, keyed by the address the account manager shows', async () => {
    const page = await open(`at=${BASE}&format=en-GB`);
    const title = await page.locator(`[data-convid="${OPEN}"] ._rWRU`).getAttribute('title');
    // Day and month are both 12 or less: the format alone cannot say which is which.
    expect(title).toMatch(/^[A-Z][a-z]{2} 0[5-6]\/(0[1-9]|1[0-2])\/\d{4} \d{2}:\d{2}$/);
    await expect.poll(thread, { timeout: 15_000 }).toMatchObject({ events: [{ at: IVO_AT, by: 'client' }], waitingSince: IVO_AT });
    await expect.poll(() => stored('candor.detectedAccounts')).toEqual([ME]);
  });

  it("reads en-US dates on the 6th and counts the user's reply as theirs with no own address set", async () => {
    const page = await open(`at=${BASE}&replied=1`);
    const title = await page.locator(`[data-convid="${OPEN}"] ._rWRU`).getAttribute('title');
    expect(title).toMatch(/^[A-Z][a-z]{2} ([1-9]|1[0-2])\/[5-6]\/\d{4} \d{1,2}:\d{2} [AP]M$/);
    await expect.poll(thread, { timeout: 15_000 }).toMatchObject({
      events: [
        { at: IVO_AT, by: 'client' },
        { at: REPLY_AT, by: 'user' },
      ],
      waitingSince: null,
    });
    const ledger = (await storedLedger(worker()))!;
    // One mailbox key for Outlook: no thread filed under the host name.
    expect(Object.keys(ledger.threads).filter((k) => k.startsWith('outlook|'))).toEqual([KEY]);
  });

  it('offers the address found on Outlook in the options, and keeps it once added and saved', async () => {
    const options = await session.context.newPage();
    pages.push(options);
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const add = options.getByRole('button', { name: `Add ${ME} to my addresses` });
    await add.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('[data-candor-field="own-addresses"] textarea').inputValue()).toBe(ME);
    await expect.poll(() => options.locator('[data-candor-detected-status]').textContent()).toBe(`${ME} is now in your addresses. Press Save to keep it.`);
    await options.locator('[data-candor-action=save]').click();
    await expect.poll(async () => ((await stored('candor.settings')) as Settings).ownAddresses).toEqual([ME]);
  });

  it('sent nothing to any host but the fixtures', () => {
    expect(session.requestsLeaving()).toEqual([]);
  });
});
