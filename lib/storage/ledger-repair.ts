/**
 * Reading stored ledger data back into valid records, entry by entry (pure, so Node tools and
 * benchmarks can use it without a browser). See ./ledger-store.ts for how entries are stored.
 *
 *   repairThread(key, raw)   -> ThreadRecord | null   one stored thread; summaries recomputed from events
 *   repairPromise(id, raw)   -> PromiseEntry | null
 *   repairLedger(raw)        -> { ledger, dropped }   the whole v1 value (`local:candor.ledger`), which
 *                                                    ./ledger-store.ts migrates from; broken threads and
 *                                                    promises are dropped one by one
 */
import { emptyLedger, summarize } from '../threads/ledger';
import { eventRank, type EventKind, type Ledger, type MessageEvent, type PromiseEntry, type ThreadRecord } from '../threads/types';

/** The single-value format this file reads; ./ledger-store.ts stores version 2 (one key per entry). */
export const LEDGER_V1 = 1;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isInstant = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isText = (x: unknown): x is string => typeof x === 'string';

const THREAD_FIELDS = 13;

/**
 * A stored thread exactly as the ledger functions write it: valid fields, events sorted and unique,
 * derived fields in agreement. Checking is a loop without allocation, so the common case of an
 * intact ledger is not rebuilt object by object.
 */
const isEventKind = (x: unknown): x is EventKind => x === 'client' || x === 'user' || x === 'settled';

function isIntactThread(key: string, raw: Record<string, unknown>): raw is Record<string, unknown> & ThreadRecord {
  if (raw.key !== key || !isText(raw.subject) || !isText(raw.link) || !isInstant(raw.firstSeenAt) || !isInstant(raw.lastSeenAt)) return false;
  if (!Array.isArray(raw.events)) return false;
  let clientLastAt: number | null = null;
  let userLastAt: number | null = null;
  let waitingSince: number | null = null;
  let previous: MessageEvent | null = null;
  for (const e of raw.events as unknown[]) {
    if (!isRecord(e) || !isInstant(e.at) || !isEventKind(e.by)) return false;
    if (previous && (e.at < previous.at || (e.at === previous.at && eventRank(e.by) <= eventRank(previous.by)))) return false;
    previous = e as unknown as MessageEvent;
    if (e.by === 'user') {
      userLastAt = e.at;
      waitingSince = null;
    } else if (e.by === 'settled') {
      waitingSince = null;
    } else {
      clientLastAt = e.at;
      if (waitingSince === null) waitingSince = e.at;
    }
  }
  return raw.clientLastAt === clientLastAt && raw.userLastAt === userLastAt && raw.waitingSince === waitingSince && Object.keys(raw).length === THREAD_FIELDS;
}

export function repairThread(key: string, raw: unknown): ThreadRecord | null {
  if (!isRecord(raw)) return null;
  const { provider, account, threadId, clientAddress } = raw;
  if ((provider !== 'gmail' && provider !== 'outlook') || !isText(account) || !isText(threadId) || !threadId || !isText(clientAddress) || !clientAddress) return null;
  if (isIntactThread(key, raw)) return raw;
  const events: MessageEvent[] = [];
  if (Array.isArray(raw.events)) {
    for (const e of raw.events) if (isRecord(e) && isInstant(e.at) && isEventKind(e.by)) events.push({ at: e.at, by: e.by });
  }
  events.sort((a, b) => a.at - b.at || eventRank(a.by) - eventRank(b.by));
  const unique = events.filter((e, i) => i === 0 || e.at !== events[i - 1].at || e.by !== events[i - 1].by);
  const firstSeenAt = isInstant(raw.firstSeenAt) ? raw.firstSeenAt : unique[0]?.at ?? 0;
  const lastSeenAt = isInstant(raw.lastSeenAt) ? raw.lastSeenAt : unique[unique.length - 1]?.at ?? firstSeenAt;
  return {
    key,
    provider,
    account,
    threadId,
    subject: isText(raw.subject) ? raw.subject : '',
    link: isText(raw.link) ? raw.link : '',
    clientAddress,
    events: unique,
    firstSeenAt,
    lastSeenAt,
    ...summarize(unique),
  };
}

const YMD = /^\d{4}-\d{2}-\d{2}$/;

export function repairPromise(id: string, raw: unknown): PromiseEntry | null {
  if (!isRecord(raw)) return null;
  const { what, to, due, madeAt, provider, account, threadId, threadKey } = raw;
  if (!isText(what) || !isText(to) || !isText(due) || !YMD.test(due) || !isInstant(madeAt)) return null;
  if ((provider !== 'gmail' && provider !== 'outlook') || !isText(account) || !isText(threadId) || !isText(threadKey)) return null;
  return {
    id,
    what,
    to,
    due,
    ...(isText(raw.dueTime) && /^\d{2}:\d{2}$/.test(raw.dueTime) ? { dueTime: raw.dueTime } : {}),
    madeAt,
    provider,
    account,
    threadId,
    threadKey,
    subject: isText(raw.subject) ? raw.subject : '',
    link: isText(raw.link) ? raw.link : '',
    ...(isInstant(raw.doneAt) ? { doneAt: raw.doneAt } : {}),
  };
}

/** A usable ledger from whatever a v1 value holds; `dropped` counts the entries that could not be read. */
export function repairLedger(raw: unknown): { ledger: Ledger; dropped: number } {
  let input = raw;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch {
      return { ledger: emptyLedger(), dropped: 1 };
    }
  }
  if (!isRecord(input)) return { ledger: emptyLedger(), dropped: input === null || input === undefined ? 0 : 1 };
  const ledger = emptyLedger();
  let dropped = 0;
  if (isRecord(input.threads)) {
    for (const [key, value] of Object.entries(input.threads)) {
      const thread = repairThread(key, value);
      if (thread) ledger.threads[key] = thread;
      else dropped++;
    }
  } else if (input.threads !== undefined) dropped++;
  if (isRecord(input.promises)) {
    for (const [id, value] of Object.entries(input.promises)) {
      const promise = repairPromise(id, value);
      if (promise) ledger.promises[id] = promise;
      else dropped++;
    }
  } else if (input.promises !== undefined) dropped++;
  return { ledger, dropped };
}

