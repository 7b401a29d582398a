import type { RuleId } from './types';

/**
 * Per-language example tables, in the manner of ESLint's RuleTester and proselint's
 * examples_pass/examples_fail: for each rule, texts it must flag and texts it must leave alone,
 * and rewrites that must come out word for word. Dates resolve against EXAMPLES_NOW.
 */
export const EXAMPLES_NOW = '2026-11-19T10:00:00+02:00'; // Thursday 19 November 2026, Riga
export const EXAMPLES_TZ = 'Europe/Riga';

/** A text to flag, optionally with the exact text the finding must mark. */
export type FlagCase = string | { text: string; marks: string };

export interface RewriteCase {
  text: string;
  rule: RuleId;
  /** The first suggestion's text, exactly. */
  /** The rewrite the card offers, or null: no rewrite passes the checks, so the card only explains. */
  suggestion: string | null;
}

export interface LanguageExamples {
  flag: Record<RuleId, FlagCase[]>;
  pass: Record<RuleId, string[]>;
  /** Texts with the dates each must yield (the matched text, and the resolved day). */
  dates?: { text: string; dates: { text: string; date: string }[] }[];
  rewrites: RewriteCase[];
}
