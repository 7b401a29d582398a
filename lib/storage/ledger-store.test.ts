import { describe, expect, it } from 'vitest';
import { emptyLedger, MAX_THREADS, recordSentReply, recordSightings, summarize, threadKey } from '../threads/ledger';
import { completePromise, recordPromises } from '../threads/promises';
import type { Ledger, MessageEvent, PromiseEntry, ThreadRecord, ThreadSighting } from '../threads/types';
import { popupView } from '../threads/views';
import { hashedAccount, hashedAddress } from './address-hash';
import {
  CAP_HEADROOM,
  LEDGER_VERSION,
  LedgerStore,
  META_KEY,
  PRUNE_INTERVAL_MS,
  V1_KEY,
  V1_META_KEY,
  memoryArea,
  promiseStorageKey,
  threadStorageKey,
  type KeyValueArea,
  type LedgerMeta,
} from './ledger-store';
import { defaultSettings, type Settings } from './settings-schema';

const ME = 'me@freelance.dev';
const NOW = Date.parse('2026-12-01T12:00+02:00');
const HOUR = 3_600_000;
const DAY = 86_400_000;
const settings: Settings = {
  ...defaultSettings(),
  timeZone: 'UTC',
  clients: [
    { id: 'acme', name: 'Acme', addresses: ['acme.com'] },
    { id: 'anna', name: 'Anna', addresses: ['anna@studio.lv'] },
  ],
  ownAddresses: [ME],
};

const sighting = (threadId: string, from: string, at: number, account = ME): ThreadSighting => ({
  provider: 'gmail',
  account,
  threadId,
  subject: `About ${threadId}`,
  link: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
  messages: [{ from, at }],
  seenAt: at,
});

/** The area with every call recorded, and optionally failing from the n-th set or remove on. */
function spied(area: KeyValueArea = memoryArea(), failFrom: { set?: number; remove?: number } = {}) {
  const calls = { get: [] as (string[] | null)[], set: [] as string[][], remove: [] as string[][] };
  const wrapped: KeyValueArea = {
    get: (keys) => {
      calls.get.push(keys);
      return area.get(keys);
    },
    set: async (items) => {
      calls.set.push(Object.keys(items));
      if (failFrom.set !== undefined && calls.set.length >= failFrom.set) throw new Error('storage gone');
      return area.set(items);
    },
    remove: async (keys) => {
      calls.remove.push(keys);
      if (failFrom.remove !== undefined && calls.remove.length >= failFrom.remove) throw new Error('storage gone');
      return area.remove(keys);
    },
    watch: (fn) => area.watch(fn),
  };
  return { area: wrapped, calls };
}

const storeOn = (area: KeyValueArea) => new LedgerStore(area, 1);

// ---- a v1 ledger as Candor 0.1 stored it: plain addresses, keys with the plain account ----------

function v1Thread(i: number): ThreadRecord {
  const account = i % 4 === 0 ? 'u/0' : ME;
  const provider = i % 5 === 0 ? 'outlook' : 'gmail';
  const events: MessageEvent[] = [];
  const start = NOW - (i % 60) * DAY - 10 * HOUR;
  for (let k = 0; k < 1 + (i % 5); k++) events.push({ at: start + k * HOUR, by: (k + i) % 2 === 0 ? 'client' : 'user' });
  return {
    key: `${provider}|${account}|t${i}`,
    provider,
    account,
    threadId: `t${i}`,
    subject: `Subject ${i}`,
    link: `https://mail.google.com/mail/u/0/#inbox/t${i}`,
    clientAddress: i % 3 === 0 ? 'anna@studio.lv' : `person${i}@eu.acme.com`,
    events,
    firstSeenAt: start,
    lastSeenAt: Math.floor(NOW / DAY) * DAY,
    ...summarize(events),
  };
}

function v1Promise(i: number, thread: ThreadRecord): PromiseEntry {
  const madeAt = thread.firstSeenAt;
  return {
    id: `${thread.key}|${madeAt}|2026-12-0${1 + (i % 5)}|h${i}`,
    what: `I will send part ${i} by then.`,
    to: thread.clientAddress,
    due: `2026-12-0${1 + (i % 5)}`,
    ...(i % 2 ? { dueTime: '15:00' } : {}),
    madeAt,
    provider: thread.provider,
    account: thread.account,
    threadId: thread.threadId,
    threadKey: thread.key,
    subject: thread.subject,
    link: thread.link,
    ...(i % 3 === 0 ? { doneAt: NOW - HOUR } : {}),
  };
}

function v1Ledger(threads: number, promises: number): Ledger {
  const ledger = emptyLedger();
  for (let i = 0; i < threads; i++) ledger.threads[v1Thread(i).key] = v1Thread(i);
  for (let i = 0; i < promises; i++) {
    const p = v1Promise(i, v1Thread(i * 3));
    ledger.promises[p.id] = p;
  }
  return ledger;
}

/** What migration must make of a v1 ledger: each field, with addresses hashed and keys rebuilt. */
function expectMigrated(migrated: Ledger, old: Ledger) {
  expect(Object.keys(migrated.threads)).toHaveLength(Object.keys(old.threads).length);
  for (const t of Object.values(old.threads)) {
    const key = threadKey(t.provider, t.account, t.threadId);
    expect(migrated.threads[key]).toEqual({ ...t, key, account: hashedAccount(t.account), clientAddress: hashedAddress(t.clientAddress) });
  }
  expect(Object.keys(migrated.promises)).toHaveLength(Object.keys(old.promises).length);
  for (const p of Object.values(old.promises)) {
    const key = threadKey(p.provider, p.account, p.threadId);
    const id = key + p.id.slice(p.threadKey.length);
    expect(migrated.promises[id]).toEqual({ ...p, id, threadKey: key, account: hashedAccount(p.account), to: hashedAddress(p.to) });
  }
  // Nothing readable of an address is left, and the popup shows the same as before.
  expect(JSON.stringify(migrated)).not.toMatch(/freelance\.dev|acme\.com|studio\.lv/);
  const figures = (l: Ledger) => {
    const view = popupView(l, settings, NOW);
    return {
      waiting: view.waiting.map((w) => [w.threadId, w.client.id, w.waitingSince, w.status]),
      badge: view.badge,
      promised: [...view.promised.overdue, ...view.promised.dueSoon].map((p) => [p.promise.what, p.clientName, p.dueAt]),
    };
  };
  expect(figures(migrated)).toEqual(figures(old));
}

async function seedV1(area: KeyValueArea, ledger: Ledger) {
  await area.set({ [V1_KEY]: ledger, [V1_META_KEY]: { v: 1 } });
}

describe('migration from the v1 single value', () => {
  it('moves every thread, event and promise into keys of their own, then removes the old key', async () => {
    const area = memoryArea();
    const old = v1Ledger(300, 40);
    await seedV1(area, old);
    const { ledger, dropped } = await storeOn(area).load();
    expect(dropped).toBe(0);
    expectMigrated(ledger, old);
    const stored = await area.get(null);
    expect(stored[V1_KEY]).toBeUndefined();
    expect(stored[V1_META_KEY]).toBeUndefined();
    expect(stored[META_KEY]).toEqual({ v: LEDGER_VERSION, threads: 300, waiting: Object.values(old.threads).filter((t) => t.waitingSince !== null).length, promises: 40, prunedAt: 0 });
    expect(Object.keys(stored).filter((k) => k.startsWith('candor.t.'))).toHaveLength(300);
  });

  it.each([
    ['the second chunk of entries', { set: 2 }],
    ['writing the meta key', { set: 3 }],
    ['removing the old key', { remove: 1 }],
  ])('gives the same ledger when cut short at %s and run again', async (_, failFrom) => {
    const memory = memoryArea();
    const old = v1Ledger(3_000, 50);
    await seedV1(memory, old);
    const failing = spied(memory, failFrom);
    await expect(storeOn(failing.area).migrate()).rejects.toThrow('storage gone');
    expect(await memory.get([V1_KEY])).toHaveProperty(V1_KEY);
    const { ledger } = await storeOn(memory).load();
    expectMigrated(ledger, old);
    expect(await memory.get([V1_KEY])).toEqual({});
  });

  it('keeps what was recorded between a cut-short migration and its second run', async () => {
    const memory = memoryArea();
    const old = v1Ledger(10, 0);
    await seedV1(memory, old);
    await expect(storeOn(spied(memory, { remove: 1 }).area).migrate()).rejects.toThrow();
    // The client wrote again in t1 and the user answered t2 meanwhile (a v2 write, old key still there).
    await memory.set({ [V1_KEY]: old });
    const store = storeOn(memory);
    const t1 = threadKey('gmail', ME, 't1');
    const later = NOW + HOUR;
    const written = await store.update((l) => recordSightings(l, [sighting('t1', 'person1@eu.acme.com', later)], settings), { now: NOW, touched: { threads: [t1], promises: [] } });
    expect(written.threads).toBe(10);
    const { ledger } = await store.load();
    expect(ledger.threads[t1].events.map((e) => e.at)).toEqual([...old.threads[`gmail|${ME}|t1`].events.map((e) => e.at), Math.floor(later / 60_000) * 60_000]);
    expect(Object.keys(ledger.threads)).toHaveLength(10);
  });

  it('runs on the first write too, before the write', async () => {
    const area = memoryArea();
    await seedV1(area, v1Ledger(5, 2));
    const counts = await storeOn(area).update((l) => recordSightings(l, [sighting('new', 'bob@acme.com', NOW)], settings), { now: NOW, touched: { threads: [threadKey('gmail', ME, 'new')], promises: [] } });
    expect(counts.threads).toBe(6);
    expect(await area.get([V1_KEY])).toEqual({});
  });
});

describe('writing', () => {
  async function storeWith(count: number, now = NOW) {
    const memory = memoryArea();
    const store = storeOn(memory);
    const sightings = Array.from({ length: count }, (_, i) => sighting(`t${i}`, i % 2 ? 'bob@acme.com' : 'anna@studio.lv', now - (i % 50) * HOUR));
    await store.replace(recordSightings(emptyLedger(), sightings, settings));
    // Pruned just now, as the background would have: the next writes need not prune.
    const meta = (await memory.get([META_KEY]))[META_KEY] as LedgerMeta;
    await memory.set({ [META_KEY]: { ...meta, prunedAt: now } });
    return memory;
  }

  it('reads only the threads a sighting touches and writes only what changed', async () => {
    const memory = await storeWith(500);
    const { area, calls } = spied(memory);
    const key = threadKey('gmail', ME, 't7');
    const counts = await storeOn(area).update((l) => recordSentReply(l, { provider: 'gmail', account: ME, threadId: 't7', at: NOW, to: ['bob@acme.com'] }, settings), {
      now: NOW,
      touched: { threads: [key], promises: [] },
    });
    expect(calls.get).toEqual([[META_KEY, V1_KEY, threadStorageKey(key)]]);
    expect(calls.set).toEqual([[threadStorageKey(key), META_KEY]]);
    expect(counts).toEqual({ threads: 500, waiting: 499, promises: 0 });
    expect((await storeOn(memory).load()).ledger.threads[key].waitingSince).toBeNull();
  });

  it('writes nothing when a change returns the same ledger', async () => {
    const memory = await storeWith(3);
    const { area, calls } = spied(memory);
    await storeOn(area).update((l) => l, { now: NOW, touched: { threads: [threadKey('gmail', ME, 't1')], promises: [] } });
    expect(calls.set).toEqual([]);
    expect(calls.remove).toEqual([]);
  });

  it('stores messages arriving together in one write, in order, and answers each', async () => {
    const memory = await storeWith(0);
    const { area, calls } = spied(memory);
    const store = new LedgerStore(area, 20);
    const keys = ['a', 'b', 'c', 'd'].map((id) => threadKey('gmail', ME, id));
    const replies = await Promise.all([
      ...['a', 'b', 'c', 'd'].map((id, i) => store.update((l) => recordSightings(l, [sighting(id, 'bob@acme.com', NOW - HOUR)], settings), { now: NOW, touched: { threads: [keys[i]], promises: [] } })),
      // The reply to "a" comes after its sighting in the same batch.
      store.update((l) => recordSentReply(l, { provider: 'gmail', account: ME, threadId: 'a', at: NOW, to: ['bob@acme.com'] }, settings), { now: NOW, touched: { threads: [keys[0]], promises: [] } }),
    ]);
    expect(calls.set).toHaveLength(1);
    expect(replies).toEqual(Array(5).fill({ threads: 4, waiting: 3, promises: 0 }));
  });

  it('serialises batches: one arriving while another is written loses nothing', async () => {
    const memory = await storeWith(0);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: KeyValueArea = { ...memory, set: async (items) => (await gate, memory.set(items)), get: (k) => memory.get(k), remove: (k) => memory.remove(k), watch: (f) => memory.watch(f) };
    const store = new LedgerStore(slow, 1);
    const write = (id: string) => store.update((l) => recordSightings(l, [sighting(id, 'bob@acme.com', NOW)], settings), { now: NOW, touched: { threads: [threadKey('gmail', ME, id)], promises: [] } });
    const first = write('first');
    await new Promise((r) => setTimeout(r, 10));
    const second = write('second');
    await new Promise((r) => setTimeout(r, 10));
    release();
    expect(await first).toMatchObject({ threads: 1 });
    expect(await second).toMatchObject({ threads: 2 });
    expect(Object.keys((await storeOn(memory).load()).ledger.threads).sort()).toEqual([threadKey('gmail', ME, 'first'), threadKey('gmail', ME, 'second')].sort());
  });

  it('a change that throws fails alone', async () => {
    const memory = await storeWith(0);
    const store = new LedgerStore(memory, 20);
    const touched = { threads: [threadKey('gmail', ME, 'ok')], promises: [] };
    const [bad, good] = await Promise.allSettled([
      store.update(() => {
        throw new Error('bug');
      }, { now: NOW, touched }),
      store.update((l) => recordSightings(l, [sighting('ok', 'bob@acme.com', NOW)], settings), { now: NOW, touched }),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good).toEqual({ status: 'fulfilled', value: { threads: 1, waiting: 1, promises: 0 } });
  });

  it('records, completes and counts promises through their own keys', async () => {
    const memory = await storeWith(2);
    const store = storeOn(memory);
    const key = threadKey('gmail', ME, 't1');
    const sent = { provider: 'gmail' as const, account: ME, threadId: 't1', at: NOW, to: ['bob@acme.com'], commitments: [{ what: 'Draft on Friday.', due: '2026-12-04' }] };
    const afterSend = recordPromises(emptyLedger(), sent, settings);
    const [id] = Object.keys(afterSend.promises);
    expect(await store.update((l) => recordPromises(l, sent, settings), { now: NOW, touched: { threads: [key], promises: [id] } })).toMatchObject({ promises: 1 });
    // Sent again (the compose observer and the sent folder both report it): the promise stays one.
    expect(await store.update((l) => recordPromises(l, sent, settings), { now: NOW, touched: { threads: [key], promises: [id] } })).toMatchObject({ promises: 1 });
    await store.update((l) => completePromise(l, id, NOW + HOUR), { now: NOW, touched: { threads: [], promises: [id] } });
    expect((await memory.get([promiseStorageKey(id)]))[promiseStorageKey(id)]).toMatchObject({ doneAt: NOW + HOUR, to: hashedAddress('bob@acme.com') });
  });
});

describe('pruning', () => {
  const answeredDaysAgo = (id: string, days: number) =>
    recordSentReply(recordSightings(emptyLedger(), [sighting(id, 'bob@acme.com', NOW - days * DAY - HOUR)], settings), { provider: 'gmail', account: ME, threadId: id, at: NOW - days * DAY, to: ['bob@acme.com'] }, settings);

  async function seeded(prunedAt: number, retentionDays?: number) {
    const memory = memoryArea();
    const ledger = { threads: { ...answeredDaysAgo('d60', 60).threads, ...answeredDaysAgo('d120', 120).threads, ...answeredDaysAgo('d400', 400).threads }, promises: {} };
    await storeOn(memory).replace(ledger);
    const meta = (await memory.get([META_KEY]))[META_KEY] as LedgerMeta;
    await memory.set({ [META_KEY]: { ...meta, prunedAt, ...(retentionDays ? { retentionDays } : {}) } });
    return memory;
  }

  const touchNew = (store: LedgerStore, now: number, retentionDays?: number) =>
    store.update((l) => recordSightings(l, [sighting('new', 'bob@acme.com', now)], settings), { now, touched: { threads: [threadKey('gmail', ME, 'new')], promises: [] }, retentionDays });
  const kept = async (memory: KeyValueArea) => Object.values((await storeOn(memory).load()).ledger.threads).map((t) => t.threadId).sort();

  it.each([
    [30, ['new']],
    [90, ['d60', 'new']],
    [365, ['d120', 'd60', 'new']],
  ] as const)('keeps answered threads for the retention period (%i days)', async (retentionDays, expected) => {
    const memory = await seeded(NOW - 2 * PRUNE_INTERVAL_MS);
    const counts = await touchNew(storeOn(memory), NOW, retentionDays);
    expect(await kept(memory)).toEqual(expected);
    expect(counts.threads).toBe(expected.length);
    expect(((await memory.get([META_KEY]))[META_KEY] as LedgerMeta).prunedAt).toBe(NOW);
  });

  it('prunes at most once an hour, remembered in storage rather than in memory', async () => {
    const memory = await seeded(NOW - PRUNE_INTERVAL_MS / 2, 30);
    const { area, calls } = spied(memory);
    await touchNew(storeOn(area), NOW, 30);
    expect(calls.get).not.toContain(null);
    expect(await kept(memory)).toEqual(['d120', 'd400', 'd60', 'new']);
  });

  it('prunes again within the hour when the retention period changed', async () => {
    const memory = await seeded(NOW - PRUNE_INTERVAL_MS / 2, 365);
    await touchNew(storeOn(memory), NOW, 90);
    expect(await kept(memory)).toEqual(['d60', 'new']);
    expect((await memory.get([META_KEY]))[META_KEY]).toMatchObject({ prunedAt: NOW, retentionDays: 90 });
  });

  it(`keeps at most MAX_THREADS (${MAX_THREADS}) threads, the waiting ones first`, async () => {
    const memory = memoryArea();
    const store = storeOn(memory);
    const answered = Array.from({ length: MAX_THREADS }, (_, i) => sighting(`a${i}`, ME, NOW - DAY + i * 60_000));
    // Threads the user wrote in only are not client threads; give each one a client message first.
    const ledger = recordSightings(emptyLedger(), answered.map((s) => ({ ...s, messages: [{ from: 'bob@acme.com', at: s.messages[0].at - HOUR }, ...s.messages] })), settings);
    await store.replace(ledger);
    const meta = (await memory.get([META_KEY]))[META_KEY] as LedgerMeta;
    expect(meta.threads).toBe(MAX_THREADS);
    await memory.set({ [META_KEY]: { ...meta, prunedAt: NOW } });
    const counts = await touchNew(store, NOW + 60_000);
    expect(counts.threads).toBe(MAX_THREADS - CAP_HEADROOM);
    const after = (await store.load()).ledger;
    expect(Object.keys(after.threads)).toHaveLength(MAX_THREADS - CAP_HEADROOM);
    expect(after.threads[threadKey('gmail', ME, 'new')]?.waitingSince).not.toBeNull();
    // The least recently active go: a0 is the oldest answered thread.
    expect(after.threads[threadKey('gmail', ME, 'a0')]).toBeUndefined();
    expect(after.threads[threadKey('gmail', ME, `a${MAX_THREADS - 1}`)]).toBeDefined();
  });
});

describe('corrupt entries', () => {
  async function damaged() {
    const memory = memoryArea();
    const ledger = recordSightings(emptyLedger(), ['a', 'b', 'c'].map((id) => sighting(id, 'bob@acme.com', NOW - HOUR)), settings);
    const withPromise = recordPromises(ledger, { provider: 'gmail', account: ME, threadId: 'a', at: NOW, to: ['bob@acme.com'], commitments: [{ what: 'Friday.', due: '2026-12-04' }] }, settings);
    await storeOn(memory).replace(withPromise);
    return { memory, ledger: withPromise };
  }
  const keyOf = (id: string) => threadStorageKey(threadKey('gmail', ME, id));

  it.each([
    ['a string', 'x'],
    ['a thread without its fields', { provider: 'gmail' }],
    ['a thread stored under another key', null],
  ])('drops a thread that is %s and keeps every other entry', async (_, value) => {
    const { memory, ledger } = await damaged();
    const b = (await memory.get([keyOf('b')]))[keyOf('b')];
    await memory.set({ [keyOf('b')]: value ?? { ...(b as ThreadRecord), key: threadKey('gmail', ME, 'elsewhere'), threadId: 'elsewhere' } });
    const read = await storeOn(memory).load();
    expect(read.dropped).toBe(1);
    expect(read.broken).toEqual([keyOf('b')]);
    const { [threadKey('gmail', ME, 'b')]: _gone, ...others } = ledger.threads;
    expect(read.ledger).toEqual({ threads: others, promises: ledger.promises });
  });

  it('drops a broken promise alone, and repairs a thread whose summary disagrees with its events', async () => {
    const { memory, ledger } = await damaged();
    const [id] = Object.keys(ledger.promises);
    const a = ledger.threads[threadKey('gmail', ME, 'a')];
    await memory.set({ [promiseStorageKey(id)]: { what: 42 }, [keyOf('a')]: { ...a, waitingSince: null, events: [...a.events, { at: 'soon', by: 'client' }] } });
    const read = await storeOn(memory).load();
    expect(read.ledger).toEqual({ threads: ledger.threads, promises: {} });
    expect(read.dropped).toBe(1);
  });

  it.each([['missing', undefined], ['junk', 'garbage'], ['with impossible counts', { v: 2, threads: 1, waiting: 5, promises: 0 }], ['from another version', { v: 9, threads: 3, waiting: 3, promises: 1 }]])(
    'rebuilds a meta key that is %s by counting, and removes broken entries on the way',
    async (_, meta) => {
      const { memory } = await damaged();
      await memory.set({ [keyOf('c')]: 'x' });
      if (meta === undefined) await memory.remove([META_KEY]);
      else await memory.set({ [META_KEY]: meta });
      const counts = await storeOn(memory).update((l) => recordSightings(l, [sighting('d', 'bob@acme.com', NOW)], settings), { now: NOW, touched: { threads: [threadKey('gmail', ME, 'd')], promises: [] } });
      expect(counts).toEqual({ threads: 3, waiting: 3, promises: 1 });
      const stored = await memory.get(null);
      expect(stored[META_KEY]).toMatchObject({ v: LEDGER_VERSION, threads: 3, waiting: 3, promises: 1 });
      expect(stored[keyOf('c')]).toBeUndefined();
    },
  );
});

describe('watching, usage and deleting', () => {
  it('hands over the ledger after each change, patched from the changed entries', async () => {
    const memory = memoryArea();
    const store = storeOn(memory);
    const seen: Ledger[] = [];
    const stop = store.watch((l) => seen.push(l));
    await store.update((l) => recordSightings(l, [sighting('a', 'bob@acme.com', NOW)], settings), { now: NOW, touched: { threads: [threadKey('gmail', ME, 'a')], promises: [] } });
    await store.update((l) => recordSightings(l, [sighting('b', 'anna@studio.lv', NOW)], settings), { now: NOW, touched: { threads: [threadKey('gmail', ME, 'b')], promises: [] } });
    await memory.set({ [threadStorageKey(threadKey('gmail', ME, 'a'))]: 'broken' });
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(seen.map((l) => Object.keys(l.threads).length)).toEqual([1, 2, 1]);
    expect(seen[seen.length - 1]).toEqual((await store.load()).ledger);
  });

  it('reports counts and bytes, from getBytesInUse where there is one', async () => {
    for (const bytesInUse of [false, true]) {
      const memory = memoryArea({ bytesInUse });
      await memory.set({ 'candor.settings': { big: 'x'.repeat(10_000) } });
      const store = storeOn(memory);
      await store.replace(recordSightings(emptyLedger(), [sighting('a', 'bob@acme.com', NOW), sighting('b', 'bob@acme.com', NOW)], settings));
      const usage = await store.usage();
      expect(usage).toMatchObject({ threads: 2, waiting: 2, promises: 0 });
      const ledgerText = [...memory.data].filter(([k]) => k.startsWith('candor.t.') || k === META_KEY).reduce((n, [k, v]) => n + k.length + v.length, 0);
      expect(usage.bytes).toBe(ledgerText);
    }
  });

  it('deletes every entry, a v1 value included, and leaves other keys alone', async () => {
    const memory = memoryArea();
    const store = storeOn(memory);
    await store.replace(recordSightings(emptyLedger(), [sighting('a', 'bob@acme.com', NOW)], settings));
    await memory.set({ 'candor.settings': { keep: true }, [V1_KEY]: v1Ledger(2, 1) });
    await store.clear();
    expect(await memory.get(null)).toEqual({ 'candor.settings': { keep: true }, [META_KEY]: { v: LEDGER_VERSION, threads: 0, waiting: 0, promises: 0, prunedAt: 0 } });
    expect((await store.load()).ledger).toEqual(emptyLedger());
  });
});
