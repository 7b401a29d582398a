/**
 * Collecting client threads end to end, in real Chromium with the built extension: the content script
 * reads the Gmail- and Outlook-shaped inbox fixtures (thread rows and the open thread), the background
 * records what it reports, and the popup and badge show the result. Nothing is seeded but settings:
 * every thread in the popup got there through the page.
 *
 * Fixture threads (dated relative to page load; see fixtures/gmail-inbox/inbox.ts, outlook-inbox/inbox.ts):
 *   Gmail   a01 Acme, unread, 26 h          waiting
 *           b02 Bolt, unread, 4.5 h         waiting
 *           c03 a stranger, unread, 10 h    not a client
 *           d04 Acme and me, read           nobody waits
 *           e05 open: Acme 5 h, me 4 h, Acme 2.5 h   waiting since 2.5 h (5 h if my message counted as theirs)
 *           f06 Acme, read, 1.5 h           waiting (read and put off)
 *   Outlook Bolt, unread, 7 h, open         waiting
 *           a newsletter, unread            not a client
 *
 * Working hours are 00:00-23:59 on the days the waits fall on, so waits in business time equal calendar
 * time whatever the hour the test runs at; the days between today and the coming Friday are off, so
 * "by Friday" always falls within the popup's "Promised" window of two working days, and a date five
 * working days on falls in its "later" group.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/storage/settings-schema';
import { hashedAddress } from '../../lib/storage/address-hash';
import { threadKey, type Ledger } from '../../lib/threads';
import { GMAIL_PATH, INBOX_SUFFIX, OUTLOOK_PATH } from './harness/hosts';
import type { Session } from './harness/launch';
import { browserPerFile } from './harness/per-file';
import { storedLedger as storedLedgerOf, writeSettings } from './harness/storage';

interface WorkerChrome {
  chrome: {
    action: { getBadgeText(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]>; getTitle(details: object): Promise<string> };
    storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  };
}

const ME = 'me@freelance.example';
const RED = [185, 28, 28, 255];
const GMAIL_INBOX = `https://mail.google.com${GMAIL_PATH}${INBOX_SUFFIX}`;
const OUTLOOK_INBOX = `https://outlook.office.com${OUTLOOK_PATH}${INBOX_SUFFIX}`;
const PROMISE = "I'll send the mockups by Friday.";
const gmailKey = (id: string) => threadKey('gmail', ME, id);
// Outlook's mailbox is the address its account manager shows.
const OUTLOOK_KEY = threadKey('outlook', ME, 'AAQkADAwATM0MDAAMS1ib2x0LXByaW50');

let session: Session;
const pages: Page[] = [];
const worker = () => session.serviceWorker!;

/** Every weekday but those strictly between today and the day "by Friday" resolves to. */
function workingDaysUpToFriday(now: number): { workingDays: number[]; due: string } {
  const due = analyze(PROMISE, { now, timeZone: 'UTC' }).dates[0].date;
  const today = new Date(now).getUTCDay();
  const ahead = Math.round((Date.parse(`${due}T00:00:00Z`) - Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate())) / 86_400_000);
  const off = new Set<number>();
  for (let i = 1; i < ahead && i < 7; i++) off.add((today + i) % 7);
  return { workingDays: [0, 1, 2, 3, 4, 5, 6].filter((d) => !off.has(d)), due };
}

const { workingDays, due } = workingDaysUpToFriday(Date.now());

/** The fifth working day after today, as "19 December", and its "YYYY-MM-DD". */
function fifthWorkingDay(now: number): { words: string; ymd: string } {
  const today = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate());
  let day = today;
  for (let found = 0; found < 5; ) {
    day += 86_400_000;
    if (workingDays.includes(new Date(day).getUTCDay())) found++;
  }
  return { words: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(day), ymd: new Date(day).toISOString().slice(0, 10) };
}
const LATER_DAY = fifthWorkingDay(Date.now());
const LATER_PROMISE = `I will send the final files on ${LATER_DAY.words}.`;

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  clients: [
    { id: 'acme', name: 'Acme', addresses: ['acme.example'] },
    { id: 'bolt', name: 'Bolt', addresses: ['ivo@bolt.example'], responseTarget: { amount: 1, unit: 'hours' } },
  ],
  ownAddresses: [ME],
  workingDays,
  workingHours: [{ start: '00:00', end: '23:59' }],
  timeZone: 'UTC',
  defaultResponseTarget: { amount: 3, unit: 'hours' },
};

browserPerFile({
  launched: async (s) => {
    session = s;
    await writeSettings(worker(), SETTINGS);
  },
  pages: () => pages.splice(0),
});

async function visit(url: string): Promise<Page> {
  const page = await session.context.newPage();
  pages.push(page);
  await page.goto(url);
  return page;
}

async function open(url: string): Promise<Page> {
  const page = await visit(url);
  await page.waitForSelector('html[data-fixture-ready=true]');
  return page;
}

function readBadge() {
  return worker().evaluate(async () => {
    const { action } = (globalThis as unknown as WorkerChrome).chrome;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}), title: await action.getTitle({}) };
  });
}

const storedLedger = () => storedLedgerOf(worker());

async function popupRows(): Promise<{ popup: Page; rows: () => Promise<string[]> }> {
  const popup = await visit(`chrome-extension://${session.extensionId}/popup.html`);
  const rows = () => popup.locator('[data-candor-thread]').evaluateAll((els) => els.map((e) => e.getAttribute('data-candor-thread') ?? ''));
  return { popup, rows };
}

describe('client threads collected from the mail apps', () => {
  it('lists exactly the waiting client threads of two Gmail tabs, once each, longest wait first', async () => {
    await open(GMAIL_INBOX);
    // The second tab shows the same mailbox with Russian date tooltips.
    await open(`${GMAIL_INBOX}?lang=ru`);

    await expect.poll(async () => Object.keys((await storedLedger())?.threads ?? {}).sort(), { timeout: 15_000 }).toEqual(
      ['18c0000000000a01', '18c0000000000b02', '18c0000000000d04', '18c0000000000e05', '18c0000000000f06'].map(gmailKey),
    );
    const open05 = (await storedLedger())!.threads[gmailKey('18c0000000000e05')];
    // My own message in the open thread answers Acme's first one; Kris's later one is what waits.
    expect(open05.events.map((e) => e.by)).toEqual(['client', 'user', 'client']);
    expect(open05.waitingSince).toBe(open05.events[2].at);

    const { popup, rows } = await popupRows();
    // f06 was read, not answered: Acme still waits there.
    await expect.poll(rows).toEqual([gmailKey('18c0000000000a01'), gmailKey('18c0000000000b02'), gmailKey('18c0000000000e05'), gmailKey('18c0000000000f06')]);
    expect(await popup.locator('[data-candor-thread] .candor-client').allTextContents()).toEqual(['Acme', 'Bolt', 'Acme', 'Acme']);
    // Past target: a01 (26 h of 3 h) and b02 (4.5 h of Bolt's 1 h).
    await expect.poll(readBadge).toMatchObject({ text: '2', color: RED });
    expect((await readBadge()).title).toBe('Candor: client threads past your response target: 2 (waiting for an answer: 4).');
  });

  it('takes a thread off the list when a reply is sent, and lists the date the reply promised', async () => {
    const gmail = await open(GMAIL_INBOX);
    const { popup, rows } = await popupRows();
    await expect.poll(rows).toContain(gmailKey('18c0000000000e05'));

    await gmail.bringToFront();
    await gmail.locator('[g_editable=true]').click();
    await gmail.keyboard.type(`Hi Anna, thanks for waiting. ${PROMISE} ${LATER_PROMISE}`);
    await gmail.locator('#send-button').click();
    await expect.poll(() => gmail.locator('.adn').count()).toBe(4);

    await expect.poll(rows).toEqual([gmailKey('18c0000000000a01'), gmailKey('18c0000000000b02'), gmailKey('18c0000000000f06')]);
    // Promises wait for Gmail's Undo window (the fixture's toast offers Undo for 3 s).
    const group = (name: string) => popup.locator(`[data-candor-promise-group=${name}] [data-candor-promise] .candor-subject`);
    await expect.poll(() => group('dueSoon').allTextContents(), { timeout: 15_000 }).toEqual([PROMISE]);
    // Five working days on: listed, under "Later".
    expect(await group('later').allTextContents()).toEqual([LATER_PROMISE]);
    expect(await popup.locator('[data-candor-promise-group=later] h3').textContent()).toBe('Later');
    expect(await popup.locator('[data-candor-promise]').first().textContent()).toContain('Acme');
    // What is kept of the reply: the committing sentences alone, not the thanks before them.
    const stored = Object.values((await storedLedger())!.promises).sort((a, b) => a.due.localeCompare(b.due));
    expect(stored.map((p) => [p.threadKey, p.what, p.due, p.to])).toEqual([
      [gmailKey('18c0000000000e05'), PROMISE, due, hashedAddress('anna@acme.example')],
      [gmailKey('18c0000000000e05'), LATER_PROMISE, LATER_DAY.ymd, hashedAddress('anna@acme.example')],
    ]);
  });

  it('collects Outlook conversations and answers them on Send, beside the Gmail threads', async () => {
    const outlook = await open(OUTLOOK_INBOX);
    const { rows } = await popupRows();
    await expect.poll(rows).toEqual([gmailKey('18c0000000000a01'), OUTLOOK_KEY, gmailKey('18c0000000000b02'), gmailKey('18c0000000000f06')]);

    await outlook.bringToFront();
    await outlook.locator('[aria-multiline=true]').click();
    await outlook.keyboard.type('Here are the print files.');
    await outlook.locator('#send-button').click();
    await expect.poll(rows).toEqual([gmailKey('18c0000000000a01'), gmailKey('18c0000000000b02'), gmailKey('18c0000000000f06')]);
    expect(Object.keys((await storedLedger())!.threads)).not.toContain(threadKey('outlook', ME, 'AAQkADAwATM0MDAAMS1uZXdzLWRpZ2VzdA'));
  });

  it('takes a thread off the list when the user says it needs no reply, and counts no answer for it', async () => {
    const { popup, rows } = await popupRows();
    await expect.poll(rows).toContain(gmailKey('18c0000000000f06'));
    await popup.locator(`[data-candor-thread="${gmailKey('18c0000000000f06')}"] [data-candor-action=settle-thread]`).click();
    await expect.poll(rows).not.toContain(gmailKey('18c0000000000f06'));
    const thread = (await storedLedger())!.threads[gmailKey('18c0000000000f06')];
    expect(thread.events.map((e) => e.by)).toEqual(['client', 'settled']);
    expect(thread.userLastAt).toBeNull();
  });

  it('"Delete everything" in the options empties the ledger, the popup and the badge', async () => {
    const { popup, rows } = await popupRows();
    await expect.poll(rows).not.toEqual([]);
    const options = await visit(`chrome-extension://${session.extensionId}/options.html`);
    const threads = options.locator('[data-candor-count=threads]');
    await expect.poll(() => threads.textContent()).toMatch(/[1-9]/);
    await options.locator('[data-candor-action=delete-data]').click();
    await options.locator('[data-candor-action=delete-data-confirm]').click();
    await expect.poll(async () => Object.keys((await storedLedger())?.threads ?? {}).length).toBe(0);
    expect(Object.keys((await storedLedger())?.promises ?? {})).toEqual([]);
    await expect.poll(() => threads.textContent()).not.toMatch(/[1-9]/);
    await popup.reload();
    await expect.poll(rows).toEqual([]);
    await expect.poll(async () => (await readBadge()).text).toBe('');
  });

  it('sent nothing to any host but the fixtures', () => {
    expect(session.requestsLeaving()).toEqual([]);
    expect(session.server.served.filter((r) => r.status !== 200 && r.status !== 204)).toEqual([]);
  });
});
