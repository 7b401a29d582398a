/**
 * The client-thread ledger in a key-value storage area (storage.local in the extension, an in-memory
 * stand-in in tests and benchmarks), schema v2: one key per thread and per promise plus a small meta
 * key, so recording a sighting reads and writes only the threads it touches.
 *
 *   candor.meta                { v: 2, threads, waiting, promises, prunedAt, retentionDays }   kept by the writer
 *   candor.t.<thread key>      ThreadRecord   (the key's account part is a hash, ./address-hash.ts)
 *   candor.p.<promise id>      PromiseEntry
 *
 *   const store = new LedgerStore(area)
 *   await store.load()                          -> { ledger, dropped, broken }   one area.get for everything
 *   await store.update(change, { now, touched, retentionDays })   -> counts after the write
 *   store.watch(ledger => ...)                  the ledger after every change, patched from the changes
 *   await store.replace(ledger) / store.clear() / store.usage()
 *
 * Writing. update() queues the change; changes that arrive within `batchMs` of each other are applied
 * one after another to the same read and stored with one area.set, and batches run strictly one after
 * another, so two messages never lose each other's update. A change that names the keys it reads
 * (`touched`) gets only those read; without them, everything is read. Counts in the meta key are
 * updated from the difference, so the reply to a sighting needs no full read either. Once an hour
 * (persisted in meta: a service worker forgets its memory within a minute), whenever the count passes
 * MAX_THREADS, and on the first write after the user changed the retention period, a batch reads
 * everything and prunes with that period.
 *
 * Several writers in different contexts are not serialised with each other: make the background the
 * only writer (content scripts and the popup send it messages); "Delete everything" in the options page
 * is the one exception, and a batch the background is writing at that very moment can put back the few
 * threads it touched.
 *
 * Reading repairs entry by entry: a broken thread or promise is left out (and removed by the next
 * write that reads it), a broken or missing meta key is rebuilt by counting. The v1 single value
 * (`candor.ledger`) is migrated on the first read or write that finds it: entries are merged into
 * whatever v2 entries exist, so a migration cut short and run again gives the same result, and the old
 * key goes only after everything is written.
 */
import { MAX_THREADS, emptyLedger, mergeLedgers, normalizeClientAddress, pruneLedger, threadKey } from '../threads/ledger';
import { promiseId } from '../threads/promises';
import type { Ledger, PromiseEntry, ThreadRecord } from '../threads/types';
import { hashedAccount } from './address-hash';
import { repairLedger, repairPromise, repairThread } from './ledger-repair';

export const LEDGER_VERSION = 2;
export const META_KEY = 'candor.meta';
export const THREAD_PREFIX = 'candor.t.';
export const PROMISE_PREFIX = 'candor.p.';
/** Where @wxt-dev/storage kept the v1 ledger (`local:candor.ledger`) and its version. */
export const V1_KEY = 'candor.ledger';
export const V1_META_KEY = 'candor.ledger$';
/** Pruning reads every thread; once an hour keeps storage bounded without paying that on every write. */
export const PRUNE_INTERVAL_MS = 3_600_000;
/** Sightings from several tabs and rows arrive in bursts: this close together, they share one write. */
export const BATCH_MS = 25;
/** Pruning at the cap goes this far below it, so the next few new threads do not each prune again. */
export const CAP_HEADROOM = 100;
/** Keys per area.set while migrating, so a migration cut short leaves part written (and is resumed). */
const MIGRATION_CHUNK = 2_000;

/** The part of storage.local the ledger uses; values come back as copies, as from the browser. */
export interface KeyValueArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** storage.local.getBytesInUse, where the browser has it (Firefox does not). */
  getBytesInUse?(keys: string[] | null): Promise<number>;
  /** Calls back with changed keys: newValue undefined or null when removed. Returns a stop function. */
  watch(onChange: (changes: Record<string, { newValue?: unknown }>) => void): () => void;
}

export interface LedgerMeta {
  v: typeof LEDGER_VERSION;
  threads: number;
  waiting: number;
  promises: number;
  /** When the ledger was last pruned; 0 for never. */
  prunedAt: number;
  /** The retention period that pruning used: a different one prunes again without waiting for the hour. */
  retentionDays?: number;
}

export interface LedgerCounts {
  threads: number;
  waiting: number;
  promises: number;
}

/** Which entries a change reads; the store reads those (and no others) before applying it. */
export interface Touched {
  threads: readonly string[];
  promises: readonly string[];
}

export interface UpdateOptions {
  now?: number;
  /** Omitted: the change may read anything, so everything is read. */
  touched?: Touched;
  /** Pruning's retention period (settings.retentionDays). */
  retentionDays?: number;
  /** false: store the result as it is, even when pruning is due. */
  prune?: boolean;
}

export interface LoadResult {
  ledger: Ledger;
  /** Entries that could not be read. */
  dropped: number;
  /** Their storage keys. */
  broken: string[];
}

export const threadStorageKey = (key: string) => THREAD_PREFIX + key;
export const promiseStorageKey = (id: string) => PROMISE_PREFIX + id;

export function isLedgerStorageKey(key: string): boolean {
  return key.startsWith(THREAD_PREFIX) || key.startsWith(PROMISE_PREFIX) || key === META_KEY || key === V1_KEY || key === V1_META_KEY;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Meta as stored, or null when it is missing, broken or from another version (then it is rebuilt). */
export function readMeta(raw: unknown): LedgerMeta | null {
  if (!isRecord(raw) || raw.v !== LEDGER_VERSION || !isCount(raw.threads) || !isCount(raw.waiting) || !isCount(raw.promises) || raw.waiting > raw.threads) return null;
  const prunedAt = typeof raw.prunedAt === 'number' && Number.isFinite(raw.prunedAt) ? raw.prunedAt : 0;
  const retentionDays = isCount(raw.retentionDays) ? { retentionDays: raw.retentionDays } : {};
  return { v: LEDGER_VERSION, threads: raw.threads, waiting: raw.waiting, promises: raw.promises, prunedAt, ...retentionDays };
}

export function countLedger(ledger: Ledger): LedgerCounts {
  let threads = 0;
  let waiting = 0;
  for (const t of Object.values(ledger.threads)) {
    threads++;
    if (t.waitingSince !== null) waiting++;
  }
  return { threads, waiting, promises: Object.keys(ledger.promises).length };
}

/** A stored thread, repaired; null when it is broken or its fields name another thread than its key. */
function readThread(key: string, raw: unknown): ThreadRecord | null {
  const thread = repairThread(key, raw);
  if (!thread) return null;
  // Stored accounts are hashed already, so the plain join is the key; threadKey() only for anything else.
  const joined = `${thread.provider}|${thread.account}|${thread.threadId}`;
  return joined === key || threadKey(thread.provider, thread.account, thread.threadId) === key ? thread : null;
}

/**
 * The entries among `stored` (raw area contents) as a Ledger, each repaired on its own. A thread is
 * valid only under its own key: one found elsewhere could never be updated in place.
 */
export function assembleLedger(stored: Record<string, unknown>): LoadResult {
  const ledger = emptyLedger();
  const broken: string[] = [];
  for (const [storageKey, raw] of Object.entries(stored)) {
    if (raw === undefined || raw === null) continue;
    if (storageKey.startsWith(THREAD_PREFIX)) {
      const key = storageKey.slice(THREAD_PREFIX.length);
      const thread = readThread(key, raw);
      if (thread) ledger.threads[key] = thread;
      else broken.push(storageKey);
    } else if (storageKey.startsWith(PROMISE_PREFIX)) {
      const id = storageKey.slice(PROMISE_PREFIX.length);
      const promise = repairPromise(id, raw);
      if (promise) ledger.promises[id] = promise;
      else broken.push(storageKey);
    }
  }
  return { ledger, dropped: broken.length, broken };
}

/**
 * A v1 ledger in today's form: addresses and accounts hashed, thread keys and promise ids rebuilt
 * around the hashed account. Records already in today's form come back equal, so this can run twice.
 */
export function convertV1Ledger(old: Ledger): Ledger {
  const threads: Record<string, ThreadRecord> = {};
  for (const t of Object.values(old.threads)) {
    const key = threadKey(t.provider, t.account, t.threadId);
    const converted: ThreadRecord = { ...t, key, account: hashedAccount(t.account), clientAddress: normalizeClientAddress(t.clientAddress) };
    // Two old keys can only meet here if they differed in an account's case: their union is the thread.
    const other = threads[key];
    threads[key] = other ? mergeLedgers({ threads: { [key]: other }, promises: {} }, { threads: { [key]: converted }, promises: {} }).threads[key] : converted;
  }
  const promises: Record<string, PromiseEntry> = {};
  for (const p of Object.values(old.promises)) {
    const key = threadKey(p.provider, p.account, p.threadId);
    // Old ids begin with the old thread key (plain account): keep the rest, so the id stays the same promise.
    const id = p.id.startsWith(`${p.threadKey}|`) ? key + p.id.slice(p.threadKey.length) : promiseId(key, p.madeAt, p);
    const converted: PromiseEntry = { ...p, id, threadKey: key, account: hashedAccount(p.account), to: normalizeClientAddress(p.to) };
    const other = promises[id];
    promises[id] = other ? mergeLedgers({ threads: {}, promises: { [id]: other } }, { threads: {}, promises: { [id]: converted } }).promises[id] : converted;
  }
  return { threads, promises };
}

interface Job {
  change: (current: Ledger) => Ledger;
  options: UpdateOptions;
  resolve: (counts: LedgerCounts) => void;
  reject: (error: unknown) => void;
}

interface Diff {
  set: Record<string, unknown>;
  remove: string[];
}

/** What to write to turn `before` into `after`; records shared by both (the ledger functions share unchanged ones) are skipped. */
function diffLedgers(before: Ledger, after: Ledger, diff: Diff = { set: {}, remove: [] }): Diff {
  for (const [key, t] of Object.entries(after.threads)) if (before.threads[key] !== t) diff.set[threadStorageKey(key)] = t;
  for (const key of Object.keys(before.threads)) if (!(key in after.threads)) diff.remove.push(threadStorageKey(key));
  for (const [id, p] of Object.entries(after.promises)) if (before.promises[id] !== p) diff.set[promiseStorageKey(id)] = p;
  for (const id of Object.keys(before.promises)) if (!(id in after.promises)) diff.remove.push(promiseStorageKey(id));
  return diff;
}

function withDiff(base: Ledger, before: Ledger, after: Ledger): Ledger {
  const threads = { ...base.threads };
  const promises = { ...base.promises };
  for (const key of Object.keys(before.threads)) if (!(key in after.threads)) delete threads[key];
  for (const id of Object.keys(before.promises)) if (!(id in after.promises)) delete promises[id];
  for (const [key, t] of Object.entries(after.threads)) if (before.threads[key] !== t) threads[key] = t;
  for (const [id, p] of Object.entries(after.promises)) if (before.promises[id] !== p) promises[id] = p;
  return { threads, promises };
}

export class LedgerStore {
  private pending: Job[] = [];
  private timer: ReturnType<typeof setTimeout> | true | null = null;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: KeyValueArea,
    private readonly batchMs: number = BATCH_MS,
  ) {}

  /** Everything stored, in one read (after migrating a v1 value, if one is there). */
  async load(): Promise<LoadResult> {
    const all = await this.area.get(null);
    if (all[V1_KEY] !== undefined && all[V1_KEY] !== null) {
      await this.migrate();
      return assembleLedger(await this.area.get(null));
    }
    return assembleLedger(all);
  }

  /**
   * Moves a v1 ledger into v2 keys. Safe to run again at any point, or from two contexts at once: it
   * merges into what is stored, and removes the old key last.
   */
  async migrate(): Promise<boolean> {
    const all = await this.area.get(null);
    const old = all[V1_KEY];
    if (old === undefined || old === null) {
      if (all[V1_META_KEY] !== undefined && all[V1_META_KEY] !== null) await this.area.remove([V1_META_KEY]);
      return false;
    }
    const stored = assembleLedger(all);
    const merged = mergeLedgers(stored.ledger, convertV1Ledger(repairLedger(old).ledger));
    const { set } = diffLedgers(stored.ledger, merged);
    const entries = Object.entries(set);
    for (let i = 0; i < entries.length; i += MIGRATION_CHUNK) await this.area.set(Object.fromEntries(entries.slice(i, i + MIGRATION_CHUNK)));
    const meta: LedgerMeta = { v: LEDGER_VERSION, ...countLedger(merged), prunedAt: readMeta(all[META_KEY])?.prunedAt ?? 0 };
    await this.area.set({ [META_KEY]: meta });
    await this.area.remove([V1_KEY, V1_META_KEY, ...stored.broken]);
    return true;
  }

  /** Queues a change; it is stored with whatever else arrives within batchMs, and the counts after that write come back. */
  update(change: (current: Ledger) => Ledger, options: UpdateOptions = {}): Promise<LedgerCounts> {
    return new Promise<LedgerCounts>((resolve, reject) => {
      this.pending.push({ change, options, resolve, reject });
      if (this.timer !== null) return;
      // 0: batch what arrives in the same turn only (benchmarks measure the write, not the wait).
      if (this.batchMs <= 0) {
        this.timer = true;
        queueMicrotask(() => this.startBatch());
      } else this.timer = setTimeout(() => this.startBatch(), this.batchMs);
    });
  }

  /** Stores exactly this ledger (what is not in it is removed). */
  replace(ledger: Ledger): Promise<LedgerCounts> {
    return this.update(() => ledger, { prune: false });
  }

  /** Removes every thread and promise (and a v1 value, if any). */
  async clear(): Promise<void> {
    await this.update(() => emptyLedger(), { prune: false });
    await this.area.remove([V1_KEY, V1_META_KEY]);
  }

  /** Counts and bytes used by the ledger's keys (getBytesInUse where the browser has it, else the JSON size). */
  async usage(): Promise<LedgerCounts & { bytes: number }> {
    const all = await this.area.get(null);
    const keys = Object.keys(all).filter(isLedgerStorageKey);
    const { ledger } = assembleLedger(all);
    let bytes: number;
    if (this.area.getBytesInUse) bytes = await this.area.getBytesInUse(keys);
    else bytes = keys.reduce((n, key) => n + new TextEncoder().encode(key + JSON.stringify(all[key])).length, 0);
    return { ...countLedger(ledger), bytes };
  }

  /**
   * Calls back with the ledger after each change to its keys. The first change reads everything; later
   * ones patch that copy from the changed entries alone (patching is by value, so a change already
   * seen by the read is harmless).
   */
  watch(onChange: (ledger: Ledger) => void): () => void {
    let current: Ledger | null = null;
    let queue: Promise<void> = Promise.resolve();
    return this.area.watch((changes) => {
      const keys = Object.keys(changes).filter((k) => k.startsWith(THREAD_PREFIX) || k.startsWith(PROMISE_PREFIX) || k === V1_KEY);
      if (keys.length === 0) return;
      queue = queue
        .then(async () => {
          const v1Written = changes[V1_KEY]?.newValue !== undefined && changes[V1_KEY]?.newValue !== null;
          if (!current || v1Written) current = (await this.load()).ledger;
          else current = patchLedger(current, changes);
          onChange(current);
        })
        .catch((error) => console.warn('Candor: could not read the ledger', error));
    });
  }

  private startBatch(): void {
    this.timer = null;
    const jobs = this.pending.splice(0);
    this.chain = this.chain.then(() => this.runBatch(jobs)).catch(() => undefined);
  }

  private async runBatch(jobs: Job[]): Promise<void> {
    // A change that throws fails its own update; the others in the batch are still stored.
    const failed = new Set<Job>();
    try {
      const counts = await this.writeBatch(jobs, failed);
      for (const job of jobs) if (!failed.has(job)) job.resolve(counts);
    } catch (error) {
      for (const job of jobs) job.reject(error);
    }
  }

  private async writeBatch(jobs: Job[], failed: Set<Job>): Promise<LedgerCounts> {
    const now = Math.max(...jobs.map((j) => j.options.now ?? Date.now()));
    const retentionDays = jobs[jobs.length - 1].options.retentionDays;
    const mayPrune = jobs.every((j) => j.options.prune !== false);
    let full = jobs.some((j) => !j.options.touched);
    let stored: Record<string, unknown>;
    if (full) stored = await this.area.get(null);
    else {
      const keys = new Set<string>([META_KEY, V1_KEY]);
      for (const { options } of jobs) {
        for (const key of options.touched!.threads) keys.add(threadStorageKey(key));
        for (const id of options.touched!.promises) keys.add(promiseStorageKey(id));
      }
      stored = await this.area.get([...keys]);
    }
    if (stored[V1_KEY] !== undefined && stored[V1_KEY] !== null) {
      await this.migrate();
      return this.writeBatch(jobs, failed);
    }
    let meta = readMeta(stored[META_KEY]);
    if (!meta && !full) {
      // No trustworthy counts: read everything once and count.
      stored = await this.area.get(null);
      full = true;
    }
    const read = assembleLedger(stored);
    let next = read.ledger;
    for (const job of jobs) {
      try {
        next = job.change(next);
      } catch (error) {
        failed.add(job);
        job.reject(error);
      }
    }
    let before = read.ledger;
    let counts: LedgerCounts;
    if (full) counts = countLedger(next);
    else {
      counts = { threads: meta!.threads, waiting: meta!.waiting, promises: meta!.promises };
      for (const [key, t] of Object.entries(next.threads)) {
        const was = read.ledger.threads[key];
        if (was === t) continue;
        if (!was) counts.threads++;
        counts.waiting += Number(t.waitingSince !== null) - Number(was ? was.waitingSince !== null : false);
      }
      for (const [key, was] of Object.entries(read.ledger.threads)) {
        if (key in next.threads) continue;
        counts.threads--;
        counts.waiting -= Number(was.waitingSince !== null);
      }
      for (const id of Object.keys(next.promises)) if (!(id in read.ledger.promises)) counts.promises++;
      for (const id of Object.keys(read.ledger.promises)) if (!(id in next.promises)) counts.promises--;
    }
    const prunedAt = meta?.prunedAt ?? 0;
    const retentionChanged = retentionDays !== undefined && meta?.retentionDays !== retentionDays;
    const pruneDue = mayPrune && (now - prunedAt >= PRUNE_INTERVAL_MS || now < prunedAt || counts.threads > MAX_THREADS || retentionChanged);
    if (pruneDue) {
      if (!full) {
        // Everything, with this batch's changes on top, is what gets pruned.
        const everything = assembleLedger(await this.area.get(null));
        read.broken.push(...everything.broken);
        next = withDiff(everything.ledger, read.ledger, next);
        before = everything.ledger;
      }
      const maxThreads = counts.threads > MAX_THREADS ? MAX_THREADS - CAP_HEADROOM : MAX_THREADS;
      next = pruneLedger(next, now, { ...(retentionDays ? { retentionDays } : {}), maxThreads });
      counts = countLedger(next);
    }
    const diff = diffLedgers(before, next);
    const metaChanged = !meta || pruneDue || meta.threads !== counts.threads || meta.waiting !== counts.waiting || meta.promises !== counts.promises;
    const remove = [...new Set([...diff.remove, ...read.broken])].filter((key) => !(key in diff.set));
    if (Object.keys(diff.set).length > 0 || metaChanged) {
      const prunedWith = pruneDue ? retentionDays : meta?.retentionDays;
      meta = { v: LEDGER_VERSION, ...counts, prunedAt: pruneDue ? now : prunedAt, ...(prunedWith !== undefined ? { retentionDays: prunedWith } : {}) };
      await this.area.set({ ...diff.set, [META_KEY]: meta });
    }
    if (remove.length > 0) await this.area.remove(remove);
    return counts;
  }
}

/** The ledger with changed entries applied, each repaired on its own (a broken one is left out). */
export function patchLedger(ledger: Ledger, changes: Record<string, { newValue?: unknown }>): Ledger {
  let threads: Record<string, ThreadRecord> | null = null;
  let promises: Record<string, PromiseEntry> | null = null;
  for (const [storageKey, { newValue }] of Object.entries(changes)) {
    if (storageKey.startsWith(THREAD_PREFIX)) {
      const key = storageKey.slice(THREAD_PREFIX.length);
      threads ??= { ...ledger.threads };
      const thread = newValue === undefined || newValue === null ? null : readThread(key, newValue);
      if (thread) threads[key] = thread;
      else delete threads[key];
    } else if (storageKey.startsWith(PROMISE_PREFIX)) {
      const id = storageKey.slice(PROMISE_PREFIX.length);
      promises ??= { ...ledger.promises };
      const promise = newValue === undefined || newValue === null ? null : repairPromise(id, newValue);
      if (promise) promises[id] = promise;
      else delete promises[id];
    }
  }
  return threads || promises ? { threads: threads ?? ledger.threads, promises: promises ?? ledger.promises } : ledger;
}

/** A stand-in for storage.local in memory: values kept as JSON text, so reads return copies as the browser's do. */
export function memoryArea(options: { bytesInUse?: boolean } = {}): KeyValueArea & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>) => void>();
  const notify = (changes: Record<string, { newValue?: unknown }>) => {
    for (const listener of listeners) listener(changes);
  };
  const area: KeyValueArea & { data: Map<string, string> } = {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      if (keys === null) for (const [key, text] of data) out[key] = JSON.parse(text);
      else
        for (const key of keys) {
          const text = data.get(key);
          if (text !== undefined) out[key] = JSON.parse(text);
        }
      return out;
    },
    async set(items) {
      const changes: Record<string, { newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        if (value === undefined) continue;
        const text = JSON.stringify(value);
        data.set(key, text);
        changes[key] = { newValue: JSON.parse(text) };
      }
      notify(changes);
    },
    async remove(keys) {
      const changes: Record<string, { newValue?: unknown }> = {};
      for (const key of keys) if (data.delete(key)) changes[key] = {};
      if (Object.keys(changes).length) notify(changes);
    },
    watch(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  if (options.bytesInUse) area.getBytesInUse = async (keys) => (keys ?? [...data.keys()]).reduce((n, key) => n + (data.has(key) ? key.length + data.get(key)!.length : 0), 0);
  return area;
}
