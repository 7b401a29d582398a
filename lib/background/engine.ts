/**
 * The background's part in English parsing: it opens the parser document (an offscreen document
 * whose worker runs compromise) when a mail page first asks, forwards the page's sentences to it, and
 * closes it after a while without requests so that its memory is not held all day.
 */
import { PARSE_REQUEST, PARSER_REQUEST, requestedSentences, type ParseReply } from '../english/protocol';

export const PARSER_DOCUMENT = 'english-parser.html';
/** Closed this long after the last request; reopening costs ≈½ s of CPU off every page's thread. */
export const PARSER_IDLE_CLOSE_MS = 10 * 60_000;
// Writing the last-use time on every request would be a storage write per pause in typing.
const LAST_USE_WRITE_EVERY_MS = 30_000;

/** What the background needs of chrome.offscreen (absent in browsers without it). */
export interface OffscreenLike {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

export interface EnglishRelayOptions {
  offscreen: OffscreenLike | null;
  /** Sends a message to the extension's own pages (runtime.sendMessage) and resolves with the answer. */
  forward: (message: { type: typeof PARSER_REQUEST; sentences: string[] }) => Promise<unknown>;
  /** Where the last request's time survives the worker being stopped (session storage). */
  lastUse: { get(): Promise<number | null>; set(at: number): Promise<void> };
  now?: () => number;
}

export class EnglishRelay {
  private opening: Promise<void> | null = null;
  private lastWritten = 0;

  constructor(private readonly options: EnglishRelayOptions) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** The answer to a page's `candor/parse-english` request (never rejects). */
  async handle(raw: unknown): Promise<ParseReply> {
    const sentences = requestedSentences(raw, PARSE_REQUEST);
    if (!sentences) return { ok: false, error: 'invalid-message' };
    const { offscreen } = this.options;
    if (!offscreen) return { ok: false, error: 'parser-unavailable' };
    this.noteUse();
    try {
      await this.ensureOpen(offscreen);
      const reply = await this.options.forward({ type: PARSER_REQUEST, sentences });
      return isReply(reply) ? reply : { ok: false, error: 'parser-unavailable' };
    } catch {
      // The document may have been closed under us (idle close in another wake of the worker).
      this.opening = null;
      return { ok: false, error: 'parser-unavailable' };
    }
  }

  /** Closes the parser document when nothing has asked for a while (called from the minute alarm). */
  async closeIfIdle(): Promise<boolean> {
    const { offscreen } = this.options;
    if (!offscreen) return false;
    try {
      const last = await this.options.lastUse.get();
      if (last !== null && this.now() - last < PARSER_IDLE_CLOSE_MS) return false;
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
          url: PARSER_DOCUMENT,
          reasons: ['WORKERS'],
          justification: 'Runs the English sentence parser in a worker, off the mail page’s main thread.',
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

function isReply(x: unknown): x is ParseReply {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as { ok?: unknown; results?: unknown; error?: unknown };
  return (r.ok === true && Array.isArray(r.results)) || (r.ok === false && typeof r.error === 'string');
}
