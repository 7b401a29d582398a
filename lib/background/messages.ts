/**
 * What other extension contexts send the background, which is the only writer of the ledger (so two
 * Gmail tabs reporting at once cannot overwrite each other's updates: ../storage/ledger.ts serialises
 * writes only within one context).
 *
 *   browser.runtime.sendMessage({ type: 'candor/sightings', sightings })          a thread list or thread was on screen
 *   browser.runtime.sendMessage({ type: 'candor/sent', reply, commitments })      the user sent a message
 *   browser.runtime.sendMessage({ type: 'candor/complete-promise', id })          a promise was ticked off
 *   browser.runtime.sendMessage({ type: 'candor/settle-thread', key })           the user said no reply is needed
 *
 * handleCandorMessage answers each with a CandorReply. Anything else (another extension's message, a
 * stale content script's shape) is answered with { ok: false } and changes nothing.
 */
import { loadSettings } from '../storage/settings';
import { updateLedger } from '../storage/ledger';
import type { Commitment } from '../threads/promises';
import type { SentReply, ThreadSighting } from '../threads/types';
import { applyCandorMessage, touchedBy } from './ledger-apply';

export interface SightingsMessage {
  type: 'candor/sightings';
  sightings: ThreadSighting[];
}

export interface SentMessage {
  type: 'candor/sent';
  reply: SentReply;
  /** The dated commitments of the sent text (commitmentsFromAnalysis), if any. */
  commitments?: Commitment[];
  // Ledger (Undo send): the tab closed inside the app's Undo window, so whether the message went is
  // unknown. Its promises are kept; it is not counted as an answer (the open thread shows it if it went).
  unconfirmed?: true;
}

export interface CompletePromiseMessage {
  type: 'candor/complete-promise';
  id: string;
  at?: number;
}

/** The user marked a waiting thread as needing no reply (the popup). */
export interface SettleThreadMessage {
  type: 'candor/settle-thread';
  key: string;
  at?: number;
}

export type CandorMessage = SightingsMessage | SentMessage | CompletePromiseMessage | SettleThreadMessage;

export type CandorReply = { ok: true; threads: number; waiting: number } | { ok: false; error: 'unknown-message' | 'invalid-message' | 'storage-failed' };

/** A content script can report many rows at once; more than this in one message is not a mail view. */
export const MAX_SIGHTINGS_PER_MESSAGE = 500;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isInstant = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isProvider = (x: unknown) => x === 'gmail' || x === 'outlook';

function isSighting(x: unknown): x is ThreadSighting {
  return isRecord(x) && isProvider(x.provider) && typeof x.account === 'string' && typeof x.threadId === 'string' && Array.isArray(x.messages) && isInstant(x.seenAt);
}

function isSentReply(x: unknown): x is SentReply {
  return isRecord(x) && isProvider(x.provider) && typeof x.account === 'string' && typeof x.threadId === 'string' && isInstant(x.at) && Array.isArray(x.to) && x.to.every((a) => typeof a === 'string');
}

function isCommitment(x: unknown): x is Commitment {
  return isRecord(x) && typeof x.what === 'string' && typeof x.due === 'string';
}

/** Checks the shape only as far as the ledger functions need; they validate the details themselves. */
export function parseCandorMessage(raw: unknown): CandorMessage | 'unknown' | 'invalid' {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !raw.type.startsWith('candor/')) return 'unknown';
  switch (raw.type) {
    case 'candor/sightings':
      return Array.isArray(raw.sightings) && raw.sightings.length <= MAX_SIGHTINGS_PER_MESSAGE && raw.sightings.every(isSighting)
        ? { type: raw.type, sightings: raw.sightings }
        : 'invalid';
    case 'candor/sent':
      if (!isSentReply(raw.reply)) return 'invalid';
      if (raw.commitments !== undefined && !(Array.isArray(raw.commitments) && raw.commitments.every(isCommitment))) return 'invalid';
      return { type: raw.type, reply: raw.reply, ...(raw.commitments ? { commitments: raw.commitments as Commitment[] } : {}), ...(raw.unconfirmed === true ? { unconfirmed: true as const } : {}) };
    case 'candor/complete-promise':
      return typeof raw.id === 'string' && (raw.at === undefined || isInstant(raw.at)) ? { type: raw.type, id: raw.id, ...(raw.at !== undefined ? { at: raw.at as number } : {}) } : 'invalid';
    case 'candor/settle-thread':
      return typeof raw.key === 'string' && raw.key !== '' && (raw.at === undefined || isInstant(raw.at)) ? { type: raw.type, key: raw.key, ...(raw.at !== undefined ? { at: raw.at as number } : {}) } : 'invalid';
    default:
      return 'unknown';
  }
}

export { applyCandorMessage, touchedBy } from './ledger-apply';

/**
 * Applies a message to the stored ledger. Messages arriving within a few milliseconds of each other
 * share one storage write (../storage/ledger-store.ts), applied in the order they came.
 */
export async function handleCandorMessage(raw: unknown, now: number = Date.now()): Promise<CandorReply> {
  const message = parseCandorMessage(raw);
  if (message === 'unknown') return { ok: false, error: 'unknown-message' };
  if (message === 'invalid') return { ok: false, error: 'invalid-message' };
  try {
    const settings = await loadSettings();
    const counts = await updateLedger((current) => applyCandorMessage(current, message, settings, now), now, { touched: touchedBy(message), retentionDays: settings.retentionDays });
    return { ok: true, threads: counts.threads, waiting: counts.waiting };
  } catch {
    return { ok: false, error: 'storage-failed' };
  }
}
