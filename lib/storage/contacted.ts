/**
 * Whom the user has written to before, for the expectation line (offered only in a first draft to a
 * client). Stored as `local:candor.contacted`: the hashes the ledger matches addresses by
 * (./address-hash.ts identityHash: 64 bits of SHA-256 of the lower-case address), never the addresses
 * themselves, most recently contacted last, at most MAX_CONTACTED of them.
 *
 *   await hasContacted(['anna@acme.com'])       -> [false]
 *   await rememberContacted(['anna@acme.com'])  after a Send
 *
 * The first read seeds the list once from the ledger (the clients of known threads and the
 * recipients of promises), through loadLedger() only, so a change in how the ledger stores its
 * threads does not reach in here. Every read is repaired: junk entries are dropped, not fatal.
 */
import { storage } from 'wxt/utils/storage';
import { identityHash, isHashed } from './address-hash';
import { loadLedger } from './ledger';
import type { Ledger } from '../threads/types';

export const CONTACTED_STORAGE_KEY = 'local:candor.contacted' as const;
/** Plenty for a freelancer's correspondents; the oldest go first past this. */
export const MAX_CONTACTED = 5000;

export interface ContactedState {
  /** Whether the ledger has been read into the list (once per install). */
  seeded: boolean;
  /** Address hashes (16 hex digits), oldest first, no duplicates. */
  keys: string[];
}

const DIGEST = /^[0-9a-f]{16}$/;

export const contactedItem = storage.defineItem<unknown>(CONTACTED_STORAGE_KEY, { fallback: null, version: 1, migrations: {} });

/**
 * The hash an address is kept as, the one the ledger keys clients by, so the ledger's hashed addresses
 * seed the list: the same address in any case or with spaces gives the same key.
 */
export async function addressKey(address: string): Promise<string> {
  return identityHash(address.trim().toLowerCase());
}

/** Whatever is stored, as a valid state: unknown shapes read as an empty, unseeded list. */
export function repairContacted(raw: unknown): ContactedState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { seeded: false, keys: [] };
  const record = raw as Record<string, unknown>;
  const keys: string[] = [];
  const seen = new Set<string>();
  if (Array.isArray(record.keys)) {
    // Later entries are the more recent: a duplicate keeps its last place.
    for (let i = record.keys.length - 1; i >= 0; i--) {
      const key = record.keys[i];
      if (typeof key !== 'string' || !DIGEST.test(key) || seen.has(key)) continue;
      seen.add(key);
      keys.push(key);
    }
    keys.reverse();
  }
  return { seeded: record.seeded === true, keys: keys.slice(-MAX_CONTACTED) };
}

/** `state` with `keys` added as the most recent; the same object when nothing changes. */
export function withContacted(state: ContactedState, keys: readonly string[], seeded = state.seeded): ContactedState {
  const fresh = [...new Set(keys.filter((k) => DIGEST.test(k)))];
  const tail = state.keys.slice(-fresh.length);
  const alreadyLast = fresh.length === 0 || (tail.length === fresh.length && fresh.every((k, i) => tail[i] === k));
  if (seeded === state.seeded && alreadyLast) return state;
  const incoming = new Set(fresh);
  return { seeded, keys: [...state.keys.filter((k) => !incoming.has(k)), ...fresh].slice(-MAX_CONTACTED) };
}

/**
 * Addresses the ledger shows the user in touch with. The ledger keeps them hashed (its first part is
 * the address's own hash); a plain address from an older ledger is hashed here.
 */
export async function ledgerKeys(ledger: Ledger): Promise<string[]> {
  const values = [...Object.values(ledger.threads).map((t) => t.clientAddress), ...Object.values(ledger.promises).map((p) => p.to)];
  const keys: string[] = [];
  for (const value of new Set(values)) {
    if (typeof value !== 'string') continue;
    if (isHashed(value)) keys.push(identityHash(value));
    else if (value.includes('@')) keys.push(await addressKey(value));
  }
  return keys;
}

let chain: Promise<unknown> = Promise.resolve();

/** Serialised read-modify-write within this context; seeds from the ledger on the first read. */
function update(change: (state: ContactedState) => Promise<ContactedState> | ContactedState): Promise<ContactedState> {
  const run = chain.then(async () => {
    const stored = await contactedItem.getValue();
    let state = repairContacted(stored);
    if (!state.seeded) {
      let seed: string[] = [];
      try {
        seed = await ledgerKeys(await loadLedger());
      } catch {
        /* no ledger to read: the list starts empty */
      }
      state = withContacted({ seeded: true, keys: [] }, [...seed, ...state.keys], true);
    }
    const next = await change(state);
    // A first read (seeded just now) or a repaired value is written back, so both happen once.
    if (JSON.stringify(stored) !== JSON.stringify(next)) {
      await contactedItem.setValue(next);
    }
    return next;
  });
  chain = run.catch(() => undefined);
  return run;
}

export async function loadContacted(): Promise<ContactedState> {
  return update((s) => s);
}

/** For each address, whether the user has written to it before. */
export async function hasContacted(addresses: readonly string[]): Promise<boolean[]> {
  const state = await loadContacted();
  const known = new Set(state.keys);
  return Promise.all(addresses.map(async (a) => known.has(await addressKey(a))));
}

export async function rememberContacted(addresses: readonly string[]): Promise<void> {
  const keys = await Promise.all(addresses.filter((a) => a.includes('@')).map(addressKey));
  await update((s) => withContacted(s, keys));
}
