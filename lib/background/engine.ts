/**
 * The background's part in analysis: it opens the engine document (an offscreen document whose
 * worker runs the analysis engine) when a mail page first asks, forwards the page's drafts to it, and
 * closes it after a while without requests so that its memory is not held all day.
 */
import { ANALYZE_REQUEST, ENGINE_REQUEST, parseAnalyzeRequest, type EngineOptions, type EngineReply } from '../engine/protocol';

export const ENGINE_DOCUMENT = 'engine.html';
/** Closed this long after the last request; reopening costs about a second of CPU in its own process. */
export const ENGINE_IDLE_CLOSE_MS = 10 * 60_000;
// Writing the last-use time on every request would be a storage write per pause in typing.
const LAST_USE_WRITE_EVERY_MS = 30_000;

/** What the background needs of chrome.offscreen (absent in browsers without it). */
export interface OffscreenLike {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

export interface EngineRelayOptions {
  offscreen: OffscreenLike | null;
  /** Sends a message to the extension's own pages (runtime.sendMessage) and resolves with the answer. */
  forward: (message: { type: typeof ENGINE_REQUEST; text: string; options: EngineOptions }) => Promise<unknown>;
  /** Where the last request's time survives the worker being stopped (session storage). */
  lastUse: { get(): Promise<number | null>; set(at: number): Promise<void> };
  now?: () => number;
}

export class EngineRelay {
  private opening: Promise<void> | null = null;
  private lastWritten = 0;

  constructor(private readonly options: EngineRelayOptions) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** The answer to a page's `candor/analyze` request (never rejects). */
  async handle(raw: unknown): Promise<EngineReply> {
    const request = parseAnalyzeRequest(raw, ANALYZE_REQUEST);
    if (!request) return { ok: false, error: 'invalid-message' };
    const { offscreen } = this.options;
    if (!offscreen) return { ok: false, error: 'engine-unavailable' };
    this.noteUse();
    try {
      await this.ensureOpen(offscreen);
      const reply = await this.options.forward({ type: ENGINE_REQUEST, ...request });
      return isReply(reply) ? reply : { ok: false, error: 'engine-unavailable' };
    } catch {
      // The document may have been closed under us (idle close in another wake of the worker).
      this.opening = null;
      return { ok: false, error: 'engine-unavailable' };
    }
  }

  /** Closes the engine document when nothing has asked for a while (called from the minute alarm). */
  async closeIfIdle(): Promise<boolean> {
    const { offscreen } = this.options;
    if (!offscreen) return false;
    try {
      const last = await this.options.lastUse.get();
      if (last !== null && this.now() - last < ENGINE_IDLE_CLOSE_MS) return false;
      if (!(await this.isOpen(offscreen))) return false;
      await offscreen.closeDocument();
      this.opening = null;
      return true;
    } catch {
      return false;
    }
  }

  private noteUse(): void {
    const at = this.now();
    if (at - this.lastWritten < LAST_USE_WRITE_EVERY_MS) return;
    this.lastWritten = at;
    this.options.lastUse.set(at).catch(() => {
      /* the document then closes a little early; the next request reopens it */
    });
  }

  private async isOpen(offscreen: OffscreenLike): Promise<boolean> {
    return offscreen.hasDocument ? offscreen.hasDocument() : this.opening !== null;
  }

  private ensureOpen(offscreen: OffscreenLike): Promise<void> {
    // Requests from two tabs at once must not both create it: Chrome allows one offscreen document.
    this.opening ??= (async () => {
      if (await this.isOpen(offscreen)) return;
      try {
        await offscreen.createDocument({
          url: ENGINE_DOCUMENT,
          reasons: ['WORKERS'],
          justification: 'Runs the writing-analysis engine in a worker, off the mail page’s main thread.',
        });
      } catch (error) {
        // Created by an earlier wake of this worker: that one serves as well.
        const exists = /single offscreen/i.test(String((error as Error)?.message)) || (offscreen.hasDocument ? await offscreen.hasDocument() : false);
        if (!exists) throw error;
      }
    })().catch((error: unknown) => {
      this.opening = null;
      throw error;
    });
    return this.opening;
  }
}

function isReply(x: unknown): x is EngineReply {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as { ok?: unknown; result?: unknown; error?: unknown };
  return (r.ok === true && typeof r.result === 'object' && r.result !== null) || (r.ok === false && typeof r.error === 'string');
}
