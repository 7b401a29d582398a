import type { RuleId } from './types';

/**
 * Per-language example tables, in the manner of ESLint's RuleTester and proselint's
 * examples_pass/examples_fail: for each rule, texts it must flag and texts it must leave alone,
 * and rewrites that must come out word for word. Dates resolve against EXAMPLES_NOW.
 */
export const EXAMPLES_NOW = '2026-11-19T10:00:00+02:00'; // Thursday 19 November 2026, Riga
/**
 * The writer's own response-time sentences the tables run with (what the options' expectation line
 * gives with the default settings): an over-promise of availability is rewritten to them.
 */
export const EXAMPLES_OWN_TERMS = {
  en: 'I answer email within one working day, Monday to Friday, 9:00–18:00 Riga time.',
  ru: 'Отвечаю на письма в течение одного рабочего дня, с понедельника по пятницу, 9:00–18:00 по рижскому времени.',
  uk: "Відповідаю на листи протягом одного робочого дня, з понеділка по п'ятницю, 9:00–18:00 за ризьким часом.",
  pl: 'Odpowiadam na e-maile w ciągu jednego dnia roboczego, od poniedziałku do piątku, 9:00–18:00 według czasu w Rydze.',
  lv: 'Uz e-pastiem atbildu vienas darba dienas laikā, no pirmdienas līdz piektdienai, 9:00–18:00 pēc Rīgas laika.',
} as const;

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
