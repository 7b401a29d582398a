import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../storage/settings-schema';
import { emptyLedger, recordSightings } from '../threads/ledger';
import { completePromise, recordPromises } from '../threads/promises';
import type { Ledger } from '../threads/types';
import { applyCandorMessage, touchedBy } from './ledger-apply';
import type { CandorMessage } from './messages';

const ME = 'me@freelance.dev';
const NOW = Date.parse('2026-12-01T12:00+02:00');
const HOUR = 3_600_000;
const settings: Settings = { ...defaultSettings(), clients: [{ id: 'acme', name: 'Acme', addresses: ['acme.com'] }], ownAddresses: [ME] };

const rows = (ids: string[], at: number) => ids.map((id) => ({ provider: 'gmail' as const, account: ME, threadId: id, subject: `S ${id}`, messages: [{ from: 'bob@acme.com', at }], seenAt: at }));
const sent = (threadId: string, what: string) => ({ provider: 'gmail' as const, account: ME, threadId, at: NOW, to: ['bob@acme.com'], subject: 'Re', commitments: [{ what, due: '2026-12-04' }] });

// Twenty threads, a promise made in t1 and already done (so re-creating it would differ), an open one in t5.
const withPromises = recordPromises(
  recordPromises(recordSightings(emptyLedger(), rows(Array.from({ length: 20 }, (_, i) => `t${i}`), NOW - 5 * HOUR), settings), sent('t1', 'Draft on Friday.'), settings),
  sent('t5', 'Invoice on Friday.'),
  settings,
);
const donePromise = Object.values(withPromises.promises).find((p) => p.threadId === 't1')!.id;
const stored: Ledger = completePromise(withPromises, donePromise, NOW - HOUR);
const existingPromise = Object.values(stored.promises).find((p) => p.threadId === 't5')!.id;

/** Only the entries touchedBy names, as the store reads them. */
function partial(ledger: Ledger, message: CandorMessage): Ledger {
  const { threads, promises } = touchedBy(message);
  return {
    threads: Object.fromEntries(threads.filter((k) => ledger.threads[k]).map((k) => [k, ledger.threads[k]])),
    promises: Object.fromEntries(promises.filter((id) => ledger.promises[id]).map((id) => [id, ledger.promises[id]])),
  };
}

describe('touchedBy', () => {
  it.each<[string, CandorMessage]>([
    ['rows of known and new threads', { type: 'candor/sightings', sightings: [...rows(['t3', 't4', 'new'], NOW - HOUR), ...rows(['t3'], NOW)] }],
    ['a row of a thread without a client', { type: 'candor/sightings', sightings: [{ ...rows(['x'], NOW)[0], messages: [{ from: 'someone@else.org', at: NOW }] }] }],
    ['a reply with a new promise', { type: 'candor/sent', reply: sent('t2', 'Logo tomorrow.'), commitments: sent('t2', 'Logo tomorrow.').commitments }],
    ['the same promise sent again', { type: 'candor/sent', reply: sent('t1', 'Draft on Friday.'), commitments: sent('t1', 'Draft on Friday.').commitments }],
    ['a reply in a thread the ledger does not know', { type: 'candor/sent', reply: sent('fresh', 'x'), commitments: [] }],
    ['a promise ticked off', { type: 'candor/complete-promise', id: existingPromise, at: NOW }],
    ['an unknown promise ticked off', { type: 'candor/complete-promise', id: 'nope', at: NOW }],
  ])('names every entry %s reads: the partial read gives the same entries', (_, message) => {
    const full = applyCandorMessage(stored, message, settings, NOW);
    const fromPartial = applyCandorMessage(partial(stored, message), message, settings, NOW);
    const { threads, promises } = touchedBy(message);
    for (const key of threads) expect(fromPartial.threads[key]).toEqual(full.threads[key]);
    for (const id of promises) expect(fromPartial.promises[id]).toEqual(full.promises[id]);
    // What the partial run would write is what the full run holds.
    const read = partial(stored, message);
    for (const [key, t] of Object.entries(fromPartial.threads)) if (read.threads[key] !== t) expect(t).toEqual(full.threads[key]);
    for (const [id, p] of Object.entries(fromPartial.promises)) if (read.promises[id] !== p) expect(p).toEqual(full.promises[id]);
    // Whatever the full run changed is among the touched entries.
    for (const [key, t] of Object.entries(full.threads)) if (stored.threads[key] !== t) expect(threads).toContain(key);
    for (const [id, p] of Object.entries(full.promises)) if (stored.promises[id] !== p) expect(promises).toContain(id);
  });
});
