import { describe, expect, it } from 'vitest';
import { analyze as analyzeBare, clearAnalysisCache } from './analyze';
import { mayNameColleague, type EnglishParser } from './english';
import { compromiseParser } from './english-compromise';
import { analyze as analyzeWithScorer, RULES_ONLY } from './index';

const OPTIONS = { now: '2026-11-19T10:00:00+02:00', timeZone: 'Europe/Riga' } as const;
const COLLEAGUE = 'Thanks for the brief. Paul will prepare the worksheet for you.';

/** compromise, counting the sentences it is asked about. */
function countingParser(id: string): EnglishParser & { asked: string[] } {
  const asked: string[] = [];
  return {
    id,
    asked,
    colleagueCommitments(sentence) {
      asked.push(sentence);
      return compromiseParser.colleagueCommitments(sentence);
    },
  };
}

// The parser seam is what these tests are about: the rules decide alone (the scorer has tests of its own).
const analyze = (text: string, options: Parameters<typeof analyzeWithScorer>[1]) => analyzeWithScorer(text, { ...options, scorer: RULES_ONLY });

const missingDates = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => f.rule === 'missing-date').map((f) => f.text);

describe('English parser seam', () => {
  it('Node analyze parses colleagues with compromise; the bare engine without a parser does not', () => {
    clearAnalysisCache();
    expect(missingDates(analyze(COLLEAGUE, OPTIONS))).toEqual(['Paul will prepare the worksheet for you']);
    expect(missingDates(analyzeBare(COLLEAGUE, OPTIONS))).toEqual([]);
  });

  it('asks the parser only about English sentences that could name a colleague, once per sentence', () => {
    clearAnalysisCache();
    const parser = countingParser('counting-1');
    const text = 'I will send the invoice. Paul will send it too. Thanks!\n\nАнна пришлёт счёт.';
    const r = analyzeBare(text, { ...OPTIONS, english: parser });
    // Once for the draft's sentence; the rest are its suggested rewrites, read again before they are offered.
    expect(parser.asked.filter((s) => s === 'Paul will send it too.')).toHaveLength(1);
    expect(parser.asked.every((s) => s.startsWith('Paul will send it too'))).toBe(true);
    expect(missingDates(r)).toEqual(['I will send the invoice', 'Paul will send it too']);
    // Cached with the sentence: the next keystroke elsewhere does not ask again.
    const asked = parser.asked.length;
    analyzeBare(text + ' Bye.', { ...OPTIONS, english: parser });
    expect(parser.asked).toHaveLength(asked);
  });

  it('keeps the caches of different parsers apart', () => {
    clearAnalysisCache();
    expect(missingDates(analyze(COLLEAGUE, OPTIONS))).toEqual(['Paul will prepare the worksheet for you']);
    // Same text, a parser that finds nothing: compromise's cached answer must not leak in.
    const none: EnglishParser = { id: 'finds-nothing', colleagueCommitments: () => [] };
    expect(missingDates(analyzeBare(COLLEAGUE, { ...OPTIONS, english: none }))).toEqual([]);
  });
});

describe('which sentences reach the parser', () => {
  it('asks about colleagues and roles on the writer side, not the reader’s or a third party’s staff', () => {
    const parser = countingParser('gate');
    const ask = (text: string) => {
      clearAnalysisCache();
      parser.asked.length = 0;
      analyzeBare(text, { ...OPTIONS, lang: 'en', english: parser });
      return parser.asked.length > 0;
    };
    expect(ask('Our designer will send the icons.')).toBe(true);
    expect(ask('The developer will fix the form.')).toBe(true);
    expect(ask('Paul will prepare the worksheet.')).toBe(true);
    expect(ask('She will call you back.')).toBe(true);
    expect(ask("Hopefully the client's lawyer will sign this week.")).toBe(false);
    expect(ask('Your designer will send the files.')).toBe(false);
    expect(ask('Their team will review it.')).toBe(false);
    expect(ask('The client’s accountant will pay the invoice.')).toBe(false);
  });
});

describe('the cheap gate before the English parser', () => {
  it.each(['You will not get it until your keyholder allows you to.', 'They will publish the ruling.', 'Everyone will get a copy.', 'This will take a while.'])(
    'lets no parse happen for %s',
    (sentence) => {
      expect(mayNameColleague(sentence)).toBe(false);
    },
  );
  it.each(['Paul will send the invoice.', 'She will call you tomorrow.', 'Our designer will fix the header.'])('still asks the parser about %s', (sentence) => {
    expect(mayNameColleague(sentence)).toBe(true);
  });
});
