import { hashFeature } from '../scorer/features';
import type { Lang } from '../types';

/**
 * What the rewrite gate reads of one suggestion: the flagged sentence as the writer typed it and as the
 * suggestion leaves it. One function builds the features for training (scripts/gate/train.ts, from the
 * judged review rows) and for the engine, so the two never drift apart.
 */
export interface GateInput {
  lang: Lang;
  /** The rules with a finding on the sentence (order does not matter). */
  rules: readonly string[];
  sentence: string;
  rewritten: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}_'’]+|[^\p{L}\p{M}\p{N}_\s]/gu;

/** Lower-case words and single punctuation marks, digits folded to 0 (a date's day is not a feature). */
export function gateTokens(text: string): string[] {
  return (text.toLowerCase().match(TOKEN) ?? []).map((t) => t.replace(/\p{N}/gu, '0').replace(/’/g, "'"));
}

export interface Edit {
  /** Where in the sentence's tokens the edit starts and ends. */
  from: number;
  to: number;
  removed: readonly string[];
  added: readonly string[];
}

/** Beyond this many tokens a side, the diff is the changed middle between the common ends. */
const LCS_LIMIT = 160;

/**
 * The edits that turn `a` into `b`: runs of tokens between the longest common subsequence's matches.
 * A rewrite usually makes two (a hedge cut, a date added) and the gate reads each with its neighbours.
 */
export function tokenEdits(a: readonly string[], b: readonly string[]): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (!x.length && !y.length) return [];
  if (x.length > LCS_LIMIT || y.length > LCS_LIMIT || !x.length || !y.length) return [{ from: head, to: head + x.length, removed: x, added: y }];
  // lengths[i][j]: the longest common subsequence of x[i..] and y[j..].
  const width = y.length + 1;
  const lengths = new Uint16Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lengths[i * width + j] = x[i] === y[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  let open: { from: number; removed: string[]; added: string[] } | null = null;
  const close = () => {
    if (open) edits.push({ from: head + open.from, to: head + open.from + open.removed.length, removed: open.removed, added: open.added });
    open = null;
  };
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      close();
      i++;
      j++;
    } else if (j < y.length && (i === x.length || lengths[i * width + j + 1] >= lengths[(i + 1) * width + j])) {
      open ??= { from: i, removed: [], added: [] };
      open.added.push(y[j++]);
    } else {
      open ??= { from: i, removed: [], added: [] };
      open.removed.push(x[i++]);
    }
  }
  close();
  return edits;
}

/**
 * The features, as names (for the model card and tests) : the language and rules; each edit's removed
 * and added words, its kind and its neighbours (where a date lands: "see | by", "я | до"); the rewritten
 * sentence's words and word pairs; its length and punctuation.
 */
export function gateFeatureNames(x: GateInput): string[] {
  const before = gateTokens(x.sentence);
  const after = gateTokens(x.rewritten);
  const names = ['bias', `L${x.lang}`];
  for (const rule of [...new Set(x.rules)].sort()) names.push(`R${rule}`, `LR${x.lang}${rule}`);
  for (const e of tokenEdits(before, after)) {
    const previous = e.from > 0 ? before[e.from - 1] : '^';
    const next = e.to < before.length ? before[e.to] : '$';
    for (const t of e.added) names.push(`a:${t}`);
    for (const t of e.removed) names.push(`d:${t}`);
    names.push(`op:${e.added.length && e.removed.length ? 'replace' : e.added.length ? 'insert' : 'delete'}`);
    names.push(`ip:${previous}`, `in:${next}`, `ipn:${previous}|${next}`);
    names.push(`ipa:${previous}|${e.added[0] ?? '-'}`, `ina:${e.added[e.added.length - 1] ?? '-'}|${next}`);
  }
  for (const t of after) names.push(`w:${t}`);
  for (let k = 1; k < after.length; k++) names.push(`b:${after[k - 1]} ${after[k]}`);
  const words = x.sentence.match(/[\p{L}\p{N}']+/gu)?.length ?? 0;
  names.push(`len${Math.min(6, Math.floor(words / 5))}`, `comma${Math.min(3, x.sentence.split(',').length - 1)}`, `dash${/—| - /.test(x.sentence) ? 1 : 0}`);
  return names;
}

/** The features as bucket ids, without repeats, ascending. */
export function gateFeatureIds(x: GateInput, dims: number): Uint32Array {
  const ids = new Set<number>();
  for (const name of gateFeatureNames(x)) ids.add(hashFeature(name) & (dims - 1));
  return Uint32Array.from([...ids].sort((a, b) => a - b));
}
