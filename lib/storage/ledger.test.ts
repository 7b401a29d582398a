import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyLedger, recordSightings, threadKey } from '../threads/ledger';
import type { ThreadSighting } from '../threads/types';
import { hashedAddress } from './address-hash';
import { LEDGER_VERSION, clearLedger, exportLedgerJson, ledgerUsage, loadLedger, repairLedger, saveLedger, updateLedger, watchLedger } from './ledger';
import { META_KEY, threadStorageKey } from './ledger-store';
import { defaultSettings, type Settings } from './settings-schema';

const RAW_KEY = 'candor.ledger';
const settings: Settings = { ...defaultSettings(), clients: [{ id: 'acme', name: 'Acme', addresses: ['acme.com'] }], ownAddresses: ['me@freelance.dev'] };
const NOW = Date.parse('2026-12-01T12:00+02:00');
const DAY = 86_400_000;

const sighting = (threadId: string, at: number): ThreadSighting => ({
  provider: 'gmail',
  account: 'me@freelance.dev',
  threadId,
  subject: threadId,
  messages: [{ from: 'bob@acme.com', at }],
  seenAt: at,
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('ledger storage', () => {
  const keyOf = (id: string) => threadKey('gmail', 'me@freelance.dev', id);

  it('starts empty and stores one key per thread with a v2 meta key', async () => {
    expect(await loadLedger()).toEqual(emptyLedger());
    await updateLedger((l) => recordSightings(l, [sighting('t1', NOW - DAY)], settings), NOW, { touched: { threads: [keyOf('t1')], promises: [] } });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual([META_KEY, threadStorageKey(keyOf('t1'))]);
    expect(stored[META_KEY]).toMatchObject({ v: LEDGER_VERSION, threads: 1, waiting: 1, promises: 0 });
    expect(Object.keys((await loadLedger()).threads)).toEqual([keyOf('t1')]);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const counts = await Promise.all(Array.from({ length: 5 }, (_, i) => updateLedger((l) => recordSightings(l, [sighting(`t${i}`, NOW - i * 60_000)], settings), NOW, { touched: { threads: [keyOf(`t${i}`)], promises: [] } })));
    expect(counts[4]).toEqual({ threads: 5, waiting: 5, promises: 0 });
    expect(Object.keys((await loadLedger()).threads)).toHaveLength(5);
  });

  it('migrates the v1 value @wxt-dev/storage kept under local:candor.ledger', async () => {
    const v1 = { threads: { 'gmail|me@freelance.dev|old': { ...recordSightings(emptyLedger(), [sighting('old', NOW - DAY)], settings).threads[keyOf('old')], key: 'gmail|me@freelance.dev|old', account: 'me@freelance.dev', clientAddress: 'bob@acme.com' } }, promises: {} };
    await fakeBrowser.storage.local.set({ [RAW_KEY]: v1, [`${RAW_KEY}$`]: { v: 1 } });
    const ledger = await loadLedger();
    expect(ledger.threads[keyOf('old')]).toMatchObject({ subject: 'old', clientAddress: hashedAddress('bob@acme.com'), waitingSince: NOW - DAY });
    expect(await fakeBrowser.storage.local.get([RAW_KEY, `${RAW_KEY}$`])).toEqual({ [RAW_KEY]: undefined, [`${RAW_KEY}$`]: undefined });
  });

  it('saveLedger stores exactly the ledger given; clearLedger empties it', async () => {
    const two = recordSightings(emptyLedger(), [sighting('a', NOW - DAY), sighting('b', NOW - DAY)], settings);
    await saveLedger(two);
    expect(await loadLedger()).toEqual(two);
    const one = { ...two, threads: { [keyOf('a')]: two.threads[keyOf('a')] } };
    await saveLedger(one);
    expect(await loadLedger()).toEqual(one);
    expect(await ledgerUsage()).toMatchObject({ threads: 1, waiting: 1, promises: 0 });
    await clearLedger();
    expect(await loadLedger()).toEqual(emptyLedger());
  });

  it('a change that returns the same ledger writes nothing', async () => {
    await saveLedger(recordSightings(emptyLedger(), [sighting('a', NOW - DAY)], settings));
    let writes = 0;
    const stop = watchLedger(() => writes++);
    await updateLedger((l) => l, NOW, { touched: { threads: [keyOf('a')], promises: [] } });
    stop();
    expect(writes).toBe(0);
  });

  it('exports every thread and promise as JSON, addresses hashed', () => {
    const ledger = recordSightings(emptyLedger(), [sighting('a', NOW - DAY)], settings);
    const file = JSON.parse(exportLedgerJson(ledger, new Date(NOW)));
    expect(file).toEqual({ format: 'candor-ledger', version: LEDGER_VERSION, exportedAt: new Date(NOW).toISOString(), threads: [ledger.threads[keyOf('a')]], promises: [] });
    expect(JSON.stringify(file)).not.toContain('acme.com');
  });
});

describe('recovery from a corrupt v1 value (read by the migration)', () => {
  const good = recordSightings(emptyLedger(), [sighting('a', NOW - DAY), sighting('b', NOW - 2 * DAY)], settings);

  it('drops a broken thread and keeps the rest', async () => {
    const damaged = { ...good, threads: { ...good.threads, junk: 'x', half: { provider: 'gmail', account: 'me', threadId: 'h' } } };
    await fakeBrowser.storage.local.set({ [RAW_KEY]: damaged });
    const ledger = await loadLedger();
    expect(ledger).toEqual(good);
    expect(repairLedger(damaged).dropped).toBe(2);
  });

  it('keeps intact threads as they are and rebuilds only damaged ones', () => {
    const stored = JSON.parse(JSON.stringify(good));
    const key = threadKey('gmail', 'me@freelance.dev', 'a');
    stored.threads[key].extra = 'from a future version';
    const { ledger } = repairLedger(stored);
    expect(ledger.threads[threadKey('gmail', 'me@freelance.dev', 'b')]).toBe(stored.threads[threadKey('gmail', 'me@freelance.dev', 'b')]);
    expect(ledger.threads[key]).not.toBe(stored.threads[key]);
    expect(ledger).toEqual(good);
  });

  it('recomputes derived fields from events and drops bad events', () => {
    const key = threadKey('gmail', 'me@freelance.dev', 'a');
    const t = good.threads[key];
    const tampered = { ...good, threads: { ...good.threads, [key]: { ...t, waitingSince: null, userLastAt: 5, events: [...t.events, { at: 'soon', by: 'client' }, { at: t.events[0].at, by: 'client' }] } } };
    expect(repairLedger(tampered).ledger).toEqual(good);
  });

  it('survives junk JSON, wrong types and broken promises', () => {
    expect(repairLedger('{"threads": [').ledger).toEqual(emptyLedger());
    expect(repairLedger(42).ledger).toEqual(emptyLedger());
    const withPromises = { ...good, promises: { bad: { what: 'x', due: 'Friday' } } };
    expect(repairLedger(withPromises)).toEqual({ ledger: good, dropped: 1 });
    expect(repairLedger(JSON.stringify(good)).ledger).toEqual(good);
  });
});
