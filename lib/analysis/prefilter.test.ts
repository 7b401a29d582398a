import { describe, expect, it } from 'vitest';
import { compiled, lexiconOf } from './compiled';
import type { LanguageExamples } from './examples';
import { examples as en } from './lexicons/en.examples';
import { examples as lv } from './lexicons/lv.examples';
import { examples as pl } from './lexicons/pl.examples';
import { examples as ru } from './lexicons/ru.examples';
import { examples as uk } from './lexicons/uk.examples';
import { OVER_PROMISE_KINDS, type Lexicon } from './lexicons/types';
import { AFTER_WORD, alternatives, BEFORE_WORD, compile, findAll, mayMatch, test, type PhraseMatcher } from './pattern';
import { foldForPrefilter, needlesOf } from './prefilter';
import type { Lang } from './types';

const LANGS: Lang[] = ['en', 'ru', 'uk', 'pl', 'lv'];

function textsOf(e: LanguageExamples): string[] {
  return [
    ...Object.values(e.flag).flat().map((c) => (typeof c === 'string' ? c : c.text)),
    ...Object.values(e.pass).flat(),
    ...(e.dates ?? []).map((d) => d.text),
    ...e.rewrites.map((r) => r.text),
  ];
}

// Every table's sentences, and the same shouted, with odd whitespace and without the first letter
// (so phrases start mid-word): the gate and the split lists must agree with one regex on all of them.
const TEXTS = [en, ru, uk, pl, lv].flatMap(textsOf).flatMap((t) => [
  t,
  t.toUpperCase(),
  t.replace(/ /g, (_m, i: number) => (i % 3 === 0 ? '\t' : i % 3 === 1 ? '\u00a0 ' : '\n')),
  t.slice(1),
]);

/** Every phrase list of a lexicon, by name, as written. */
function phraseLists(lex: Lexicon): [string, readonly string[]][] {
  const e = lex.excuse;
  return [
    ['commitment', lex.commitment], ['notCommitment', lex.notCommitment], ['recipientTrigger', lex.recipientTrigger],
    ['recipientCondition', lex.recipientCondition], ['tentative', lex.tentative], ['notOwnFuture', lex.notOwnFuture ?? []],
    ['softHedge', lex.softHedge], ['deferral', lex.deferral], ['hedgeAboutOthers', lex.hedgeAboutOthers ?? []],
    ['vagueTiming', lex.vagueTiming], ['cause', e.cause], ['standalone', e.standalone], ['slip', e.slip], ['link', e.link],
    ['apology', e.apology], ['notExcuse', e.notExcuse], ['decline', e.decline], ['we', lex.we],
    ['notOverPromise', lex.overPromise.notOverPromise],
    ...OVER_PROMISE_KINDS.map((kind): [string, readonly string[]] => [`overPromise ${kind}`, lex.overPromise[kind]]),
    ...lex.selfHedge.map(([phrase], i): [string, string[]] => [`selfHedge ${i}`, [phrase]]),
  ];
}

/** What the engine found before lists were split and gated: one regex of the whole list. */
function oneRegex(phrases: readonly string[]): RegExp {
  return phrases.length ? new RegExp(`${BEFORE_WORD}(?:${alternatives(phrases).join('|')})${AFTER_WORD}`, 'giu') : /(?!)/gu;
}

function oneRegexHits(re: RegExp, text: string) {
  re.lastIndex = 0;
  const hits = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits;
}

describe('fold', () => {
  it('maps every character a case-insensitive regex equates with a lexicon letter to the same string', () => {
    let bmp = '';
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) bmp += String.fromCharCode(c);
    const letters = new Set<string>();
    for (const lang of LANGS) for (const [, phrases] of phraseLists(lexiconOf(lang))) for (const p of phrases) for (const ch of p) if (/\p{L}/u.test(ch)) letters.add(ch);
    const wrong: string[] = [];
    for (const letter of letters) {
      for (const m of bmp.matchAll(new RegExp(letter, 'giu'))) {
        if (foldForPrefilter(m[0]) !== foldForPrefilter(letter)) wrong.push(`${m[0]} (U+${m[0].charCodeAt(0).toString(16)}) ~ ${letter}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('folds whitespace runs to one space and Latvian letters to plain ones', () => {
    expect(foldForPrefilter('Centīšos\t\n NOSŪTĪT')).toBe('centisos nosutit');
  });
});

describe('needlesOf', () => {
  it('reads literal words and alternatives', () => {
    expect(needlesOf(`${BEFORE_WORD}(?:(?:i|we)\\s+will\\s+try)${AFTER_WORD}`, 'giu')).toEqual([' will try']);
    // The whole phrases, cut to ten characters: a longer needle wakes the part in fewer sentences.
    expect(needlesOf('(?:send|mail) (?:it|them) now', 'giu')).toEqual(['send it no', 'send them ', 'mail it no', 'mail them ']);
  });

  it('prefers longer needles to a short common word, however many there are', () => {
    // "nie " is in most Polish sentences; the verbs after it are not.
    expect(needlesOf('nie\\s+(?:wyślę|prześlę|podeślę)', 'giu')).toEqual(['nie wyślę', 'nie prześl', 'nie podeśl']);
    // Once both sets have needles of eight characters, the smaller set is kept.
    expect(needlesOf('(?:centīšos|mēģināšu)\\s+(?:nosūtīt|aizsūtīt)', 'giu')).toEqual(['centisos', 'meginasu']);
  });

  it('cuts needles to ten characters, which keeps the trie small', () => {
    for (const n of needlesOf('(?:please kindly find attached|we are delighted to announce)', 'giu')!) expect(n.length).toBeLessThanOrEqual(10);
  });

  it('keeps one needle of a sequence instead of a product of alternatives', () => {
    expect(needlesOf('(?:ceru|centīšos|mēģināšu)\\s+nosūtīt', 'giu')).toEqual([' nosutit']);
  });

  it('gives up on what may match anything', () => {
    expect(needlesOf('\\p{L}+', 'giu')).toBeNull();
    expect(needlesOf('(?:try)?', 'giu')).toBeNull();
    expect(needlesOf('[^b]*c?|d', 'giu')).toBeNull();
    expect(needlesOf('a[^b]*c|d', 'giu')).toEqual(['a', 'd']);
    expect(needlesOf('try', 'gi')).toBeNull(); // not a `u` source: not read
  });

  it('counts a class of a few letters as those letters and a look-around as nothing', () => {
    expect(needlesOf('(?<=\\b(?:i|we) )[Mm]ight(?= be)', 'giu')).toEqual(['might']);
  });
});

describe('gated and split phrase lists', () => {
  for (const lang of LANGS) {
    it(`${lang}: finds exactly what one regex of each whole list finds`, () => {
      const c = compiled(lang);
      const byName = new Map<string, PhraseMatcher>(
        Object.entries(c).filter(([k]) => k !== 'lex' && k !== 'selfHedge' && k !== 'overPromise') as [string, PhraseMatcher][],
      );
      for (const kind of OVER_PROMISE_KINDS) byName.set(`overPromise ${kind}`, c.overPromise[kind]);
      c.selfHedge.forEach((h, i) => byName.set(`selfHedge ${i}`, h.re));
      const mismatches: string[] = [];
      for (const [name, phrases] of phraseLists(lexiconOf(lang))) {
        const matcher = byName.get(name)!;
        const re = oneRegex(phrases);
        for (const text of TEXTS) {
          const want = oneRegexHits(re, text);
          const got = findAll(matcher, text);
          if (JSON.stringify(got) !== JSON.stringify(want) || test(matcher, text) !== want.length > 0) mismatches.push(`${name}: ${text}`);
        }
      }
      expect(mismatches).toEqual([]);
    });

    it(`${lang}: never gates out a part that matches`, () => {
      const c = compiled(lang);
      const matchers = [
        ...(Object.values(c).filter((v) => v !== c.lex && v !== c.overPromise && !Array.isArray(v)) as PhraseMatcher[]),
        ...OVER_PROMISE_KINDS.map((kind) => c.overPromise[kind]),
        ...c.selfHedge.map((h) => h.re),
      ];
      const missed: string[] = [];
      for (const m of matchers) {
        for (const part of m.parts) {
          const re = new RegExp(part.source, part.flags);
          for (const text of TEXTS) if (re.test(text) && !mayMatch(part, text)) missed.push(`${part.source.slice(0, 60)}: ${text}`);
        }
      }
      expect(missed).toEqual([]);
    });
  }

  it('skips most lists on an ordinary sentence', () => {
    const c = compiled('lv');
    const parts = [...c.selfHedge.flatMap((h) => h.re.parts), ...c.cause.parts];
    const woken = parts.filter((p) => mayMatch(p, 'Paldies par ziņu, tiksimies otrdien birojā.'));
    expect(woken.length).toBeLessThan(parts.length / 10);
  });

  it('keeps the word boundary before a phrase, also after a letter outside the BMP', () => {
    const m = compile(['send']);
    expect(findAll(m, 'resend it, then send it').map((h) => h.start)).toEqual([16]);
    expect(findAll(m, '\u{1D400}send')).toEqual([]);
    expect(findAll(m, '\u{1F600}send').map((h) => h.start)).toEqual([2]);
  });
});
