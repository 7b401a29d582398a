import { describe, expect, it, vi } from 'vitest';
import { parseColleagueCommitments } from '../analysis/english-compromise';
import { EnglishProxy } from './proxy';
import { MAX_SENTENCES_PER_REQUEST } from './protocol';

const PAUL = 'Paul will prepare the worksheet for you.';
const ANNA = 'Anna will send the invoice.';

/** A parser document that answers with compromise, after `release()`. */
function parserDocument() {
  const batches: string[][] = [];
  const gates: (() => void)[] = [];
  const send = vi.fn(async (sentences: string[]) => {
    batches.push(sentences);
    await new Promise<void>((resolve) => gates.push(resolve));
    return { ok: true, results: sentences.map((s) => parseColleagueCommitments(s)) };
  });
  const release = async () => {
    for (const open of gates.splice(0)) open();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { send, batches, release };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('EnglishProxy', () => {
  it('answers "not known yet", asks in one batch after the analysis, then answers from what it was told', async () => {
    const doc = parserDocument();
    const onAnswer = vi.fn();
    const proxy = new EnglishProxy({ send: doc.send, onAnswer });
    expect(proxy.colleagueCommitments(PAUL)).toBeUndefined();
    expect(proxy.colleagueCommitments(ANNA)).toBeUndefined();
    // Asked twice before the flush: still one question about it.
    expect(proxy.colleagueCommitments(PAUL)).toBeUndefined();
    await tick();
    expect(doc.batches).toEqual([[PAUL, ANNA]]);
    expect(proxy.busy).toBe(true);
    await doc.release();
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(proxy.busy).toBe(false);
    expect(proxy.colleagueCommitments(PAUL)).toEqual([{ start: 0, end: 17, text: 'Paul will prepare' }]);
    expect(proxy.colleagueCommitments(ANNA)?.map((h) => h.text)).toEqual(['Anna will send']);
    // Nothing is asked again once known.
    await tick();
    expect(doc.send).toHaveBeenCalledTimes(1);
  });

  it('does not ask again about a sentence whose question is still on its way', async () => {
    const doc = parserDocument();
    const proxy = new EnglishProxy({ send: doc.send });
    proxy.colleagueCommitments(PAUL);
    await tick();
    proxy.colleagueCommitments(PAUL);
    await tick();
    expect(doc.batches).toEqual([[PAUL]]);
    await doc.release();
  });

  it('splits a long draft into batches the protocol allows', async () => {
    const doc = parserDocument();
    const proxy = new EnglishProxy({ send: doc.send });
    const many = Array.from({ length: MAX_SENTENCES_PER_REQUEST + 7 }, (_, i) => `Paul will send part ${i}.`);
    for (const s of many) proxy.colleagueCommitments(s);
    await tick();
    expect(doc.batches.map((b) => b.length)).toEqual([MAX_SENTENCES_PER_REQUEST, 7]);
    const settled = proxy.settled();
    await doc.release();
    await settled;
    expect(proxy.busy).toBe(false);
  });

  it('rejects replies that do not fit the sentences (wrong count, offsets outside, text that differs)', async () => {
    const bad = [
      { ok: true, results: [] },
      { ok: true, results: [[{ start: 0, end: 400, text: 'x' }]] },
      { ok: true, results: [[{ start: 0, end: 4, text: 'Anna' }]] },
      { ok: false, error: 'parser-failed' },
      'garbage',
    ];
    for (const reply of bad) {
      const proxy = new EnglishProxy({ send: async () => reply });
      proxy.colleagueCommitments(PAUL);
      await proxy.settled();
      // Not remembered: asked again next time (until the proxy gives up, see below).
      expect(proxy.colleagueCommitments(PAUL)).toBeUndefined();
    }
  });

  it('gives up after repeated failures: sentences then have no colleague commitments, never pending forever', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const onAnswer = vi.fn();
    const proxy = new EnglishProxy({ send, onAnswer });
    for (let i = 0; i < 3; i++) {
      expect(proxy.colleagueCommitments(PAUL)).toBeUndefined();
      await proxy.settled();
    }
    expect(proxy.colleagueCommitments(PAUL)).toEqual([]);
    expect(proxy.colleagueCommitments(ANNA)).toEqual([]);
    await tick();
    expect(send).toHaveBeenCalledTimes(3);
    expect(onAnswer).toHaveBeenCalledTimes(3);
  });

  it('counts a batch nobody answers in time as failed', async () => {
    vi.useFakeTimers();
    try {
      const proxy = new EnglishProxy({ send: () => new Promise(() => {}), timeoutMs: 1000 });
      proxy.colleagueCommitments(PAUL);
      const settled = proxy.settled();
      await vi.advanceTimersByTimeAsync(1001);
      await settled;
      expect(proxy.busy).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets the oldest sentences past its cache size', async () => {
    const proxy = new EnglishProxy({ send: async (s) => ({ ok: true, results: s.map(() => []) }), cacheSize: 2 });
    for (const s of ['A will go.', 'B will go.', 'C will go.']) proxy.colleagueCommitments(s);
    await proxy.settled();
    expect(proxy.colleagueCommitments('C will go.')).toEqual([]);
    expect(proxy.colleagueCommitments('A will go.')).toBeUndefined();
  });
});
