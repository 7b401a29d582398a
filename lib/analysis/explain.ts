import { analyze, dateContextOf } from './analyze';
import type { EnglishParser } from './english';
import { sentenceFeatures, type SentenceFeatures } from './features';
import type { Hit } from './pattern';
import { OPEN_GATE } from './rewrite-gate/types';
import { sentenceAfter } from './sentence-after';
import type { AnalyzeOptions, Finding } from './types';

/** One piece of what a rule found in the sentence: "cause: my laptop died". */
export interface Evidence {
  part: string;
  text: string;
}

/** Why a finding was made: the rules' evidence in its sentence, and the scorer's say. */
export interface Explanation {
  evidence: Evidence[];
  /** The scorer's probability for the rule on this sentence; absent when the rules decided alone. */
  score?: number;
  /** Who made the finding: the rules (the scorer kept it, or there is no scorer), or the scorer alone. */
  by: 'rules' | 'scorer';
  /**
   * The learned rewrite gate's say on the sentence's checked rewrite: its probability that an editor
   * passes it, the cut, and whether it is offered. Absent when no rewrite was built and checked, or
   * no gate was asked.
   */
  rewrite?: { score: number; cut: number; offered: boolean };
}

const parts = (part: string, hits: readonly Hit[]) => hits.map((h) => ({ part, text: h.text }));

function evidenceOf(rule: Finding['rule'], f: SentenceFeatures): Evidence[] {
  const e = f.excuse;
  switch (rule) {
    case 'excuse':
      return [
        ...parts('cause', e.causes),
        ...parts('excuse', e.standalone),
        ...parts('slip', e.slips),
        ...parts('link', e.links),
        ...parts('apology', e.apologies),
      ];
    case 'vague-promise':
      return [...f.hedges.map((h) => ({ part: `hedge (${h.kind})`, text: h.text })), ...parts('commitment', f.commitments)];
    case 'missing-date':
      return [...parts('commitment', f.commitments), ...parts('vague timing', f.vagueTiming), ...parts('date', f.dates.map((d) => ({ start: d.start, end: d.end, text: d.text })))];
    case 'over-promise':
      return f.overPromises.map((o) => ({ part: o.kind, text: o.text }));
  }
}

/**
 * The explanation of each finding of `analyze(input, options)`: the sentence is read again (the
 * features are cached, so this costs little) and the parts the finding's rule looks at are listed.
 * For `candor analyze --explain`.
 */
export function explain(input: string, findings: readonly Finding[], options: AnalyzeOptions & { english: EnglishParser }): Explanation[] {
  const dateContext = dateContextOf(options);
  const gate = options.rewriteGate;
  // The rewrites as built and checked before the gate's say, to show what it withheld and why.
  const open = gate && gate !== OPEN_GATE ? analyze(input, { ...options, rewriteGate: OPEN_GATE }).findings : [];
  return findings.map((finding) => {
    const sentence = input.slice(finding.sentence.start, finding.sentence.end);
    const f = sentenceFeatures(sentence, finding.lang, dateContext, options.english);
    const out: Explanation = { evidence: evidenceOf(finding.rule, f), score: finding.score, by: finding.origin ?? 'rules' };
    const inSentence = open.filter((o) => o.sentence.start === finding.sentence.start && o.sentence.end === finding.sentence.end);
    const built = inSentence.find((o) => o.suggestions.length)?.suggestions[0];
    if (gate && built) {
      const score = gate.score({ lang: built.lang, rules: [...new Set(inSentence.map((o) => o.rule))], sentence, rewritten: sentenceAfter(input, finding.sentence, built) });
      out.rewrite = { score, cut: gate.cutFor(built.lang), offered: finding.suggestions.length > 0 };
    }
    return out;
  });
}
