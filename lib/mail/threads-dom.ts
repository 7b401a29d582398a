/**
 * Reads the threads a mail app shows: rows of its thread list and the messages of an open thread,
 * as the ThreadSighting shapes lib/threads records. Selectors: THREAD_SELECTORS in ./selectors.ts.
 *
 *   readThreads(host, document, { now, url, title })  -> { sightings, recognised }
 *   parseMailDate('Mon, Nov 30, 2026, 4:20 PM')        -> epoch ms in the browser's zone, or null
 *
 * Nothing here throws: a layout it does not know gives no sightings, and a date it cannot read for
 * sure gives no message (a wrong date would make a client look answered or waiting when they are not).
 */
import type { MailProvider, SightedMessage, ThreadSighting } from '../threads/types';
import { parseAddress } from './adapter';
import { THREAD_SELECTORS, type MailHost, type ThreadSelectors } from './selectors';

export interface ReadContext {
  now: number;
  /** The page's address: Gmail's account index and thread id are in it. */
  url: string;
  /** The document title: Gmail puts the mailbox address in it. */
  title: string;
}

export interface ThreadsRead {
  sightings: ThreadSighting[];
  /** Whether a thread list or an open thread was found at all (false: not a thread view, or unknown layout). */
  recognised: boolean;
}

// ---- dates ------------------------------------------------------------------------------------------

/**
 * Month names by how they start (lower case), in the five UI languages Candor supports: en, ru and uk
 * (nominative and genitive share the start), pl, lv. Most are three letters; Ukrainian August needs
 * four, or Wednesday ("середа") would read as August ("серпня").
 */
const MONTH_STEMS: readonly (readonly [string, number])[] = [
  ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((s, i) => [s, i] as const),
  ...['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'].map((s, i) => [s, i] as const),
  ...['січ', 'лют', 'бер', 'кві', 'тра', 'чер', 'лип', 'серп', 'вер', 'жов', 'лис', 'гру'].map((s, i) => [s, i] as const),
  ...['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'].map((s, i) => [s, i] as const),
  ['paz', 9],
  ['май', 4],
  ...['jan', 'feb', 'mar', 'apr', 'mai', 'jūn', 'jūl', 'aug', 'sep', 'okt', 'nov', 'dec'].map((s, i) => [s, i] as const),
];

function monthOf(word: string): number | undefined {
  for (const [stem, month] of MONTH_STEMS) if (word.startsWith(stem)) return month;
  return undefined;
}

const TIME = /(\d{1,2}):(\d{2})(?::\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/i;
const ISO_DATE = /(\d{4})-(\d{1,2})-(\d{1,2})/;
const NUMERIC_DATE = /(\d{1,2})([./])(\d{1,2})\2(\d{4})/;

function validDate(year: number, month: number, day: number, hour: number, minute: number): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const d = new Date(year, month, day, hour, minute);
  // Date rolls 31 November over to 1 December: a date that does not round-trip was not a date.
  if (d.getFullYear() !== year || d.getMonth() !== month || d.getDate() !== day) return null;
  return d.getTime();
}

/**
 * The instant a mail app's full-date tooltip names, in the browser's time zone (the apps show dates in
 * the zone they run in). Reads the forms Gmail and Outlook use in en, ru, uk, pl and lv:
 * "Mon, Nov 30, 2026, 4:20 PM", "Mon, 30 Nov 2026, 16:20", "пн, 30 нояб. 2026 г., 16:20",
 * "pon., 30 lis 2026, 16:20", "pirmdiena, 2026. gada 30. novembris 16:20", "30.11.2026, 16:20",
 * "11/30/2026 4:20 PM". Day and month order that only a locale could settle ("03/04/2026") gives null,
 * as does anything without a year, a day, a month and a time of day.
 */
export function parseMailDate(raw: string | null | undefined): number | null {
  if (typeof raw !== 'string') return null;
  const text = raw.normalize('NFC').replace(/[\u00a0\u202f]/g, ' ').trim();
  if (!text || text.length > 120) return null;
  const time = TIME.exec(text);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = time[3]?.toLowerCase().replace(/[\s.]/g, '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const rest = text.slice(0, time.index) + ' ' + text.slice(time.index + time[0].length);

  const iso = ISO_DATE.exec(rest);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), hour, minute);
  const numeric = NUMERIC_DATE.exec(rest);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[3]);
    const year = Number(numeric[4]);
    // Dots are day-first in every locale here; slashes are month-first (en-US) or day-first (en-GB).
    if (numeric[2] === '.') return validDate(year, b - 1, a, hour, minute);
    if (a > 12 && b <= 12) return validDate(year, b - 1, a, hour, minute);
    if (b > 12 && a <= 12) return validDate(year, a - 1, b, hour, minute);
    if (a === b) return validDate(year, a - 1, a, hour, minute);
    return null;
  }

  const years = rest.match(/(?<!\d)\d{4}(?!\d)/g);
  if (!years || years.length !== 1) return null;
  const withoutYear = rest.replace(years[0], ' ');
  const days = withoutYear.match(/(?<!\d)\d{1,2}(?!\d)/g);
  if (!days || days.length !== 1) return null;
  let month: number | null = null;
  for (const word of withoutYear.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (word.length < 3) continue;
    const found = monthOf(word);
    if (found === undefined) continue;
    if (month !== null && month !== found) return null;
    month = found;
  }
  if (month === null) return null;
  return validDate(Number(years[0]), month, Number(days[0]), hour, minute);
}

// ---- DOM helpers ------------------------------------------------------------------------------------

function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = queryAll(root, selector)[0];
    if (found) return found;
  }
  return null;
}

function allOfFirstMatching(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = queryAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

function addressIn(el: Element, attribute?: string): string | null {
  const raw = attribute ? el.getAttribute(attribute) : el.textContent;
  if (!raw) return null;
  return parseAddress(raw).address;
}

function addressesIn(root: Element, candidates: ThreadSelectors['rowParticipant']): string[] {
  for (const { selector, attribute } of candidates) {
    const found = queryAll(root, selector)
      .map((el) => addressIn(el, attribute))
      .filter((a): a is string => a !== null);
    if (found.length > 0) return [...new Set(found)];
  }
  return [];
}

function dateIn(root: Element, selectors: readonly string[]): number | null {
  for (const selector of selectors) {
    for (const el of queryAll(root, selector)) {
      const at = parseMailDate(el.getAttribute('title'));
      if (at !== null) return at;
    }
  }
  return null;
}

function cleanText(el: Element | null): string | undefined {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  // A subject is all the ledger keeps of a message; a long one is cut to what a popup row shows.
  return text ? text.slice(0, 200) : undefined;
}

// ---- Gmail ------------------------------------------------------------------------------------------

/** Gmail's two thread ids are one 64-bit number: "thread-f:1784120000000000001" and its hex form. */
export function gmailThreadId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim().replace(/^#/, '');
  const decimal = /^thread-[a-z]:(\d{1,20})$/.exec(value);
  if (decimal) {
    try {
      return BigInt(decimal[1]).toString(16);
    } catch {
      return null;
    }
  }
  if (/^[0-9a-f]{12,16}$/i.test(value)) return value.toLowerCase();
  return null;
}

/** The mailbox: the address in the title ("Inbox (3) - me@example.com - Gmail"), else "u/N" from the path. */
export function gmailAccount(url: string, title: string): string {
  const fromTitle = /\s-\s([^\s@]+@[^\s@]+?)\s-\s[^-]*$/.exec(title);
  if (fromTitle) return fromTitle[1].toLowerCase();
  const index = /\/mail\/(?:u\/(\d+)\/)?/.exec(safePath(url));
  return `u/${index?.[1] ?? '0'}`;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function gmailLink(url: string, threadId: string): string {
  try {
    const u = new URL(url);
    const index = /\/mail\/(?:u\/(\d+)\/)?/.exec(u.pathname)?.[1] ?? '0';
    return `${u.origin}/mail/u/${index}/#all/${threadId}`;
  } catch {
    return '';
  }
}

/** The open thread's id: on its heading, else the last part of the address's fragment. */
export function gmailOpenThreadId(root: ParentNode, url: string): string | null {
  const heading = firstOf(root, THREAD_SELECTORS.gmail.openSubject);
  const fromHeading = gmailThreadId(heading?.getAttribute('data-legacy-thread-id')) ?? gmailThreadId(heading?.getAttribute('data-thread-perm-id'));
  if (fromHeading) return fromHeading;
  let hash = '';
  try {
    hash = new URL(url).hash;
  } catch {
    return null;
  }
  return gmailThreadId(hash.split('/').pop());
}

// ---- both apps --------------------------------------------------------------------------------------

function rowId(host: MailHost, row: Element): string | null {
  for (const { selector, attribute } of THREAD_SELECTORS[host].rowId) {
    const holders = selector === ':scope' ? [row] : [row, ...queryAll(row, selector)];
    for (const el of holders) {
      const raw = el.getAttribute(attribute);
      if (!raw) continue;
      const id = host === 'gmail' ? gmailThreadId(raw) : raw.trim();
      if (id) return id;
    }
  }
  return null;
}

/** The mailbox a page shows, as the ledger keys threads by it. */
export function mailboxAccount(host: MailHost, ctx: Pick<ReadContext, 'url' | 'title'>): string {
  if (host === 'gmail') return gmailAccount(ctx.url, ctx.title);
  // Outlook shows no address we can rely on; each Outlook host is one mailbox at a time.
  try {
    return new URL(ctx.url).hostname.toLowerCase();
  } catch {
    return 'outlook';
  }
}

/** Where the user can open a thread again. */
export function threadLink(host: MailHost, ctx: Pick<ReadContext, 'url'>, threadId: string): string {
  if (host === 'gmail') return gmailLink(ctx.url, threadId);
  try {
    return `${new URL(ctx.url).origin}/mail/inbox/id/${encodeURIComponent(threadId)}`;
  } catch {
    return '';
  }
}

function readRows(host: MailHost, root: ParentNode, ctx: ReadContext, account: string): ThreadSighting[] {
  const table = THREAD_SELECTORS[host];
  const out: ThreadSighting[] = [];
  for (const row of allOfFirstMatching(root, table.row)) {
    const threadId = rowId(host, row);
    if (!threadId) continue;
    const at = dateIn(row, table.rowDate);
    const sighting: ThreadSighting = {
      provider: host as MailProvider,
      account,
      threadId,
      link: threadLink(host, ctx, threadId),
      participants: addressesIn(row, table.rowParticipant),
      // A row's date is its latest message's; who wrote it the row does not say.
      messages: at === null ? [] : [{ at }],
      unread: matchesAny(row, table.rowUnread),
      seenAt: ctx.now,
    };
    const subject = cleanText(firstOf(row, table.rowSubject));
    if (subject) sighting.subject = subject;
    out.push(sighting);
  }
  return out;
}

function openThreadId(host: MailHost, root: ParentNode, ctx: ReadContext): string | null {
  if (host === 'gmail') return gmailOpenThreadId(root, ctx.url);
  // Outlook's reading pane shows the conversation selected in the list.
  const selected = queryAll(root, '[role=option][aria-selected=true][data-convid]')[0];
  return selected?.getAttribute('data-convid')?.trim() || null;
}

function readOpenThread(host: MailHost, root: ParentNode, ctx: ReadContext, account: string): ThreadSighting | null {
  const table = THREAD_SELECTORS[host];
  const elements = allOfFirstMatching(root, table.openMessage);
  if (elements.length === 0) return null;
  const threadId = openThreadId(host, root, ctx);
  if (!threadId) return null;
  const messages: SightedMessage[] = [];
  const participants = new Set<string>();
  for (const el of elements) {
    const from = addressesIn(el, table.openSender)[0];
    const at = dateIn(el, table.openDate);
    // A message without a readable sender or date says nothing about who waits: left out.
    if (!from || at === null) continue;
    participants.add(from);
    messages.push({ from, at });
  }
  const sighting: ThreadSighting = {
    provider: host as MailProvider,
    account,
    threadId,
    link: threadLink(host, ctx, threadId),
    participants: [...participants],
    messages,
    seenAt: ctx.now,
  };
  const subject = cleanText(firstOf(root, table.openSubject));
  if (subject) sighting.subject = subject;
  return sighting;
}

/** Every thread row and the open thread under `root`. Never throws. */
export function readThreads(host: MailHost, root: ParentNode, ctx: ReadContext): ThreadsRead {
  try {
    const account = mailboxAccount(host, ctx);
    const rows = readRows(host, root, ctx, account);
    const open = readOpenThread(host, root, ctx, account);
    const sightings = open ? [...rows, open] : rows;
    return { sightings, recognised: sightings.length > 0 };
  } catch {
    return { sightings: [], recognised: false };
  }
}
