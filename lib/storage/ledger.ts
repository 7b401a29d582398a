/**
 * The client-thread ledger in extension storage (`local:candor.ledger`, schema v1).
 *
 *   await loadLedger()                    -> Ledger, repaired entry by entry
 *   await updateLedger(l => recordSightings(l, s, settings))   serialised read-modify-write; prunes hourly
 *   const stop = watchLedger(ledger => ...)
 *   repairLedger(raw)                     -> { ledger, dropped } (pure; used on every read)
 *
 * Writers: make the background the only one (content scripts send it their sightings). updateLedger
 * serialises writes within one extension context; two contexts writing at once could lose one
 * update, which a later sighting of the same thread would restore, but a sent reply would not.
 * A broken thread or promise is dropped on its own; the derived fields of threads are recomputed from
 * their events on read, so they can never disagree with them.
 */
import { storage } from 'wxt/utils/storage';
import { MAX_THREADS, pruneLedger } from '../threads/ledger';
import type { Ledger } from '../threads/types';
import { LEDGER_VERSION, repairLedger } from './ledger-repair';

export { LEDGER_VERSION, repairLedger } from './ledger-repair';
export const LEDGER_STORAGE_KEY = 'local:candor.ledger' as const;

export const ledgerItem = storage.defineItem<unknown>(LEDGER_STORAGE_KEY, {
  fallback: null,
  version: LEDGER_VERSION,
  // No older shape exists yet; the map is here so the next version only has to add its step.
  migrations: {},
});

export async function loadLedger(): Promise<Ledger> {
  return repairLedger(await ledgerItem.getValue()).ledger;
}

export async function saveLedger(ledger: Ledger): Promise<void> {
  await ledgerItem.setValue(ledger);
}

let chain: Promise<unknown> = Promise.resolve();
let lastPrunedAt = Number.NEGATIVE_INFINITY;
/** Pruning walks every thread; once an hour keeps storage bounded without paying that on every write. */
export const PRUNE_INTERVAL_MS = 3_600_000;

/**
 * Applies a change and stores the result, pruned at most once an hour (and whenever the thread cap is
 * passed) so storage stays bounded. Changes are applied one after another; a change that returns the
 * very same ledger object writes nothing.
 */
export function updateLedger(change: (current: Ledger) => Ledger, now: number = Date.now()): Promise<Ledger> {
  const run = chain.then(async () => {
    const current = await loadLedger();
    const next = change(current);
    if (next === current) return current;
    let stored = next;
    if (now - lastPrunedAt >= PRUNE_INTERVAL_MS || now < lastPrunedAt || Object.keys(next.threads).length > MAX_THREADS) {
      stored = pruneLedger(next, now);
      lastPrunedAt = now;
    }
    await saveLedger(stored);
    return stored;
  });
  chain = run.catch(() => undefined);
  return run;
}

export function watchLedger(onChange: (ledger: Ledger) => void): () => void {
  return ledgerItem.watch((raw) => onChange(repairLedger(raw).ledger));
}
