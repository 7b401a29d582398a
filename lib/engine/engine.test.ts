import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../analysis/index';
import { EngineClient } from './client';
import { serveEngine, type WorkerLike } from './document';
import { localEngine } from './local';
import { ANALYZE_REQUEST, ENGINE_REQUEST, MAX_DRAFT_LENGTH, parseAnalyzeRequest, repliedResult, type EngineReply } from './protocol';
import { startEngineWorker } from './worker';
import { acceptsSender, type OwnExtension } from '../background/senders';

const NOW = Date.parse('2026-11-19T10:00:00+02:00');
const DRAFT = 'Hi Anna, sorry for the delay, my laptop died. I will try to send the mockups ASAP. Paul will prepare the invoice.';
const OPTIONS = { timeZone: 'Europe/Riga', weekend: [0, 6], now: NOW };

/** A worker scope in this thread running the real engine worker. */
function inThreadWorker(): WorkerLike {
  const listeners: ((e: { data: unknown }) => void)[] = [];
  let toWorker: ((e: { data: unknown }) => void) | null = null;
  startEngineWorker(
    {
      addEventListener: (_type, listener) => {
        toWorker = listener;
      },
      postMessage: (message) => queueMicrotask(() => listeners.forEach((l) => l({ data: structuredClone(message) }))),
    },
    false,
  );
  return {
    addEventListener: (type: 'message' | 'error', listener: never) => {
      if (type === 'message') listeners.push(listener);
    },
    postMessage: (message) => queueMicrotask(() => toWorker!({ data: structuredClone(message) })),
    terminate: () => {},
  };
}

const OWN: OwnExtension = { id: 'candor-id', origin: 'chrome-extension://candor-id', backgroundPaths: ['/background.js'] };
/** runtime.MessageSender of Chrome's service worker, and of Candor's content script in Gmail. */
const FROM_BACKGROUND = { id: 'candor-id', url: 'chrome-extension://candor-id/background.js', origin: 'chrome-extension://candor-id' };
const FROM_GMAIL = { id: 'candor-id', url: 'https://mail.google.com/mail/u/0/', origin: 'https://mail.google.com', tab: { id: 7 }, frameId: 0 };
const senderAllowed = (sender: unknown) => acceptsSender(ENGINE_REQUEST, sender, OWN);

type Listener = Parameters<Parameters<typeof serveEngine>[0]['runtime']['onMessage']['addListener']>[0];
function runtime() {
  const listeners: Listener[] = [];
  return {
    listeners,
    onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1) },
    ask: (message: unknown) => new Promise<EngineReply>((resolve) => listeners[0](message, FROM_BACKGROUND, resolve)),
  };
}

describe('the engine round trip: page client → document → worker', () => {
  it('gives the page exactly what analyze gives in Node, colleagues (compromise) included, with phrasing for the date picker', async () => {
    const rt = runtime();
    serveEngine({ worker: inThreadWorker, runtime: rt, senderAllowed });
    const client = new EngineClient({ send: (text, options) => rt.ask({ type: ENGINE_REQUEST, text, options }) });
    const result = await client.analyze(DRAFT, OPTIONS);
    const expected = analyze(DRAFT, OPTIONS);
    expect(result!.findings.map((f) => [f.rule, f.start, f.end, f.text])).toEqual(expected.findings.map((f) => [f.rule, f.start, f.end, f.text]));
    expect(result!.findings.some((f) => f.text.startsWith('Paul will prepare'))).toBe(true);
    expect(result!.findings.flatMap((f) => f.suggestions).some((s) => s.placeholder?.phrasing?.months.length === 12)).toBe(true);
    expect(await localEngine.analyze(DRAFT, OPTIONS)).toEqual(result);
  });

  it('answers a worker crash as a failure, and the page shows that as no result rather than an error', async () => {
    const rt = runtime();
    const crashing: WorkerLike = {
      addEventListener: (type: 'message' | 'error', listener: never) => {
        if (type === 'error') queueMicrotask(() => (listener as () => void)());
      },
      postMessage: () => {},
      terminate: () => {},
    };
    serveEngine({ worker: () => crashing, runtime: rt, senderAllowed });
    expect(await rt.ask({ type: ENGINE_REQUEST, text: DRAFT, options: {} })).toEqual({ ok: false, error: 'engine-failed' });
    const client = new EngineClient({ send: (text, options) => rt.ask({ type: ENGINE_REQUEST, text, options }) });
    expect(await client.analyze(DRAFT, {})).toBeNull();
  });

  it('leaves other messages (the page\'s own request type, ledger messages) to other listeners', () => {
    const rt = runtime();
    serveEngine({ worker: inThreadWorker, runtime: rt, senderAllowed });
    const sendResponse = vi.fn();
    expect(rt.listeners[0]({ type: ANALYZE_REQUEST, text: 'x', options: {} }, {}, sendResponse)).toBeUndefined();
    expect(rt.listeners[0]({ type: 'candor/sightings' }, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('leaves requests from anyone but the background unanswered, and never hands them to the worker', () => {
    const rt = runtime();
    const posted: unknown[] = [];
    const worker: WorkerLike = { addEventListener: () => {}, postMessage: (m) => posted.push(m), terminate: () => {} };
    serveEngine({ worker: () => worker, runtime: rt, senderAllowed });
    const sendResponse = vi.fn();
    const request = { type: ENGINE_REQUEST, text: DRAFT, options: {} };
    // A mail page's content script reaches the offscreen document with runtime.sendMessage too.
    for (const sender of [FROM_GMAIL, {}, { ...FROM_BACKGROUND, id: 'another-extension' }, { ...FROM_BACKGROUND, url: 'chrome-extension://candor-id/popup.html' }]) {
      expect(rt.listeners[0](request, sender, sendResponse)).toBeUndefined();
    }
    expect(sendResponse).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
    expect(rt.listeners[0](request, FROM_BACKGROUND, sendResponse)).toBe(true);
    expect(posted).toHaveLength(1);
  });
});

describe('EngineClient', () => {
  it('returns null for a reply that does not fit the text, a rejection or a timeout', async () => {
    const good = await localEngine.analyze(DRAFT, OPTIONS);
    const shifted = structuredClone(good!);
    shifted.findings[0].start += 1;
    const replies: unknown[] = [{ ok: true, result: shifted }, { ok: false, error: 'engine-failed' }, { ok: true, result: { lang: 'en' } }, 'junk', null];
    for (const reply of replies) expect(await new EngineClient({ send: async () => reply }).analyze(DRAFT, {})).toBeNull();
    const gone = new EngineClient({
      send: async () => {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(await gone.analyze(DRAFT, {})).toBeNull();
    vi.useFakeTimers();
    try {
      const pending = new EngineClient({ send: () => new Promise(() => {}), timeoutMs: 1000 }).analyze(DRAFT, {});
      await vi.advanceTimersByTimeAsync(1001);
      expect(await pending).toBeNull();
    } finally {
      vi.useRealTimers();
    }
    expect(await new EngineClient({ send: async () => ({ ok: true, result: good }) }).analyze(DRAFT, {})).toEqual(good);
  });

  it('sends at most the protocol\'s length, never half a surrogate pair, and keeps the offsets of the draft', async () => {
    const send = vi.fn(async (text: string) => ({ ok: true, result: { lang: 'en', findings: [], dates: [] }, length: text.length }));
    const huge = 'a'.repeat(MAX_DRAFT_LENGTH - 1) + '😀' + ' I will try to send it.';
    await new EngineClient({ send }).analyze(huge, {});
    const sent = send.mock.calls[0][0];
    expect(sent.length).toBe(MAX_DRAFT_LENGTH - 1);
    expect(huge.startsWith(sent)).toBe(true);
  });
});

describe('the protocol', () => {
  it('keeps only plain, bounded options', () => {
    expect(parseAnalyzeRequest({ type: ANALYZE_REQUEST, text: 'x', options: { timeZone: 'UTC', weekend: [0, 6], rules: ['excuse'], now: 5, english: {} } }, ANALYZE_REQUEST)).toEqual({
      text: 'x',
      options: { timeZone: 'UTC', weekend: [0, 6], rules: ['excuse'], now: 5 },
    });
    expect(parseAnalyzeRequest({ type: ANALYZE_REQUEST, text: 'x', options: { weekend: [9], rules: ['nope'], now: 'soon' } }, ANALYZE_REQUEST)).toEqual({ text: 'x', options: {} });
    expect(parseAnalyzeRequest({ type: ANALYZE_REQUEST, text: 'x' }, ENGINE_REQUEST)).toBeNull();
  });

  // The writer's own response-time sentences reach the over-promise rewrite; only short strings for the five languages.
  it('keeps the own terms of known languages, as short strings', () => {
    const ownTerms = { en: 'I answer email within one working day.', ru: 42, de: 'Ich antworte.', pl: 'x'.repeat(301), lv: 'Atbildu vienas darba dienas laikā.' };
    expect(parseAnalyzeRequest({ type: ANALYZE_REQUEST, text: 'x', options: { ownTerms } }, ANALYZE_REQUEST)?.options.ownTerms).toEqual({
      en: 'I answer email within one working day.',
      lv: 'Atbildu vienas darba dienas laikā.',
    });
    expect(parseAnalyzeRequest({ type: ANALYZE_REQUEST, text: 'x', options: { ownTerms: 'I answer' } }, ANALYZE_REQUEST)?.options.ownTerms).toBeUndefined();
  });

  // Time scale: days off reach the proposed dates; anything but plain day ranges is dropped.
  it.each([
    [[{ from: '2026-12-24', to: '2026-12-26', note: 'Christmas' }, { from: '2027-01-01' }], [{ from: '2026-12-24', to: '2026-12-26' }, { from: '2027-01-01' }]],
    [[{ from: '24.12.2026' }], undefined],
    [[{ from: '2026-12-24', to: 5 }], undefined],
    ['2026-12-24', undefined],
  ])('days off %j -> %j', (daysOff, expected) => {
    expect(parseAnalyzeRequest({ type: ANALYZE_REQUEST, text: 'x', options: { daysOff } }, ANALYZE_REQUEST)?.options.daysOff).toEqual(expected);
  });

  it('accepts a result only when every finding sits on the text it names', async () => {
    const result = await localEngine.analyze(DRAFT, OPTIONS);
    expect(repliedResult({ ok: true, result }, DRAFT)).toEqual(result);
    expect(repliedResult({ ok: true, result }, DRAFT.toUpperCase())).toBeNull();
  });
});
