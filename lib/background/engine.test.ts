import { describe, expect, it, vi } from 'vitest';
import { EngineRelay, ENGINE_DOCUMENT, ENGINE_IDLE_CLOSE_MS, type OffscreenLike } from './engine';
import { ANALYZE_REQUEST, ENGINE_REQUEST } from '../engine/protocol';

function fakeOffscreen(): OffscreenLike & { open: boolean; created: number } {
  const api = {
    open: false,
    created: 0,
    createDocument: vi.fn(async (p: { url: string; reasons: string[] }) => {
      expect(p.url).toBe(ENGINE_DOCUMENT);
      expect(p.reasons).toEqual(['WORKERS']);
      // Chrome's own message when a second one is asked for.
      if (api.open) throw new Error('Only a single offscreen document may be created.');
      await new Promise((r) => setTimeout(r, 5));
      api.open = true;
      api.created++;
    }),
    closeDocument: vi.fn(async () => {
      api.open = false;
    }),
    hasDocument: async () => api.open,
  };
  return api;
}

function memory() {
  let value: number | null = null;
  return { get: async () => value, set: async (at: number) => void (value = at) };
}

const request = { type: ANALYZE_REQUEST, text: 'I will send it.', options: { timeZone: 'Europe/Riga', weekend: [0, 6] } };
const answer = { ok: true, result: { lang: 'en', findings: [], dates: [] } };

describe('EngineRelay', () => {
  it('opens the engine document once for requests from two tabs at once, and forwards the draft', async () => {
    const offscreen = fakeOffscreen();
    const forward = vi.fn(async () => answer);
    const relay = new EngineRelay({ offscreen, forward, lastUse: memory() });
    const replies = await Promise.all([relay.handle(request), relay.handle(request)]);
    expect(replies).toEqual([answer, answer]);
    expect(offscreen.created).toBe(1);
    expect(forward).toHaveBeenCalledWith({ type: ENGINE_REQUEST, text: 'I will send it.', options: { timeZone: 'Europe/Riga', weekend: [0, 6] } });
  });

  it('uses a document an earlier worker opened', async () => {
    const offscreen = fakeOffscreen();
    offscreen.open = true;
    const relay = new EngineRelay({ offscreen, forward: async () => answer, lastUse: memory() });
    expect(await relay.handle(request)).toEqual(answer);
    expect(offscreen.createDocument).not.toHaveBeenCalled();
  });

  it('answers "unavailable" without the offscreen API, when nobody answers, or with a malformed answer', async () => {
    expect(await new EngineRelay({ offscreen: null, forward: async () => answer, lastUse: memory() }).handle(request)).toEqual({ ok: false, error: 'engine-unavailable' });
    const gone = new EngineRelay({
      offscreen: fakeOffscreen(),
      forward: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      lastUse: memory(),
    });
    expect(await gone.handle(request)).toEqual({ ok: false, error: 'engine-unavailable' });
    expect(await new EngineRelay({ offscreen: fakeOffscreen(), forward: async () => undefined, lastUse: memory() }).handle(request)).toEqual({ ok: false, error: 'engine-unavailable' });
  });

  it('refuses malformed requests without opening anything', async () => {
    const offscreen = fakeOffscreen();
    const relay = new EngineRelay({ offscreen, forward: async () => answer, lastUse: memory() });
    for (const bad of [{ type: ANALYZE_REQUEST }, { type: ANALYZE_REQUEST, text: 5 }, { type: ANALYZE_REQUEST, text: 'x'.repeat(200_001) }, { type: ENGINE_REQUEST, text: 'x' }, null]) {
      expect(await relay.handle(bad)).toEqual({ ok: false, error: 'invalid-message' });
    }
    expect(offscreen.createDocument).not.toHaveBeenCalled();
  });

  it('closes the document only after the idle time without requests, across restarts of the worker', async () => {
    let now = 1_000_000;
    const offscreen = fakeOffscreen();
    const lastUse = memory();
    const relay = new EngineRelay({ offscreen, forward: async () => answer, lastUse, now: () => now });
    await relay.handle(request);
    now += ENGINE_IDLE_CLOSE_MS - 1;
    expect(await relay.closeIfIdle()).toBe(false);
    // A new worker (the old one was stopped) reads the last use from session storage.
    const restarted = new EngineRelay({ offscreen, forward: async () => answer, lastUse, now: () => now });
    expect(await restarted.closeIfIdle()).toBe(false);
    now += 2;
    expect(await restarted.closeIfIdle()).toBe(true);
    expect(offscreen.open).toBe(false);
    // Nothing open: nothing to close. The next request opens it again.
    expect(await restarted.closeIfIdle()).toBe(false);
    expect(await restarted.handle(request)).toEqual(answer);
    expect(offscreen.created).toBe(2);
  });
});
