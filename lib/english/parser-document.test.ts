import { describe, expect, it, vi } from 'vitest';
import { parseColleagueCommitments } from '../analysis/english-compromise';
import { serveParser, type WorkerLike } from './parser-document';
import { PARSER_REQUEST, PARSE_REQUEST, type ParseReply } from './protocol';

type Listener = Parameters<Parameters<typeof serveParser>[0]['runtime']['onMessage']['addListener']>[0];

/** A worker that runs the real parser, or crashes when told to. */
class FakeWorker implements WorkerLike {
  static started = 0;
  private onMessage: ((e: { data: unknown }) => void) | null = null;
  private onError: (() => void) | null = null;
  terminated = false;
  constructor(private readonly behaviour: 'parse' | 'crash' | 'silent' = 'parse') {
    FakeWorker.started++;
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.onMessage = listener;
    else this.onError = listener;
  }
  postMessage(message: { id: number; sentences: string[] }): void {
    queueMicrotask(() => {
      if (this.behaviour === 'crash') this.onError?.();
      else if (this.behaviour === 'parse') this.onMessage?.({ data: { id: message.id, results: message.sentences.map(parseColleagueCommitments) } });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

function runtime() {
  const listeners: Listener[] = [];
  return {
    listeners,
    onMessage: {
      addListener: (l: Listener) => listeners.push(l),
      removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    },
    ask(message: unknown): { handled: boolean | undefined; reply: Promise<ParseReply> } {
      let handled: boolean | undefined;
      const reply = new Promise<ParseReply>((resolve) => {
        handled = listeners[0](message, {}, resolve);
      });
      return { handled, reply };
    },
  };
}

describe('serveParser', () => {
  it('answers parse requests through the worker, started once', async () => {
    FakeWorker.started = 0;
    const rt = runtime();
    serveParser({ worker: () => new FakeWorker(), runtime: rt });
    const first = rt.ask({ type: PARSER_REQUEST, sentences: ['Paul will send the invoice.', 'Thanks!'] });
    expect(first.handled).toBe(true);
    expect(await first.reply).toEqual({ ok: true, results: [[{ start: 0, end: 14, text: 'Paul will send' }], []] });
    await rt.ask({ type: PARSER_REQUEST, sentences: ['He will call you.'] }).reply;
    expect(FakeWorker.started).toBe(1);
  });

  it('leaves other messages to other listeners, including the page\'s own request type', () => {
    const rt = runtime();
    serveParser({ worker: () => new FakeWorker(), runtime: rt });
    const sendResponse = vi.fn();
    expect(rt.listeners[0]({ type: PARSE_REQUEST, sentences: ['x'] }, {}, sendResponse)).toBeUndefined();
    expect(rt.listeners[0]({ type: 'candor/sightings' }, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers malformed requests as invalid', async () => {
    const rt = runtime();
    serveParser({ worker: () => new FakeWorker(), runtime: rt });
    for (const sentences of [[], [1], 'x', Array(51).fill('a'), ['a'.repeat(2001)]]) {
      expect(await rt.ask({ type: PARSER_REQUEST, sentences }).reply).toEqual({ ok: false, error: 'invalid-message' });
    }
  });

  it('answers "failed" when the worker crashes, and starts a new one for the next request', async () => {
    FakeWorker.started = 0;
    const rt = runtime();
    const behaviours: ('crash' | 'parse')[] = ['crash', 'parse'];
    serveParser({ worker: () => new FakeWorker(behaviours.shift()), runtime: rt });
    expect(await rt.ask({ type: PARSER_REQUEST, sentences: ['Paul will send it.'] }).reply).toEqual({ ok: false, error: 'parser-failed' });
    const again = await rt.ask({ type: PARSER_REQUEST, sentences: ['Paul will send it.'] }).reply;
    expect(again.ok).toBe(true);
    expect(FakeWorker.started).toBe(2);
  });

  it('answers "failed" when the worker stays silent past the timeout', async () => {
    vi.useFakeTimers();
    try {
      const rt = runtime();
      serveParser({ worker: () => new FakeWorker('silent'), runtime: rt, timeoutMs: 500 });
      const { reply } = rt.ask({ type: PARSER_REQUEST, sentences: ['Paul will send it.'] });
      await vi.advanceTimersByTimeAsync(501);
      expect(await reply).toEqual({ ok: false, error: 'parser-failed' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops serving and terminates the worker when stopped', async () => {
    const rt = runtime();
    let worker: FakeWorker | null = null;
    const stop = serveParser({ worker: () => (worker = new FakeWorker()), runtime: rt });
    await rt.ask({ type: PARSER_REQUEST, sentences: ['Paul will send it.'] }).reply;
    stop();
    expect(rt.listeners).toHaveLength(0);
    expect(worker!.terminated).toBe(true);
  });
});
