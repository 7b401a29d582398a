import { PARSER_REQUEST, requestedSentences, type ParseReply } from './protocol';

/** The parts of a worker the parser document uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: { id: number; sentences: string[] }): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: ParseReply) => void) => boolean | undefined;

export interface ParserDocumentOptions {
  worker: () => WorkerLike;
  runtime: { onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void } };
  /** A batch the worker has not answered in this long is answered as failed. */
  timeoutMs?: number;
}

/**
 * The parser document's side of the protocol: each `candor-parser/parse-english` request goes to the
 * worker (started on the first request, restarted after a crash) and its answer goes back to the
 * sender. Returns a function that stops serving.
 */
export function serveParser(options: ParserDocumentOptions): () => void {
  const timeoutMs = options.timeoutMs ?? 8000;
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const waiting = new Map<number, { reply: (r: ParseReply) => void; timer: ReturnType<typeof setTimeout> }>();

  const settle = (id: number, reply: ParseReply) => {
    const w = waiting.get(id);
    if (!w) return;
    waiting.delete(id);
    clearTimeout(w.timer);
    w.reply(reply);
  };

  const failAll = () => {
    for (const id of [...waiting.keys()]) settle(id, { ok: false, error: 'parser-failed' });
  };

  const start = (): WorkerLike => {
    const w = options.worker();
    w.addEventListener('message', (event) => {
      const data = event.data as { id?: unknown; results?: unknown; error?: unknown };
      if (typeof data?.id !== 'number') return;
      // The results' shape is checked by the proxy, which knows the sentences they belong to.
      settle(data.id, Array.isArray(data.results) ? { ok: true, results: data.results as never } : { ok: false, error: 'parser-failed' });
    });
    w.addEventListener('error', () => {
      // A worker that failed to load or crashed is started afresh for the next request.
      if (worker === w) worker = null;
      w.terminate();
      failAll();
    });
    return w;
  };

  const listener: Listener = (message, _sender, sendResponse) => {
    if ((message as { type?: unknown })?.type !== PARSER_REQUEST) return undefined;
    const sentences = requestedSentences(message, PARSER_REQUEST);
    if (!sentences) {
      sendResponse({ ok: false, error: 'invalid-message' });
      return undefined;
    }
    const id = nextId++;
    const timer = setTimeout(() => settle(id, { ok: false, error: 'parser-failed' }), timeoutMs);
    waiting.set(id, { reply: sendResponse, timer });
    try {
      worker ??= start();
      worker.postMessage({ id, sentences });
    } catch {
      worker = null;
      settle(id, { ok: false, error: 'parser-unavailable' });
    }
    return true;
  };

  options.runtime.onMessage.addListener(listener);
  return () => {
    options.runtime.onMessage.removeListener(listener);
    failAll();
    worker?.terminate();
    worker = null;
  };
}
