import type { EnglishParser } from '../analysis/english';
import type { Hit } from '../analysis/pattern';
import { MAX_SENTENCE_LENGTH, MAX_SENTENCES_PER_REQUEST, repliedResults } from './protocol';

export interface EnglishProxyOptions {
  /** Sends one batch of sentences and resolves with the raw reply (rejects when nobody answers). */
  send: (sentences: string[]) => Promise<unknown>;
  /** Called after answers arrive, so drafts analysed while they were pending can be analysed again. */
  onAnswer?: () => void;
  /** A batch not answered within this long counts as failed (the parser may be starting: generous). */
  timeoutMs?: number;
  /** Sentences remembered; the oldest are forgotten first. */
  cacheSize?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_CACHE_SIZE = 2000;
// After this many failed batches in a row the parser is taken to be unavailable (no offscreen API,
// the extension reloading) and sentences get no colleague commitments instead of being asked again.
const FAILURES_BEFORE_GIVING_UP = 3;

/**
 * The mail page's English parser: it answers from what the parser document has told it, and asks for
 * the rest in the background. Until an answer arrives a sentence is "not known yet" (`undefined`),
 * which the engine reports as a pending result; onAnswer then lets the page analyse again. A failure
 * degrades to "no colleague commitments", never to an error or a sentence asked about forever.
 */
export class EnglishProxy implements EnglishParser {
  readonly id = 'proxy';
  private readonly known = new Map<string, readonly Hit[]>();
  private readonly queued = new Set<string>();
  private readonly inFlight = new Set<string>();
  private flushScheduled = false;
  private failures = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly options: EnglishProxyOptions) {}

  colleagueCommitments(sentence: string): readonly Hit[] | undefined {
    const hit = this.known.get(sentence);
    if (hit) {
      // Refresh its place: the sentences of the draft being written are the ones asked again.
      this.known.delete(sentence);
      this.known.set(sentence, hit);
      return hit;
    }
    if (this.failures >= FAILURES_BEFORE_GIVING_UP || sentence.length > MAX_SENTENCE_LENGTH) return [];
    if (!this.inFlight.has(sentence)) this.queued.add(sentence);
    this.scheduleFlush();
    return undefined;
  }

  /** Whether anything is still waiting for an answer. */
  get busy(): boolean {
    return this.queued.size > 0 || this.inFlight.size > 0;
  }

  /** Resolves once every sentence asked about so far has an answer (or has failed). */
  settled(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // One analysis asks about every sentence of the draft: they go in one message, after it.
    queueMicrotask(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.queued.size > 0) {
      const batch = [...this.queued].slice(0, MAX_SENTENCES_PER_REQUEST);
      for (const s of batch) {
        this.queued.delete(s);
        this.inFlight.add(s);
      }
      void this.ask(batch);
    }
  }

  private async ask(batch: string[]): Promise<void> {
    let results: Hit[][] | null = null;
    try {
      results = repliedResults(await withTimeout(this.options.send(batch), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS), batch);
    } catch {
      results = null;
    }
    if (results) this.failures = 0;
    else this.failures++;
    const givingUp = this.failures >= FAILURES_BEFORE_GIVING_UP;
    batch.forEach((sentence, i) => {
      this.inFlight.delete(sentence);
      // A failed batch is asked again on the next analysis, unless the parser is taken to be gone.
      if (results) this.remember(sentence, results[i]);
      else if (givingUp) this.remember(sentence, []);
    });
    if (givingUp) this.queued.clear();
    try {
      this.options.onAnswer?.();
    } finally {
      if (!this.busy) for (const resolve of this.waiters.splice(0)) resolve();
    }
  }

  private remember(sentence: string, hits: readonly Hit[]): void {
    this.known.set(sentence, hits);
    const limit = this.options.cacheSize ?? DEFAULT_CACHE_SIZE;
    while (this.known.size > limit) this.known.delete(this.known.keys().next().value!);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
