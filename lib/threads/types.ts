/**
 * Data shapes of the client-thread ledger. The ledger is plain JSON (it lives in extension storage);
 * every function that changes it is pure and returns a new ledger (./ledger.ts), and the popup and
 * badge figures are computed from it on demand (./views.ts, ./promises.ts).
 *
 * A thread's state is derived from its message events alone (who wrote, when). Events are a set:
 * merging what two tabs saw is a union, so recording the same sighting twice, or in any order, gives
 * the same ledger.
 */

export type MailProvider = 'gmail' | 'outlook';

/** Who wrote a message, as far as the ledger is concerned: a third party's message is not recorded. */
export type MessageSide = 'client' | 'user';

/**
 * 'settled': the user marked the thread as needing no reply ("Thanks, all clear!"). It ends the wait
 * like an answer does, but it is no answer: response figures skip it.
 */
export type EventKind = MessageSide | 'settled';

export interface MessageEvent {
  /** Epoch ms, to the minute (list rows and message headers show minutes; this makes them dedupe). */
  at: number;
  by: EventKind;
}

/** Order of events in the same minute: the client's message, then the answer, then a settling. */
export function eventRank(by: EventKind): number {
  return by === 'client' ? 0 : by === 'user' ? 1 : 2;
}

export interface ThreadRecord {
  /** `${provider}|${hashed account}|${threadId}`, see threadKey(). */
  key: string;
  provider: MailProvider;
  /** The mailbox (its address when known, else the provider's account index "u/0"), hashed: see lib/storage/address-hash.ts. */
  account: string;
  threadId: string;
  subject: string;
  /** Where the user can open the thread; empty when no sighting gave one. */
  link: string;
  /** The client address that made this a client thread, hashed; matched against the client list's hashes when read. */
  clientAddress: string;
  /** Oldest first, unique per (at, by). Bounded by trimEvents. */
  events: MessageEvent[];
  firstSeenAt: number;
  /** Start (UTC) of the day the thread was last seen on screen. */
  lastSeenAt: number;

  // Derived from events on every change (summarize); stored so reading 10,000 threads stays cheap.
  /** The client's latest message, or null. */
  clientLastAt: number | null;
  /** The user's latest message, or null. */
  userLastAt: number | null;
  /** The first client message the user has not answered yet, or null when nobody waits. */
  waitingSince: number | null;
}

/** A date the user promised a client in a sent message. */
export interface PromiseEntry {
  /** Stable for the same promise in the same message, so re-recording it is harmless. */
  id: string;
  /** The sentence that made the promise, trimmed. */
  what: string;
  /** The client address it was made to, hashed like ThreadRecord.clientAddress. */
  to: string;
  /** "YYYY-MM-DD" in the user's zone. */
  due: string;
  /** "HH:MM" when the promise named a time of day. */
  dueTime?: string;
  madeAt: number;
  provider: MailProvider;
  account: string;
  threadId: string;
  threadKey: string;
  subject: string;
  link: string;
  /** Set when the user marks it done. */
  doneAt?: number;
}

export interface Ledger {
  threads: Record<string, ThreadRecord>;
  promises: Record<string, PromiseEntry>;
}

// ---- what the content script reports -------------------------------------------------------------

/** A message as a mail view shows it. */
export interface SightedMessage {
  /** Sender address (or "Name <address>"), when the view says who sent it. */
  from?: string;
  /** Epoch ms. */
  at: number;
}

/**
 * One thread as seen on screen: a row of a thread list (usually only the latest message's date, the
 * participants, and whether it is unread) or an open thread (every message with its sender).
 */
export interface ThreadSighting {
  provider: MailProvider;
  account: string;
  threadId: string;
  subject?: string;
  link?: string;
  /** Every participant address the view shows (rows list them without saying who wrote last). */
  participants?: string[];
  messages: SightedMessage[];
  /**
   * The row is unread. The user's own messages are never unread, so a sender-less latest message of an
   * unread row was written by someone else: the client, when every other participant is the client's.
   */
  unread?: boolean;
  /** When the view was read. */
  seenAt: number;
}

/** The user sent a message in a thread (reply, reply-all, forward to the client). */
export interface SentReply {
  provider: MailProvider;
  account: string;
  threadId: string;
  at: number;
  /** Recipients (To and Cc). */
  to: string[];
  subject?: string;
  link?: string;
}
