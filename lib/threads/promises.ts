/**
 * Promised dates: what the user told a client they would do, and by when.
 *
 *   commitmentsFromAnalysis(text, result)       the dated commitments of a sent message (future
 *                                               dates from the analysis engine, with their sentence)
 *   recordPromises(ledger, sent, settings)      stores them against the thread, for client recipients
 *   completePromise(ledger, id, at)             the user ticks it off
 *   promisedView(ledger, settings, now)         { overdue, dueSoon, later }: every open promise, in
 *                                               three groups each sorted by due date: past due; due
 *                                               today or in the next two working days; after that
 *
 * A promise also stops being listed once the user writes in its thread on or after its due day: they
 * delivered or sent an update, which is exactly what the list asks for.
 */
import type { AnalyzeResult } from '../analysis/types';
import { sentences } from '../analysis/text';
import type { Settings } from '../storage/settings-schema';
import { parseHhmm } from '../storage/settings-schema';
import { businessCalendarFromSettings, dayNumber, type BusinessCalendar } from '../time/business-time';
import { hashedAccount, isHashed } from '../storage/address-hash';
import { createAddressBook } from './clients';
import { normalizeClientAddress, threadKey } from './ledger';
import type { Ledger, MailProvider, PromiseEntry, SentReply } from './types';

/** Working days after today that count as "due soon" (today itself always does). */
export const DUE_SOON_WORKING_DAYS = 2;
const MAX_WHAT_LENGTH = 300;

export interface Commitment {
  what: string;
  /** "YYYY-MM-DD" */
  due: string;
  dueTime?: string;
}

/** Future dates mentioned in a message, each with the sentence around it (one per sentence and day). */
export function commitmentsFromAnalysis(text: string, result: Pick<AnalyzeResult, 'dates'>): Commitment[] {
  const spans = sentences(text, { start: 0, end: text.length });
  const out: Commitment[] = [];
  const seen = new Set<string>();
  for (const mention of result.dates) {
    if (mention.past || mention.kind === 'now') continue;
    const sentence = spans.find((s) => s.start <= mention.start && mention.start < s.end) ?? { start: mention.start, end: mention.end };
    const what = text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim().slice(0, MAX_WHAT_LENGTH);
    const key = `${sentence.start}|${mention.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ what, due: mention.date, ...(mention.time ? { dueTime: mention.time } : {}) });
  }
  return out;
}

/** A sent message and the dated commitments it made. */
export interface SentPromises extends SentReply {
  commitments: Commitment[];
}

function hashText(s: string): string {
  // FNV-1a: a short stable id part, not security.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A promise's id: the thread, the minute it was made, the day and the sentence (storage writes read it ahead to know which keys a message touches). */
export function promiseId(key: string, at: number, commitment: Pick<Commitment, 'due' | 'what'>): string {
  return `${key}|${Math.floor(at / 60_000) * 60_000}|${commitment.due}|${hashText(commitment.what)}`;
}

/** Stores the commitments of a message sent to a client; messages to nobody on the client list add nothing. */
export function recordPromises(ledger: Ledger, sent: SentPromises, settings: Pick<Settings, 'clients' | 'ownAddresses'>): Ledger {
  if (!sent || !Number.isFinite(sent.at) || !sent.commitments?.length) return ledger;
  const book = createAddressBook(settings);
  const account = (sent.account ?? '').trim().toLowerCase();
  const recipient = (sent.to ?? []).find((a) => !book.isOwn(a, account) && book.client(a));
  if (!recipient) return ledger;
  const key = threadKey(sent.provider, sent.account, sent.threadId);
  const thread = ledger.threads[key];
  const madeAt = Math.floor(sent.at / 60_000) * 60_000;
  let promises: Ledger['promises'] | null = null;
  for (const c of sent.commitments) {
    if (Number.isNaN(dayNumber(c.due)) || !c.what) continue;
    const dueTime = c.dueTime && !Number.isNaN(parseHhmm(c.dueTime)) ? c.dueTime : undefined;
    const id = promiseId(key, madeAt, c);
    if (ledger.promises[id]) continue;
    promises ??= { ...ledger.promises };
    promises[id] = {
      id,
      what: c.what.slice(0, MAX_WHAT_LENGTH),
      to: normalizeClientAddress(recipient),
      due: c.due,
      ...(dueTime ? { dueTime } : {}),
      madeAt,
      provider: sent.provider,
      account: hashedAccount(account),
      threadId: sent.threadId,
      threadKey: key,
      subject: sent.subject?.trim() || thread?.subject || '',
      link: sent.link || thread?.link || '',
    };
  }
  return promises ? { ...ledger, promises } : ledger;
}

export function completePromise(ledger: Ledger, id: string, at: number): Ledger {
  const p = ledger.promises[id];
  if (!p || p.doneAt !== undefined) return ledger;
  return { ...ledger, promises: { ...ledger.promises, [id]: { ...p, doneAt: at } } };
}

export interface PromiseItem {
  promise: PromiseEntry;
  /** The client's display name; empty when the client is no longer on the list (the address is stored hashed). */
  clientName: string;
  /** The instant the promise is late from: its time of day, else the end of its day. */
  dueAt: number;
  overdue: boolean;
}

export interface PromisedView {
  overdue: PromiseItem[];
  /** Due today or within the next DUE_SOON_WORKING_DAYS working days, not yet late. */
  dueSoon: PromiseItem[];
  /** Due after that: a promise made on Monday for Friday must not vanish until Wednesday. */
  later: PromiseItem[];
}

export function promisedView(
  ledger: Ledger,
  settings: Pick<Settings, 'clients' | 'ownAddresses' | 'timeZone' | 'workingDays' | 'workingHours' | 'daysOff'>,
  now: number,
  calendar: BusinessCalendar = businessCalendarFromSettings(settings),
): PromisedView {
  const book = createAddressBook(settings);
  const today = calendar.dayOf(now);
  const ahead = calendar.workingDaysFrom(calendar.startOfDay(today + 1), DUE_SOON_WORKING_DAYS);
  const horizon = ahead.length ? ahead[ahead.length - 1] : today;
  const overdue: PromiseItem[] = [];
  const dueSoon: PromiseItem[] = [];
  const later: PromiseItem[] = [];
  for (const p of Object.values(ledger.promises)) {
    if (p.doneAt !== undefined) continue;
    const day = dayNumber(p.due);
    if (Number.isNaN(day)) continue;
    const thread = ledger.threads[p.threadKey];
    if (thread?.userLastAt != null && thread.userLastAt > p.madeAt && thread.userLastAt >= calendar.startOfDay(day)) continue;
    const dueAt = p.dueTime ? calendar.instantAt(day, parseHhmm(p.dueTime)) : calendar.startOfDay(day + 1);
    const item: PromiseItem = { promise: p, clientName: book.client(p.to)?.name ?? (isHashed(p.to) ? '' : p.to), dueAt, overdue: now >= dueAt };
    (item.overdue ? overdue : day > horizon ? later : dueSoon).push(item);
  }
  const byDue = (a: PromiseItem, b: PromiseItem) => a.dueAt - b.dueAt || a.promise.madeAt - b.promise.madeAt || (a.promise.id < b.promise.id ? -1 : 1);
  overdue.sort(byDue);
  dueSoon.sort(byDue);
  later.sort(byDue);
  return { overdue, dueSoon, later };
}
