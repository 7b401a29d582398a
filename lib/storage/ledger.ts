/**
 * The client-thread ledger in the extension's storage.local: ./ledger-store.ts over the browser's
 * area, one store per extension context.
 *
 *   await loadLedger()                          -> Ledger, repaired entry by entry (one storage read)
 *   await updateLedger(change, now, { touched, retentionDays })   batched, serialised; -> counts
 *   const stop = watchLedger(ledger => ...)
 *   await saveLedger(ledger)                    stores exactly this ledger (tests, imports)
 *   await clearLedger()                         "Delete everything"
 *   await ledgerUsage()                         counts and bytes for the options page
 *   exportLedgerJson(ledger)                    the user's copy of what is stored
 *
 * Writers: make the background the only one (content scripts send it their sightings, see
 * ../background/messages.ts); writes are serialised within one context only.
 */
import type { Ledger } from '../threads/types';
import { LedgerStore, type KeyValueArea, type LedgerCounts, type Touched } from './ledger-store';

export { LEDGER_VERSION, PRUNE_INTERVAL_MS, type LedgerCounts, type Touched } from './ledger-store';
export { repairLedger } from './ledger-repair';

/** storage.local as a KeyValueArea; getBytesInUse only where the browser has it. */
export function browserArea(): KeyValueArea {
  const local = browser.storage.local;
  const withBytes = local as typeof local & { getBytesInUse?: (keys: string[] | null) => Promise<number> };
  return {
    get: (keys) => local.get(keys) as Promise<Record<string, unknown>>,
    set: (items) => local.set(items),
    remove: (keys) => local.remove(keys),
    ...(typeof withBytes.getBytesInUse === 'function' ? { getBytesInUse: (keys: string[] | null) => withBytes.getBytesInUse!(keys) } : {}),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName === 'local') onChange(changes);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

let store: LedgerStore | null = null;
/** Created on first use: `browser` is only there once the extension context (or the test's fake) is. */
export function ledgerStore(): LedgerStore {
  store ??= new LedgerStore(browserArea());
  return store;
}

export async function loadLedger(): Promise<Ledger> {
  return (await ledgerStore().load()).ledger;
}

export async function saveLedger(ledger: Ledger): Promise<void> {
  await ledgerStore().replace(ledger);
}

/**
 * Applies a change and stores what changed, batched with changes arriving within a few milliseconds.
 * With `touched`, only those entries are read (the change must not look at others); pruning runs
 * once an hour, with `retentionDays`.
 */
export function updateLedger(change: (current: Ledger) => Ledger, now: number = Date.now(), options: { touched?: Touched; retentionDays?: number } = {}): Promise<LedgerCounts> {
  return ledgerStore().update(change, { now, ...options });
}

export function watchLedger(onChange: (ledger: Ledger) => void): () => void {
  return ledgerStore().watch(onChange);
}

export function clearLedger(): Promise<void> {
  return ledgerStore().clear();
}

export function ledgerUsage(): Promise<LedgerCounts & { bytes: number }> {
  return ledgerStore().usage();
}

/** The ledger as a file for the user: every thread and promise as stored (addresses are hashes). */
export function exportLedgerJson(ledger: Ledger, now: Date = new Date()): string {
  return JSON.stringify(
    { format: 'candor-ledger', version: 2, exportedAt: now.toISOString(), threads: Object.values(ledger.threads), promises: Object.values(ledger.promises) },
    null,
    2,
  );
}
