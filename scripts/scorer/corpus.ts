/**
 * The labelled corpus as the trainer and the evaluation read it: data/corpus/{train,validation}.jsonl,
 * one passage per line with its language and five labels (see data/corpus/README.md).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, RuleId } from '../../lib/analysis/types';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../data/corpus');

export type Label = 'excuse' | 'vague_promise' | 'commitment_without_date' | 'has_concrete_date' | 'over_promise';
export const LABELS: readonly Label[] = ['excuse', 'vague_promise', 'commitment_without_date', 'has_concrete_date', 'over_promise'];

/** The rule whose findings stand for each label (has_concrete_date is read off the dates). */
export const RULE_OF: Readonly<Record<Exclude<Label, 'has_concrete_date'>, RuleId>> = {
  excuse: 'excuse',
  vague_promise: 'vague-promise',
  commitment_without_date: 'missing-date',
  over_promise: 'over-promise',
};

export interface Passage {
  id: string;
  language: Lang;
  text: string;
  labels: Record<Label, boolean>;
  source: string;
}

export function readCorpus(file: string): Passage[] {
  const path = file.includes('/') ? file : join(CORPUS_DIR, file);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Passage);
}

/** Every passage is analysed as of this instant, so dates resolve the same way on every run. */
export const CORPUS_NOW = '2026-12-01T10:00:00+02:00';
export const CORPUS_TZ = 'Europe/Riga';

/** What makes two passages the same text: case, spacing, apostrophe and dash styles aside. */
export const sameText = (t: string) =>
  t
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
