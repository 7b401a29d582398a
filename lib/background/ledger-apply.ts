/**
 * What a Candor message does to the ledger, as pure functions (no browser, no storage), so the
 * benchmark and Node tools run exactly what the background runs. ./messages.ts wires them to storage.
 *
 *   applyCandorMessage(ledger, message, settings, now)   the ledger after the message
 *   touchedBy(message)                                   the entries that reads, so storage reads only those
 */
import type { Settings } from '../storage/settings-schema';
import type { Touched } from '../storage/ledger-store';
import { recordSentReply, recordSightings, settleThread, threadKey } from '../threads/ledger';
import { completePromise, promiseId, recordPromises } from '../threads/promises';
import type { Ledger } from '../threads/types';
import type { CandorMessage } from './messages';

/** The ledger after one message, given the current settings (pure). */
export function applyCandorMessage(ledger: Ledger, message: CandorMessage, settings: Settings, now: number): Ledger {
  switch (message.type) {
    case 'candor/sightings':
      return recordSightings(ledger, message.sightings, settings);
    case 'candor/sent': {
      const answered = message.unconfirmed ? ledger : recordSentReply(ledger, message.reply, settings);
      if (!message.commitments?.length) return answered;
      const { provider, account, threadId, at, to, subject, link } = message.reply;
      return recordPromises(answered, { provider, account, threadId, at, to, subject, link, commitments: message.commitments }, settings);
    }
    case 'candor/complete-promise':
      return completePromise(ledger, message.id, message.at ?? now);
    case 'candor/settle-thread':
      return settleThread(ledger, message.key, message.at ?? now);
  }
}

/**
 * The ledger entries applyCandorMessage reads for a message, so storage reads those alone (a sighting
 * in a ledger of 10,000 threads reads one thread, not all of them).
 */
export function touchedBy(message: CandorMessage): Touched {
  switch (message.type) {
    case 'candor/sightings':
      return { threads: message.sightings.filter((s) => typeof s.threadId === 'string' && s.threadId).map((s) => threadKey(s.provider, s.account, s.threadId)), promises: [] };
    case 'candor/sent': {
      const key = threadKey(message.reply.provider, message.reply.account, message.reply.threadId);
      return { threads: [key], promises: (message.commitments ?? []).map((c) => promiseId(key, message.reply.at, c)) };
    }
    case 'candor/complete-promise':
      return { threads: [], promises: [message.id] };
    case 'candor/settle-thread':
      return { threads: [message.key], promises: [] };
  }
}

