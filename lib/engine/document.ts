import { ENGINE_REQUEST, parseAnalyzeRequest, type EngineOptions, type EngineReply } from './protocol';

/** The parts of a worker the engine document uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: { id: number; text: string; options: EngineOptions }): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: EngineReply) => void) => boolean | undefined;

export interface EngineDocumentOptions {
  worker: () => WorkerLike;
  runtime: { onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void } };
  /**
   * Whether a request's sender may use the engine: the background alone (lib/background/senders.ts). Content scripts'
   * runtime.sendMessage reaches this document too; their requests must go through the background.
   */
  senderAllowed: (sender: unknown) => boolean;
  /** A request the worker has not answered in this long is answered as failed. */
  timeoutMs?: number;
}

/**
 * The engine document's side of the protocol: each `candor-engine/analyze` request goes to the worker
 * from the background (started with the document, restarted after a crash) and its answer goes back to it.
 * Returns a function that stops serving.
 */
export function serveEngine(options: EngineDocumentOptions): () => void {
  const timeoutMs = options.timeoutMs ?? 15_000;
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const waiting = new Map<number, { reply: (r: EngineReply) => void; timer: ReturnType<typeof setTimeout> }>();

  const settle = (id: number, reply: EngineReply) => {
    const w = waiting.get(id);
    if (!w) return;
    waiting.delete(id);
    clearTimeout(w.timer);
    w.reply(reply);
  };

  const failAll = () => {
    for (const id of [...waiting.keys()]) settle(id, { ok: false, error: 'engine-failed' });
  };

  const start = (): WorkerLike => {
    const w = options.worker();
    w.addEventListener('message', (event) => {
      const data = event.data as { id?: unknown; result?: unknown };
      if (typeof data?.id !== 'number') return;
      // The result's shape is checked by the page, which knows the text it belongs to.
      settle(data.id, data.result !== undefined ? { ok: true, result: data.result as never } : { ok: false, error: 'engine-failed' });
    });
    w.addEventListener('error', () => {
      // A worker that failed to load or crashed is started afresh for the next request.
      if (worker === w) worker = null;
      w.terminate();
      failAll();
    });
    return w;
  };

  const listener: Listener = (message, sender, sendResponse) => {
    if ((message as { type?: unknown })?.type !== ENGINE_REQUEST) return undefined;
    // Left unanswered: only the background has any business knowing whether this document is open.
    if (!options.senderAllowed(sender)) return undefined;
    const request = parseAnalyzeRequest(message, ENGINE_REQUEST);
    if (!request) {
      sendResponse({ ok: false, error: 'invalid-message' });
      return undefined;
    }
    const id = nextId++;
    const timer = setTimeout(() => settle(id, { ok: false, error: 'engine-failed' }), timeoutMs);
    waiting.set(id, { reply: sendResponse, timer });
    try {
      worker ??= start();
      worker.postMessage({ id, ...request });
    } catch {
      worker = null;
      settle(id, { ok: false, error: 'engine-unavailable' });
    }
    return true;
  };

  options.runtime.onMessage.addListener(listener);
  // The worker loads and warms the engine up at once: by the first pause in typing it is ready.
  try {
    worker = start();
  } catch {
    worker = null;
  }
  return () => {
    options.runtime.onMessage.removeListener(listener);
    failAll();
    worker?.terminate();
    worker = null;
  };
}
