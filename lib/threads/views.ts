/**
 * What the popup and the badge show, computed from the ledger and the current settings (so changing
 * hours, targets or the client list recomputes every figure, past ones included).
 *
 *   waitingThreads(ledger, settings, now)   "Waiting for you": unanswered client threads, longest
 *                                           business wait first, with calendar wait, deadline, status
 *   badgeFor(waiting, settings)             text ("3", "2d"), colour, and a tooltip as an i18n key
 *   responseStats(ledger, settings, now)    median / p90 first response over 30 days, share within
 *                                           target, overall and per client (on demand)
 *   popupView(ledger, settings, now)        waiting list, badge and promises in one call
 *
 * "First response" is per stretch: from the first client message after the user's last reply to the
 * user's next reply, so a thread that goes back and forth gives one sample per answer.
 *
 * A thread whose address no longer matches a client (the user removed the client) is left out.
 * Status: 'over' once the deadline has passed, 'close' from CLOSE_SHARE of the target on, else 'within'.
 */
import type { ClientEntry, ResponseTarget, Settings } from '../storage/settings-schema';
import { businessCalendarFromSettings, formatWaitCompact, type BusinessCalendar } from '../time/business-time';
import { createAddressBook } from './clients';
import { promisedView, type PromisedView } from './promises';
import type { Ledger, ThreadRecord } from './types';

/** Share of the target after which a wait turns amber. */
export const CLOSE_SHARE = 0.75;
export const STATS_WINDOW_DAYS = 30;
/**
 * Fewer answers than this and a median or a 90th percentile says more about one odd answer than about
 * the user's habit (two answers give a "median" that is just their average): the popup shows none.
 */
export const MEDIAN_MIN_SAMPLES = 3;
export const P90_MIN_SAMPLES = 10;

export type TargetStatus = 'within' | 'close' | 'over';

export type ViewSettings = Pick<Settings, 'clients' | 'ownAddresses' | 'timeZone' | 'workingDays' | 'workingHours' | 'daysOff' | 'defaultResponseTarget'>;

export interface ClientRef {
  id: string;
  name: string;
}

export interface WaitingThread {
  key: string;
  provider: ThreadRecord['provider'];
  account: string;
  threadId: string;
  subject: string;
  link: string;
  client: ClientRef;
  clientAddress: string;
  /** The first unanswered client message. */
  waitingSince: number;
  /** The client's latest message. */
  clientLastAt: number;
  businessWaitMs: number;
  calendarWaitMs: number;
  target: ResponseTarget;
  /** When the target runs out (Infinity when the calendar has no working time). */
  deadline: number;
  /** Share of the target used: 0 .. 1 within, above 1 late. */
  progress: number;
  status: TargetStatus;
}

export function targetFor(client: ClientEntry | null, settings: Pick<Settings, 'defaultResponseTarget'>): ResponseTarget {
  return client?.responseTarget ?? settings.defaultResponseTarget;
}

function statusOf(progress: number, now: number, deadline: number): TargetStatus {
  if (now >= deadline || progress >= 1) return 'over';
  return progress >= CLOSE_SHARE ? 'close' : 'within';
}

/**
 * Outlook conversations were keyed by the host name until the page's own address was read; the same
 * conversation now arrives under the address, and the old record (still waiting: the reply went to the
 * new one) would wait forever. Outlook's conversation ids are unique across mailboxes, so per id only
 * the record seen last speaks for the conversation.
 */
function currentOutlookRecords(threads: readonly ThreadRecord[]): Map<string, ThreadRecord> {
  const current = new Map<string, ThreadRecord>();
  for (const t of threads) {
    if (t.provider !== 'outlook') continue;
    const seen = current.get(t.threadId);
    if (!seen || t.lastSeenAt > seen.lastSeenAt || (t.lastSeenAt === seen.lastSeenAt && t.key > seen.key)) current.set(t.threadId, t);
  }
  return current;
}

export function waitingThreads(ledger: Ledger, settings: ViewSettings, now: number, calendar: BusinessCalendar = businessCalendarFromSettings(settings)): WaitingThread[] {
  const book = createAddressBook(settings);
  const out: WaitingThread[] = [];
  // Every wait ends now: one lookup for the shared end, one per thread for its start.
  const nowPosition = calendar.position(now);
  // Object.values, not for-in: a 10,000-key record is in dictionary mode, where for-in is several times slower.
  const threads = Object.values(ledger.threads);
  const outlookCurrent = currentOutlookRecords(threads);
  for (const t of threads) {
    if (t.waitingSince === null) continue;
    if (t.provider === 'outlook' && outlookCurrent.get(t.threadId) !== t) continue;
    const client = book.client(t.clientAddress);
    // The user's own address can sit at a client's domain: such a thread is never the client's.
    if (!client || book.isOwn(t.clientAddress, t.account)) continue;
    const target = targetFor(client, settings);
    const since = t.waitingSince;
    const deadline = calendar.deadline(since, target);
    const sincePosition = calendar.position(since);
    const businessWaitMs = Math.max(0, nowPosition - sincePosition);
    let progress: number;
    if (target.unit === 'hours') progress = (now - since) / (target.amount * 3_600_000);
    else {
      const allowed = Number.isFinite(deadline) ? calendar.position(deadline) - sincePosition : 0;
      progress = allowed > 0 ? businessWaitMs / allowed : now >= deadline ? 1 : 0;
    }
    out.push({
      key: t.key,
      provider: t.provider,
      account: t.account,
      threadId: t.threadId,
      subject: t.subject,
      link: t.link,
      client: { id: client.id, name: client.name },
      clientAddress: t.clientAddress,
      waitingSince: since,
      clientLastAt: t.clientLastAt ?? since,
      businessWaitMs,
      calendarWaitMs: Math.max(0, now - since),
      target,
      deadline,
      progress,
      status: statusOf(progress, now, deadline),
    });
  }
  out.sort((a, b) => b.businessWaitMs - a.businessWaitMs || b.calendarWaitMs - a.calendarWaitMs || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out;
}

export type BadgeColor = 'green' | 'amber' | 'red';

/** Message names in locales/*.yml for the tooltip, with what to substitute. */
export type BadgeTooltip =
  | { key: 'badgeNoClients' }
  | { key: 'badgeNobodyWaiting' }
  | { key: 'badgeOverTarget'; count: number; waiting: number }
  | { key: 'badgeLongestWait'; wait: string; client: string; waiting: number };

export interface BadgeState {
  /** Empty when there is nothing to show. */
  text: string;
  color: BadgeColor;
  tooltip: BadgeTooltip;
  overCount: number;
  closeCount: number;
  waitingCount: number;
}

/**
 * Past-target threads are the number; when none is past, the longest wait in business time, where a
 * "day" is the user's usual working day (so "2d" means two working days, matching the targets).
 */
export function badgeFor(waiting: readonly WaitingThread[], settings: ViewSettings, calendar: BusinessCalendar = businessCalendarFromSettings(settings)): BadgeState {
  let over = 0;
  let close = 0;
  for (const w of waiting) {
    if (w.status === 'over') over++;
    else if (w.status === 'close') close++;
  }
  const color: BadgeColor = over > 0 ? 'red' : close > 0 ? 'amber' : 'green';
  const counts = { overCount: over, closeCount: close, waitingCount: waiting.length };
  if (settings.clients.length === 0) return { text: '', color: 'green', tooltip: { key: 'badgeNoClients' }, ...counts };
  if (waiting.length === 0) return { text: '', color, tooltip: { key: 'badgeNobodyWaiting' }, ...counts };
  if (over > 0) return { text: over > 99 ? '99+' : String(over), color, tooltip: { key: 'badgeOverTarget', count: over, waiting: waiting.length }, ...counts };
  // The list is sorted by business wait, so the first is the longest.
  const longest = waiting[0];
  const wait = formatWaitCompact(longest.businessWaitMs, calendar.typicalWorkdayMs());
  return { text: wait, color, tooltip: { key: 'badgeLongestWait', wait, client: longest.client.name, waiting: waiting.length }, ...counts };
}

// ---- response-time statistics ----------------------------------------------------------------

/** A client message stretch and the user's first answer to it. */
export interface ResponseSample {
  threadKey: string;
  clientAddress: string;
  askedAt: number;
  answeredAt: number;
}

/** First responses recorded in a thread: each unanswered stretch of client messages and the reply that ended it. */
export function responseSamples(thread: ThreadRecord): ResponseSample[] {
  const out: ResponseSample[] = [];
  let askedAt: number | null = null;
  for (const e of thread.events) {
    if (e.by === 'client') {
      if (askedAt === null) askedAt = e.at;
    } else if (askedAt !== null) {
      // A thread settled without a reply ends the stretch but is no response to time.
      if (e.by === 'user') out.push({ threadKey: thread.key, clientAddress: thread.clientAddress, askedAt, answeredAt: e.at });
      askedAt = null;
    }
  }
  return out;
}

export interface ResponseFigures {
  count: number;
  medianBusinessMs: number | null;
  p90BusinessMs: number | null;
  medianCalendarMs: number | null;
  p90CalendarMs: number | null;
  /** 0..1, null without samples. */
  withinTargetShare: number | null;
}

export interface ResponseStats {
  windowDays: number;
  overall: ResponseFigures;
  /** Clients with at least one answer in the window, most answers first. */
  perClient: { client: ClientRef; figures: ResponseFigures }[];
}

/** Linear interpolation between closest ranks (the usual spreadsheet PERCENTILE); input sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

function figures(business: number[], calendar: number[], within: number): ResponseFigures {
  business.sort((a, b) => a - b);
  calendar.sort((a, b) => a - b);
  return {
    count: business.length,
    medianBusinessMs: percentile(business, 0.5),
    p90BusinessMs: percentile(business, 0.9),
    medianCalendarMs: percentile(calendar, 0.5),
    p90CalendarMs: percentile(calendar, 0.9),
    withinTargetShare: business.length ? within / business.length : null,
  };
}

/** First-response figures for answers given in the last `windowDays` days. */
export function responseStats(ledger: Ledger, settings: ViewSettings, now: number, windowDays = STATS_WINDOW_DAYS, calendar: BusinessCalendar = businessCalendarFromSettings(settings)): ResponseStats {
  const book = createAddressBook(settings);
  const from = now - windowDays * 86_400_000;
  const all = { business: [] as number[], calendar: [] as number[], within: 0 };
  const byClient = new Map<string, { client: ClientEntry; business: number[]; calendar: number[]; within: number }>();
  for (const thread of Object.values(ledger.threads)) {
    const client = book.client(thread.clientAddress);
    if (!client || book.isOwn(thread.clientAddress, thread.account)) continue;
    const target = targetFor(client, settings);
    for (const s of responseSamples(thread)) {
      if (s.answeredAt < from || s.answeredAt > now) continue;
      const business = calendar.businessMs(s.askedAt, s.answeredAt);
      const calendarMs = s.answeredAt - s.askedAt;
      const inTime = s.answeredAt <= calendar.deadline(s.askedAt, target) ? 1 : 0;
      all.business.push(business);
      all.calendar.push(calendarMs);
      all.within += inTime;
      let bucket = byClient.get(client.id);
      if (!bucket) byClient.set(client.id, (bucket = { client, business: [], calendar: [], within: 0 }));
      bucket.business.push(business);
      bucket.calendar.push(calendarMs);
      bucket.within += inTime;
    }
  }
  const perClient = [...byClient.values()]
    .map((b) => ({ client: { id: b.client.id, name: b.client.name }, figures: figures(b.business, b.calendar, b.within) }))
    .sort((a, b) => b.figures.count - a.figures.count || a.client.name.localeCompare(b.client.name));
  return { windowDays, overall: figures(all.business, all.calendar, all.within), perClient };
}

// ---- everything the popup needs ----------------------------------------------------------------

export interface PopupView {
  /** No client configured yet: the popup shows its first-step empty state. */
  needsClients: boolean;
  waiting: WaitingThread[];
  badge: BadgeState;
  promised: PromisedView;
}

/** The popup's lists and the badge in one pass (statistics are on demand: responseStats). */
export function popupView(ledger: Ledger, settings: ViewSettings, now: number): PopupView {
  const calendar = businessCalendarFromSettings(settings);
  const waiting = waitingThreads(ledger, settings, now, calendar);
  return {
    needsClients: settings.clients.length === 0,
    waiting,
    badge: badgeFor(waiting, settings, calendar),
    promised: promisedView(ledger, settings, now, calendar),
  };
}
