/**
 * Pure functions that change the ledger. Each returns a new Ledger (unchanged parts are shared, so
 * nothing is deep-copied) and never mutates its input.
 *
 *   emptyLedger()
 *   recordSightings(ledger, sightings, settings)  threads and rows seen on screen; only client threads
 *                                                 are kept, and only client and user messages
 *   recordSentReply(ledger, reply, settings)      the user answered: the thread stops waiting
 *   settleThread(ledger, key, at)                 the user says no reply is needed: it stops waiting
 *   mergeLedgers(a, b)                            union of two ledgers (two tabs, two windows)
 *   pruneLedger(ledger, now, options?)            answered threads idle for 90 days go, promises
 *                                                 done or due 90 days ago go, events are trimmed
 *   threadKey(provider, account, threadId)
 *   isWaiting(thread)
 *
 * How a thread's state follows from its events (summarize): the user's latest message answers every
 * client message before it; the client waits from the first client message after it.
 */
import { hashedAccount, hashedAddress } from '../storage/address-hash';
import { normalizeEmail, type Settings } from '../storage/settings-schema';
import { createAddressBook, type AddressBook } from './clients';
import { eventRank, type Ledger, type MailProvider, type MessageEvent, type SentReply, type ThreadRecord, type ThreadSighting } from './types';

export const RETENTION_DAYS = 90;
/** Enough for any real back-and-forth to keep its first-response samples for the 30-day statistics. */
export const MAX_EVENTS_PER_THREAD = 40;
/**
 * A hard ceiling on stored threads, far above a freelancer's 90 days; the least recent go first.
 * 10,000 threads of 5 messages are ~6 MB of JSON, and storage.local allows 10 MB by default.
 */
export const MAX_THREADS = 10_000;

const MINUTE = 60_000;
const DAY = 86_400_000;

export function emptyLedger(): Ledger {
  return { threads: {}, promises: {} };
}

/** The account part is hashed (../storage/address-hash.ts): keys are stored, and the mailbox's address is not needed. */
export function threadKey(provider: MailProvider, account: string, threadId: string): string {
  return `${provider}|${hashedAccount(account)}|${threadId}`;
}

function normalizeAccount(account: string): string {
  return (typeof account === 'string' ? account : '').trim().toLowerCase();
}

export function isWaiting(thread: Pick<ThreadRecord, 'waitingSince'>): boolean {
  return thread.waitingSince !== null;
}

function toMinute(at: number): number {
  return Math.floor(at / MINUTE) * MINUTE;
}

/**
 * Lists are re-read all the time; recording the day of the latest sighting, not its instant, keeps
 * a thread nobody wrote in from costing a storage write each time it scrolls past.
 */
function toDay(at: number): number {
  return Math.floor(at / DAY) * DAY;
}

function compareEvents(a: MessageEvent, b: MessageEvent): number {
  // At the same minute the client's message sorts first: a reply written in the same minute as the
  // client's message is far likelier than the reverse being unanswered.
  return a.at - b.at || eventRank(a.by) - eventRank(b.by);
}

/** Sorted union of event lists, without duplicates. */
function unionEvents(a: readonly MessageEvent[], b: readonly MessageEvent[]): MessageEvent[] {
  const out: MessageEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && compareEvents(a[i], b[j]) <= 0) ? a[i++] : b[j++];
    const last = out[out.length - 1];
    if (!last || compareEvents(last, next) !== 0) out.push(next);
  }
  return out;
}

/** The derived fields of a thread, from its sorted events. */
export function summarize(events: readonly MessageEvent[]): Pick<ThreadRecord, 'clientLastAt' | 'userLastAt' | 'waitingSince'> {
  let clientLastAt: number | null = null;
  let userLastAt: number | null = null;
  let waitingSince: number | null = null;
  for (const e of events) {
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
  return { clientLastAt, userLastAt, waitingSince };
}

/**
 * Keeps the events that matter: everything from the user's latest message on (the current state
 * depends on it), and otherwise the newest ones within the retention window, up to the cap.
 */
export function trimEvents(events: readonly MessageEvent[], now: number, retentionDays = RETENTION_DAYS, max = MAX_EVENTS_PER_THREAD): MessageEvent[] {
  const cutoff = now - retentionDays * DAY;
  // Nearly every thread: short and recent, nothing to drop.
  if (events.length <= max && (events.length === 0 || events[0].at >= cutoff)) return events as MessageEvent[];
  let lastUser = -1;
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i].by !== 'client') {
      lastUser = i;
      break;
    }
  }
  const keepFrom = lastUser >= 0 ? lastUser : 0;
  let current = events.slice(keepFrom);
  if (current.length > max) {
    // An unanswered stretch longer than the cap keeps the answer before it, the message that started
    // the wait, and the newest messages.
    const head = current.slice(0, lastUser >= 0 ? 2 : 1);
    current = [...head, ...current.slice(current.length - (max - head.length))];
  }
  const room = Math.max(0, max - current.length);
  const history = events.slice(0, keepFrom).filter((e) => e.at >= cutoff);
  return [...history.slice(Math.max(0, history.length - room)), ...current];
}

function withEvents(thread: ThreadRecord, events: MessageEvent[], now: number): ThreadRecord {
  const trimmed = events.length > MAX_EVENTS_PER_THREAD ? trimEvents(events, now) : events;
  return { ...thread, events: trimmed, ...summarize(trimmed) };
}

interface ClassifiedSighting {
  clientAddress: string | null;
  events: MessageEvent[];
  /** A row's sender-less latest message taken as the client's (see classify). */
  inferred: MessageEvent | null;
}

/**
 * A row's inferred client message counts only after everything the user is known to have written: a
 * row whose date is the user's own reply (the app lists only the other side, or the reply came from the
 * phone and the list shows its date) would otherwise add a client message the reply seems to answer in
 * no time, and the response figures would learn a zero.
 */
function hasSenders(s: ThreadSighting | null | undefined): boolean {
  return Array.isArray(s?.messages) && s.messages.some((m) => typeof m?.from === 'string' && m.from !== '');
}

function withInferred(seen: ClassifiedSighting, known: readonly MessageEvent[]): MessageEvent[] {
  if (!seen.inferred) return seen.events;
  let userLast = -Infinity;
  for (const e of known) if (e.by === 'user' && e.at > userLast) userLast = e.at;
  for (const e of seen.events) if (e.by === 'user' && e.at > userLast) userLast = e.at;
  return seen.inferred.at > userLast ? unionEvents(seen.events, [seen.inferred]) : seen.events;
}

function classify(sighting: ThreadSighting, book: AddressBook): ClassifiedSighting {
  const account = normalizeAccount(sighting.account);
  let clientAddress: string | null = null;
  const events: MessageEvent[] = [];
  const notUser: string[] = [];
  let userInRow = false;
  for (const p of sighting.participants ?? []) {
    if (book.isOwn(p, account)) {
      userInRow = true;
      continue;
    }
    notUser.push(p);
    if (!clientAddress && book.client(p)) clientAddress = p;
  }
  const messages = Array.isArray(sighting.messages) ? sighting.messages : [];
  let latestUnknown: number | null = null;
  for (const m of messages) {
    if (!m || !Number.isFinite(m.at)) continue;
    if (typeof m.from === 'string' && m.from) {
      const side = book.side(m.from, account);
      if (side === 'client' && !clientAddress) clientAddress = m.from;
      if (side) events.push({ at: toMinute(m.at), by: side });
    } else if (latestUnknown === null || m.at > latestUnknown) latestUnknown = m.at;
  }
  // A sender-less date is a row's latest message. Someone other than the user wrote it when the row
  // is unread (the user's own messages never are), or when the user is not among the row's senders
  // at all, read or not: a message read and put off still waits. It is the client's only when every
  // participant other than the user is a client; any stranger makes it unknowable. A read row with
  // the user in it says nothing (either side may have written last) until the thread is opened.
  // A row re-seen after the user answered cannot reopen the wait: its date is the client's message
  // the reply answered (or the reply itself), never later than the user's latest event.
  const clientsOnly = notUser.length > 0 && notUser.every((p) => book.client(p));
  let inferred: MessageEvent | null = null;
  if (latestUnknown !== null && clientsOnly && (sighting.unread || !userInRow)) inferred = { at: toMinute(latestUnknown), by: 'client' };
  events.sort(compareEvents);
  return { clientAddress: clientAddress ? normalizeClientAddress(clientAddress) : null, events: unionEvents(events, []), inferred };
}

/** Stored hashed: matching against the client list needs only the hashes (see ./clients.ts). Hashed input comes back as it is. */
export function normalizeClientAddress(address: string): string {
  return hashedAddress(normalizeEmail(address) ?? address.trim().toLowerCase());
}

function sameThread(a: ThreadRecord, b: ThreadRecord): boolean {
  return (
    a.subject === b.subject &&
    a.link === b.link &&
    a.clientAddress === b.clientAddress &&
    a.firstSeenAt === b.firstSeenAt &&
    a.lastSeenAt === b.lastSeenAt &&
    a.events.length === b.events.length &&
    a.events.every((e, i) => e.at === b.events[i].at && e.by === b.events[i].by)
  );
}

/** Records what the mail views showed. Threads without a client in them are not kept. */
export function recordSightings(ledger: Ledger, sightings: readonly ThreadSighting[], settings: Pick<Settings, 'clients' | 'ownAddresses'>): Ledger {
  const book = createAddressBook(settings);
  let threads: Record<string, ThreadRecord> | null = null;
  // Open threads first: what they show of the user's replies decides whether a row's sender-less date
  // in the same batch is a new client message (withInferred).
  const ordered = [...sightings].sort((a, b) => Number(hasSenders(b)) - Number(hasSenders(a)));
  for (const sighting of ordered) {
    if (!sighting || typeof sighting.threadId !== 'string' || !sighting.threadId) continue;
    const key = threadKey(sighting.provider, sighting.account, sighting.threadId);
    const existing = (threads ?? ledger.threads)[key];
    const seen = classify(sighting, book);
    if (!existing && !seen.clientAddress) continue;
    const seenAt = Number.isFinite(sighting.seenAt) ? sighting.seenAt : Date.now();
    const base: ThreadRecord = existing ?? {
      key,
      provider: sighting.provider,
      account: hashedAccount(sighting.account),
      threadId: sighting.threadId,
      subject: '',
      link: '',
      clientAddress: seen.clientAddress as string,
      events: [],
      firstSeenAt: seenAt,
      lastSeenAt: toDay(seenAt),
      clientLastAt: null,
      userLastAt: null,
      waitingSince: null,
    };
    const next = withEvents(
      {
        ...base,
        subject: sighting.subject?.trim() || base.subject,
        link: sighting.link || base.link,
        firstSeenAt: Math.min(base.firstSeenAt, seenAt),
        lastSeenAt: Math.max(base.lastSeenAt, toDay(seenAt)),
      },
      unionEvents(base.events, withInferred(seen, base.events)),
      seenAt,
    );
    if (existing && sameThread(existing, next)) continue;
    threads ??= { ...ledger.threads };
    threads[key] = next;
  }
  return threads ? { ...ledger, threads } : ledger;
}

/**
 * The user sent a message in a thread. A thread the ledger does not know yet is added when a
 * recipient is a client, so the reply's promises and later answers have a thread to belong to.
 */
export function recordSentReply(ledger: Ledger, reply: SentReply, settings: Pick<Settings, 'clients' | 'ownAddresses'>): Ledger {
  if (!reply || typeof reply.threadId !== 'string' || !reply.threadId || !Number.isFinite(reply.at)) return ledger;
  const book = createAddressBook(settings);
  const key = threadKey(reply.provider, reply.account, reply.threadId);
  const existing = ledger.threads[key];
  const account = normalizeAccount(reply.account);
  const clientRecipient = (reply.to ?? []).find((a) => !book.isOwn(a, account) && book.client(a));
  if (!existing && !clientRecipient) return ledger;
  const base: ThreadRecord = existing ?? {
    key,
    provider: reply.provider,
    account: hashedAccount(account),
    threadId: reply.threadId,
    subject: '',
    link: '',
    clientAddress: normalizeClientAddress(clientRecipient as string),
    events: [],
    firstSeenAt: reply.at,
    lastSeenAt: toDay(reply.at),
    clientLastAt: null,
    userLastAt: null,
    waitingSince: null,
  };
  const next = withEvents(
    { ...base, subject: reply.subject?.trim() || base.subject, link: reply.link || base.link, lastSeenAt: Math.max(base.lastSeenAt, toDay(reply.at)) },
    unionEvents(base.events, [{ at: toMinute(reply.at), by: 'user' }]),
    reply.at,
  );
  if (existing && sameThread(existing, next)) return ledger;
  return { ...ledger, threads: { ...ledger.threads, [key]: next } };
}

/**
 * The user marked a waiting thread as needing no reply (the popup's "No reply needed"): the wait ends
 * without an answer to count. A later client message opens a new wait as usual.
 */
export function settleThread(ledger: Ledger, key: string, at: number): Ledger {
  const thread = ledger.threads[key];
  if (!thread || thread.waitingSince === null || !Number.isFinite(at)) return ledger;
  const settled: MessageEvent = { at: Math.max(toMinute(at), thread.waitingSince), by: 'settled' };
  return { ...ledger, threads: { ...ledger.threads, [key]: withEvents(thread, unionEvents(thread.events, [settled]), at) } };
}

/** Union of two ledgers: the result is the same whichever order they come in, and merging twice changes nothing. */
export function mergeLedgers(a: Ledger, b: Ledger): Ledger {
  const threads: Record<string, ThreadRecord> = { ...a.threads };
  for (const [key, theirs] of Object.entries(b.threads)) {
    const ours = threads[key];
    if (!ours) {
      threads[key] = theirs;
      continue;
    }
    // Text fields: the most recently seen copy wins, the key breaks ties so the order of arguments does not matter.
    const newer = theirs.lastSeenAt > ours.lastSeenAt || (theirs.lastSeenAt === ours.lastSeenAt && theirs.subject + theirs.link > ours.subject + ours.link) ? theirs : ours;
    const older = newer === ours ? theirs : ours;
    threads[key] = withEvents(
      {
        ...newer,
        subject: newer.subject || older.subject,
        link: newer.link || older.link,
        clientAddress: ours.clientAddress <= theirs.clientAddress ? ours.clientAddress : theirs.clientAddress,
        firstSeenAt: Math.min(ours.firstSeenAt, theirs.firstSeenAt),
        lastSeenAt: Math.max(ours.lastSeenAt, theirs.lastSeenAt),
      },
      unionEvents(ours.events, theirs.events),
      Math.max(ours.lastSeenAt, theirs.lastSeenAt),
    );
  }
  const promises = { ...a.promises };
  for (const [id, theirs] of Object.entries(b.promises)) {
    const ours = promises[id];
    if (!ours) promises[id] = theirs;
    else if (ours.doneAt === undefined && theirs.doneAt !== undefined) promises[id] = theirs;
    else if (ours.doneAt !== undefined && theirs.doneAt !== undefined && theirs.doneAt < ours.doneAt) promises[id] = theirs;
  }
  return { threads, promises };
}

export interface PruneOptions {
  retentionDays?: number;
  maxThreads?: number;
}

/**
 * Keeps storage bounded. Answered threads with no message for `retentionDays` go (waiting ones stay:
 * someone still waits); promises done, or due, more than `retentionDays` ago go; each thread's event
 * list is trimmed; above `maxThreads` the least recently active answered threads go first.
 */
export function pruneLedger(ledger: Ledger, now: number, options: PruneOptions = {}): Ledger {
  const retentionDays = options.retentionDays ?? RETENTION_DAYS;
  const maxThreads = options.maxThreads ?? MAX_THREADS;
  const cutoff = now - retentionDays * DAY;
  const kept: ThreadRecord[] = [];
  for (const t of Object.values(ledger.threads)) {
    // Messages, not sightings, count as activity: an old thread still listed on screen is still old.
    const lastActivity = Math.max(t.clientLastAt ?? -Infinity, t.userLastAt ?? -Infinity, t.events.length ? -Infinity : t.firstSeenAt);
    if (!isWaiting(t) && lastActivity < cutoff) continue;
    const events = trimEvents(t.events, now, retentionDays);
    kept.push(events.length === t.events.length ? t : { ...t, events, ...summarize(events) });
  }
  if (kept.length > maxThreads) {
    const activity = (t: ThreadRecord) => Math.max(t.clientLastAt ?? 0, t.userLastAt ?? 0);
    kept.sort((x, y) => Number(isWaiting(y)) - Number(isWaiting(x)) || activity(y) - activity(x));
    kept.length = maxThreads;
  }
  const threads: Record<string, ThreadRecord> = {};
  for (const t of kept) threads[t.key] = t;
  const promises: Ledger['promises'] = {};
  for (const [id, p] of Object.entries(ledger.promises)) {
    const dueAt = Date.parse(`${p.due}T23:59:59Z`);
    if (p.doneAt !== undefined && p.doneAt < cutoff) continue;
    if (Number.isFinite(dueAt) && dueAt < cutoff) continue;
    promises[id] = p;
  }
  return { threads, promises };
}
