import type { AnalyzeResult } from '../analysis/types';
import { MAX_DRAFT_LENGTH, repliedResult, type EngineOptions } from './protocol';

/** What the mail page asks of the engine. */
export interface Engine {
  /** The analysis of `text`, or null when the engine could not answer (never rejects). */
  analyze(text: string, options: EngineOptions): Promise<AnalyzeResult | null>;
}

export interface EngineClientOptions {
  /** Sends one request and resolves with the raw reply (rejects when nobody answers). */
  send: (text: string, options: EngineOptions) => Promise<unknown>;
  /** A request not answered within this long counts as failed (the engine may be starting: generous). */
  timeoutMs?: number;
}

/**
 * The mail page's handle on the engine worker. Replies are checked against the text they are for;
 * anything that does not fit, a timeout or a missing background all come back as null, which the page
 * shows as "no findings" rather than as an error.
 */
export class EngineClient implements Engine {
  constructor(private readonly options: EngineClientOptions) {}

  async analyze(text: string, options: EngineOptions): Promise<AnalyzeResult | null> {
    // The rest of a huge paste is simply not analysed; offsets stay those of the draft.
    let analysed = text.length > MAX_DRAFT_LENGTH ? text.slice(0, MAX_DRAFT_LENGTH) : text;
    if (analysed.length < text.length && /[\uD800-\uDBFF]$/.test(analysed)) analysed = analysed.slice(0, -1);
    try {
      const reply = await withTimeout(this.options.send(analysed, options), this.options.timeoutMs ?? 15_000);
      return repliedResult(reply, analysed);
    } catch {
      return null;
    }
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
