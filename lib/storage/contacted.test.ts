import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyLedger, recordSightings } from '../threads/ledger';
import { defaultSettings, type Settings } from './settings-schema';
import type { Ledger, PromiseEntry, ThreadRecord } from '../threads/types';
import { MAX_CONTACTED, addressKey, contactedItem, hasContacted, ledgerKeys, loadContacted, rememberContacted, repairContacted, withContacted } from './contacted';
import { updateLedger } from './ledger';
import { hashParts, hashedAddress } from './address-hash';

beforeEach(() => {
  fakeBrowser.reset();
});

const hex = (n: number) => n.toString(16).padStart(16, '0');

describe('addressKey', () => {
  it('is the hash the ledger matches the address by, whatever its case and spaces', async () => {
    const expected = await addressKey('anna@acme.com');
    expect(expected).toMatch(/^[0-9a-f]{16}$/);
    expect(await addressKey('  Anna@ACME.com ')).toBe(expected);
    expect(await addressKey('bob@acme.com')).not.toBe(expected);
    // The first part of the ledger's hashed address: a ledger thread seeds the list.
    expect(hashParts(hashedAddress('anna@acme.com'))[0]).toBe(expected);
  });
});

describe('repairContacted', () => {
  it.each([
    ['nothing stored', null, { seeded: false, keys: [] }],
    ['a list instead of an object', [hex(1)], { seeded: false, keys: [] }],
    ['junk entries dropped, order kept', { seeded: true, keys: [hex(1), 'anna@acme.com', 7, hex(2)] }, { seeded: true, keys: [hex(1), hex(2)] }],
    ['a duplicate keeps its latest place', { seeded: true, keys: [hex(1), hex(2), hex(1)] }, { seeded: true, keys: [hex(2), hex(1)] }],
    ['seeded only when exactly true', { seeded: 'yes', keys: [] }, { seeded: false, keys: [] }],
  ])('%s', (_name, raw, expected) => {
    expect(repairContacted(raw)).toEqual(expected);
  });

  it('keeps only the most recent MAX_CONTACTED', () => {
    const keys = Array.from({ length: MAX_CONTACTED + 3 }, (_, i) => hex(i));
    const repaired = repairContacted({ seeded: true, keys });
    expect(repaired.keys).toHaveLength(MAX_CONTACTED);
    expect(repaired.keys[0]).toBe(hex(3));
  });
});

describe('withContacted', () => {
  const state = { seeded: true, keys: [hex(1), hex(2), hex(3)] };
  it.each([
    ['a new key goes last', [hex(4)], [hex(1), hex(2), hex(3), hex(4)]],
    ['a known key moves last', [hex(1)], [hex(2), hex(3), hex(1)]],
    ['invalid keys are ignored', ['x', hex(5)], [hex(1), hex(2), hex(3), hex(5)]],
  ])('%s', (_name, keys, expected) => {
    expect(withContacted(state, keys).keys).toEqual(expected);
  });

  it('returns the same object when nothing changes', () => {
    expect(withContacted(state, [])).toBe(state);
    expect(withContacted(state, [hex(3)])).toBe(state);
    expect(withContacted(state, [hex(2), hex(3)])).toBe(state);
  });
});

function ledgerWith(clients: string[], promisedTo: string[]): Ledger {
  const ledger = emptyLedger();
  clients.forEach((clientAddress, i) => {
    ledger.threads[`t${i}`] = { key: `t${i}`, clientAddress } as ThreadRecord;
  });
  promisedTo.forEach((to, i) => {
    ledger.promises[`p${i}`] = { id: `p${i}`, to } as PromiseEntry;
  });
  return ledger;
}

describe('ledgerKeys', () => {
  it('takes the ledger\'s hashed addresses and hashes plain ones from an older ledger, skipping the rest', async () => {
    const keys = await ledgerKeys(ledgerWith([hashedAddress('anna@acme.com'), 'carl@gamma.lv', 'not an address'], [hashedAddress('bob@beta.io'), 'anna@acme.com']));
    expect([...new Set(keys)].sort()).toEqual([await addressKey('anna@acme.com'), await addressKey('bob@beta.io'), await addressKey('carl@gamma.lv')].sort());
  });
});

describe('contacted storage', () => {
  it('seeds once from the ledger and writes the seeded list back', async () => {
    const settings: Settings = { ...defaultSettings(), clients: [{ id: 'acme', name: 'Acme', addresses: ['acme.com'] }], ownAddresses: ['me@freelance.dev'] };
    const NOW = Date.parse('2026-12-01T12:00+02:00');
    await updateLedger((l) => recordSightings(l, [{ provider: 'gmail', account: 'me@freelance.dev', threadId: 't1', subject: 'Logo', messages: [{ from: 'bob@acme.com', at: NOW - 3_600_000 }], seenAt: NOW }], settings), NOW);
    expect(await hasContacted(['bob@acme.com', 'eve@acme.com'])).toEqual([true, false]);
    expect(await contactedItem.getValue()).toEqual({ seeded: true, keys: [await addressKey('bob@acme.com')] });
    // A thread the ledger learns of later is not read again: sends keep the list from then on.
    await updateLedger((l) => recordSightings(l, [{ provider: 'gmail', account: 'me@freelance.dev', threadId: 't2', subject: 'Site', messages: [{ from: 'eve@acme.com', at: NOW }], seenAt: NOW }], settings), NOW);
    expect(await hasContacted(['eve@acme.com'])).toEqual([false]);
  });

  it('answers per address and remembers a send', async () => {
    expect(await hasContacted(['anna@acme.com', 'bob@beta.io'])).toEqual([false, false]);
    await rememberContacted(['Anna@Acme.com', 'not-an-address']);
    expect(await hasContacted(['anna@acme.com', 'bob@beta.io'])).toEqual([true, false]);
    const raw = JSON.stringify(await contactedItem.getValue());
    expect(raw).not.toContain('anna');
  });

  it('keeps every send when several arrive at once', async () => {
    await Promise.all(['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io'].map((a) => rememberContacted([a])));
    expect(await hasContacted(['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io'])).toEqual([true, true, true, true]);
  });

  it('does not seed again once seeded', async () => {
    await contactedItem.setValue({ seeded: true, keys: [hex(1)] });
    expect(await loadContacted()).toEqual({ seeded: true, keys: [hex(1)] });
  });

  it('repairs a damaged value on read', async () => {
    await contactedItem.setValue({ seeded: true, keys: ['junk', hex(2)] });
    expect(await loadContacted()).toEqual({ seeded: true, keys: [hex(2)] });
    expect(await contactedItem.getValue()).toEqual({ seeded: true, keys: [hex(2)] });
  });
});
