import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyLedger, recordSentReply, recordSightings } from '../threads/ledger';
import type { ThreadSighting } from '../threads/types';
import { LEDGER_VERSION, PRUNE_INTERVAL_MS, ledgerItem, loadLedger, repairLedger, updateLedger, watchLedger } from './ledger';
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
  it('starts empty and stores its schema version', async () => {
    expect(await loadLedger()).toEqual(emptyLedger());
    await updateLedger((l) => recordSightings(l, [sighting('t1', NOW - DAY)], settings), NOW);
    expect((await ledgerItem.getMeta()) as unknown).toEqual({ v: LEDGER_VERSION });
    expect(Object.keys((await loadLedger()).threads)).toEqual(['gmail|me@freelance.dev|t1']);
  });

  it('serialises concurrent updates so none is lost', async () => {
    await Promise.all(Array.from({ length: 5 }, (_, i) => updateLedger((l) => recordSightings(l, [sighting(`t${i}`, NOW - i * 60_000)], settings), NOW)));
    expect(Object.keys((await loadLedger()).threads)).toHaveLength(5);
  });

  it('prunes on write, at most once an hour', async () => {
    const answeredLongAgo = (id: string) =>
      recordSentReply(recordSightings(emptyLedger(), [sighting(id, NOW - 120 * DAY)], settings), { provider: 'gmail', account: 'me@freelance.dev', threadId: id, at: NOW - 119 * DAY, to: ['bob@acme.com'] }, settings);
    const later = NOW + 10 * DAY;
    await fakeBrowser.storage.local.set({ [RAW_KEY]: answeredLongAgo('old') });
    await updateLedger((l) => recordSightings(l, [sighting('new', later)], settings), later);
    expect(Object.keys((await loadLedger()).threads)).toEqual(['gmail|me@freelance.dev|new']);
    await updateLedger((l) => ({ ...l, threads: { ...l.threads, ...answeredLongAgo('old2').threads } }), later + PRUNE_INTERVAL_MS / 2);
    expect(Object.keys((await loadLedger()).threads)).toHaveLength(2);
    await updateLedger((l) => recordSightings(l, [sighting('newer', later + PRUNE_INTERVAL_MS)], settings), later + PRUNE_INTERVAL_MS);
    expect(Object.keys((await loadLedger()).threads).sort()).toEqual(['gmail|me@freelance.dev|new', 'gmail|me@freelance.dev|newer']);
  });

  it('a change that returns the same ledger writes nothing', async () => {
    let writes = 0;
    const stop = watchLedger(() => writes++);
    await updateLedger((l) => l, NOW);
    stop();
    expect(writes).toBe(0);
  });
});

describe('recovery from corrupt ledger data', () => {
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
    const key = 'gmail|me@freelance.dev|a';
    stored.threads[key].extra = 'from a future version';
    const { ledger } = repairLedger(stored);
    expect(ledger.threads['gmail|me@freelance.dev|b']).toBe(stored.threads['gmail|me@freelance.dev|b']);
    expect(ledger.threads[key]).not.toBe(stored.threads[key]);
    expect(ledger).toEqual(good);
  });

  it('recomputes derived fields from events and drops bad events', () => {
    const key = 'gmail|me@freelance.dev|a';
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
