import { dateContextOf } from './analyze';
import type { EnglishParser } from './english';
import { sentenceFeatures, type SentenceFeatures } from './features';
import type { Hit } from './pattern';
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
  return findings.map((finding) => {
    const sentence = input.slice(finding.sentence.start, finding.sentence.end);
    const f = sentenceFeatures(sentence, finding.lang, dateContext, options.english);
    return { evidence: evidenceOf(finding.rule, f), score: finding.score, by: finding.origin ?? 'rules' };
  });
}
