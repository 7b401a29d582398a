/**
 * Addresses the mail content script found signed in on the user's mail pages (Gmail's account button,
 * Outlook's account manager), offered in the options as "your own addresses". Only offered: nothing is
 * added to the settings until the user says so.
 *
 *   await addDetectedAccount('me@example.com')   newest first, at most MAX_DETECTED_ACCOUNTS; no write
 *                                                when it is already the newest
 *   await loadDetectedAccounts()                 -> string[], repaired on read
 *   const stop = watchDetectedAccounts(list => ...)
 */
import { storage } from 'wxt/utils/storage';
import { normalizeEmail } from './settings-schema';

export const DETECTED_ACCOUNTS_KEY = 'local:candor.detectedAccounts' as const;
/** A person signs in to a few mailboxes; more than this is a shared machine, and the oldest go. */
export const MAX_DETECTED_ACCOUNTS = 8;

export const detectedAccountsItem = storage.defineItem<unknown>(DETECTED_ACCOUNTS_KEY, { fallback: [] });

/** Whatever is stored, as a list of distinct normalised addresses, newest first, bounded. */
export function repairDetectedAccounts(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const entry of raw) {
    const address = typeof entry === 'string' ? normalizeEmail(entry) : null;
    if (address && !out.includes(address)) out.push(address);
    if (out.length === MAX_DETECTED_ACCOUNTS) break;
  }
  return out;
}

/** The list with `address` first; the same array when it is already first or is not an address. */
export function withDetectedAccount(list: readonly string[], address: string): readonly string[] {
  const normal = normalizeEmail(address);
  if (!normal || list[0] === normal) return list;
  return [normal, ...list.filter((a) => a !== normal)].slice(0, MAX_DETECTED_ACCOUNTS);
}

export async function loadDetectedAccounts(): Promise<string[]> {
  return repairDetectedAccounts(await detectedAccountsItem.getValue());
}

let chain: Promise<unknown> = Promise.resolve();

/** Records an address seen on a mail page; writes are serialised within one extension context. */
export function addDetectedAccount(address: string): Promise<readonly string[]> {
  const run = chain.then(async () => {
    const current = await loadDetectedAccounts();
    const next = withDetectedAccount(current, address);
    if (next !== current) await detectedAccountsItem.setValue(next);
    return next;
  });
  chain = run.catch(() => undefined);
  return run;
}

export function watchDetectedAccounts(onChange: (list: string[]) => void): () => void {
  return detectedAccountsItem.watch((raw) => onChange(repairDetectedAccounts(raw)));
}
