/**
 * What the built extension keeps in storage.local, read and written from its service worker in tests.
 *
 * The client-thread ledger as the built extension stores it: one key per thread (`candor.t.<key>`) and
 * per promise (`candor.p.<id>`), beside `candor.meta` (lib/storage/ledger-store.ts).
 */
import type { Worker } from 'playwright-core';
import { SETTINGS_VERSION, type Settings } from '../../../lib/storage/settings-schema';
import type { Ledger } from '../../../lib/threads/types';

/** The ledger in a snapshot of the extension's local storage. */
export function ledgerIn(all: Record<string, unknown>): Ledger {
  const ledger: Ledger = { threads: {}, promises: {} };
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith('candor.t.')) ledger.threads[key.slice('candor.t.'.length)] = value as Ledger['threads'][string];
    else if (key.startsWith('candor.p.')) ledger.promises[key.slice('candor.p.'.length)] = value as Ledger['promises'][string];
  }
  return ledger;
}

/** Everything in the extension's local storage, read in its service worker. */
export function extensionStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
}

/** The stored ledger, or undefined before anything was stored. */
export async function storedLedger(worker: Worker): Promise<Ledger | undefined> {
  const all = await extensionStorage(worker);
  return 'candor.meta' in all ? ledgerIn(all) : undefined;
}

/** Writes settings where lib/storage/settings.ts keeps them: `local:candor.settings`, with its version. */
export async function writeSettings(worker: Worker, settings: Settings): Promise<void> {
  await worker.evaluate(
    async ({ value, version }) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
      await chrome.storage.local.set({ 'candor.settings': value, 'candor.settings$': { v: version } });
    },
    { value: settings as unknown as Record<string, unknown>, version: SETTINGS_VERSION },
  );
}
