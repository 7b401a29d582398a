import { describe, expect, it } from 'vitest';
import { analyze as analyzeBare, clearAnalysisCache } from './analyze';
import type { EnglishParser } from './english';
import { compromiseParser } from './english-compromise';
import { analyze } from './index';
import type { Hit } from './pattern';

const OPTIONS = { now: '2026-11-19T10:00:00+02:00', timeZone: 'Europe/Riga' } as const;
const COLLEAGUE = 'Thanks for the brief. Paul will prepare the worksheet for you.';

/** A parser that answers only once `learn` has run, as an asynchronous parser would. */
function laterParser(id: string): EnglishParser & { learn(): void; asked: string[] } {
  const known = new Map<string, Hit[]>();
  const asked: string[] = [];
  return {
    id,
    asked,
    colleagueCommitments(sentence) {
      asked.push(sentence);
      return known.get(sentence);
    },
    learn() {
      for (const s of asked) known.set(s, compromiseParser.colleagueCommitments(s) as Hit[]);
    },
  };
}

const missingDates = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => f.rule === 'missing-date').map((f) => f.text);

describe('English parser seam', () => {
  it('Node analyze parses colleagues with compromise; the bare engine without a parser does not', () => {
    clearAnalysisCache();
    expect(missingDates(analyze(COLLEAGUE, OPTIONS))).toEqual(['Paul will prepare the worksheet for you']);
    const bare = analyzeBare(COLLEAGUE, OPTIONS);
    expect(missingDates(bare)).toEqual([]);
    expect(bare.pending).toBeUndefined();
  });

  it('marks the result pending while the parser has not answered, and does not cache that answer', () => {
    clearAnalysisCache();
    const parser = laterParser('later-1');
    const first = analyzeBare(COLLEAGUE, { ...OPTIONS, english: parser });
    expect(first.pending).toBe(true);
    expect(missingDates(first)).toEqual([]);
    // Only the sentence that could name a colleague was asked about, not the thank-you.
    expect(parser.asked).toEqual(['Paul will prepare the worksheet for you.']);

    parser.learn();
    const second = analyzeBare(COLLEAGUE, { ...OPTIONS, english: parser });
    expect(second.pending).toBeUndefined();
    expect(missingDates(second)).toEqual(['Paul will prepare the worksheet for you']);
    expect(second).toEqual(analyze(COLLEAGUE, OPTIONS));

    // Once answered, the result is cached: the parser is not asked again.
    const asks = parser.asked.length;
    analyzeBare(COLLEAGUE, { ...OPTIONS, english: parser });
    expect(parser.asked.length).toBe(asks);
  });

  it('keeps the caches of different parsers apart', () => {
    clearAnalysisCache();
    expect(missingDates(analyze(COLLEAGUE, OPTIONS))).toEqual(['Paul will prepare the worksheet for you']);
    // Same text, a parser that knows nothing yet: compromise's cached answer must not leak in.
    expect(analyzeBare(COLLEAGUE, { ...OPTIONS, english: laterParser('later-2') }).pending).toBe(true);
  });

  it('never asks about sentences in other languages or with the writer\'s own commitment', () => {
    clearAnalysisCache();
    const parser = laterParser('later-3');
    const r = analyzeBare('I will send the invoice. Paul will send it too.\n\nАнна пришлёт счёт.', { ...OPTIONS, english: parser });
    expect(parser.asked).toEqual(['Paul will send it too.']);
    expect(missingDates(r)).toEqual(['I will send the invoice']);
  });
});
