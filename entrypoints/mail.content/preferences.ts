import { RULE_IDS, type Lang, type RuleId } from '@/lib/analysis/types';
import { LANGS } from '@/lib/dates/types';
import { offeredSentence } from './expectation-offer';
import type { Recipient } from '@/lib/mail/adapter';
import { browserTimeZone } from '@/lib/storage/settings-schema';
import { defaultSettings, loadSettings, updateSettings, watchSettings, type ClientEntry, type Settings } from '@/lib/storage/settings';

/**
 * What the hints need from the user's settings (lib/storage/settings.ts), in one place, so the
 * content script never reaches into the settings shape anywhere else.
 */
export interface HintPreferences {
  rules: RuleId[];
  ignoredPhrases: string[];
  hintsFor: Settings['hintsFor'];
  clients: ClientEntry[];
  /**
   * The zone set in the options, or undefined for the browser's own, which analysis reads when it
   * first runs: asking Intl for it at script load was ~50 ms of ICU start-up in the page's load task.
   */
  timeZone: string | undefined;
  /** Weekday numbers that are not working days, for proposed dates. */
  weekend: number[];
  /** The user's days off, which proposed dates skip too. */
  daysOff: { from: string; to: string }[];
  /**
   * The user's own response-time sentence per language (their expectation line, as the options show it),
   * which an over-promise of availability is rewritten to; undefined when the line is turned off. Made
   * on first use: building it asks Intl for the zone, which the page's load task should not pay for.
   */
  ownTerms: () => Partial<Record<Lang, string>> | undefined;
}

export function toPreferences(s: Settings): HintPreferences {
  const weekend = [0, 1, 2, 3, 4, 5, 6].filter((d) => !s.workingDays.includes(d));
  return {
    rules: RULE_IDS.filter((r) => !s.disabledRules.includes(r)),
    ignoredPhrases: s.ignoredPhrases.map((p) => p.trim().toLowerCase()).filter(Boolean),
    hintsFor: s.hintsFor,
    clients: s.clients,
    timeZone: s.timeZone ?? undefined,
    // A week with no working day would leave no day to propose: fall back to the usual weekend.
    weekend: weekend.length === 7 ? [0, 6] : weekend,
    daysOff: s.daysOff.map((d) => ({ from: d.from, to: d.to })),
    ownTerms: once(() => (s.expectationLine.enabled ? Object.fromEntries(LANGS.map((lang) => [lang, offeredSentence(s, lang, s.timeZone ?? browserTimeZone())])) : undefined)),
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

export const DEFAULT_PREFERENCES: HintPreferences = toPreferences(defaultSettings());

/** Calls `onChange` with the stored preferences now and after every change; returns the stop function. */
export function watchPreferences(onChange: (p: HintPreferences) => void): () => void {
  let stopped = false;
  let stopWatching: () => void = () => {};
  loadSettings()
    .then((s) => {
      if (!stopped) onChange(toPreferences(s));
    })
    .catch(() => {
      /* storage unavailable (extension reloading): keep the defaults */
    });
  try {
    stopWatching = watchSettings((s) => {
      if (!stopped) onChange(toPreferences(s));
    });
  } catch {
    /* as above */
  }
  return () => {
    stopped = true;
    try {
      stopWatching();
    } catch {
      /* the context may already be gone */
    }
  };
}

export async function turnOffRule(rule: RuleId): Promise<void> {
  await updateSettings((s) => (s.disabledRules.includes(rule) ? s : { ...s, disabledRules: [...s.disabledRules, rule] }));
}

/** Whether a flagged phrase is one the user asked never to see. */
export function isIgnoredPhrase(flagged: string, prefs: HintPreferences): boolean {
  const text = flagged.toLowerCase();
  return prefs.ignoredPhrases.some((p) => text.includes(p));
}

function matchesClient(address: string, client: ClientEntry): boolean {
  return client.addresses.some((pattern) => {
    if (pattern.includes('@')) return pattern === address;
    const domain = address.slice(address.lastIndexOf('@') + 1);
    return domain === pattern || domain.endsWith(`.${pattern}`);
  });
}

/**
 * Whether hints show for a draft. With "clients only" and no client list yet, every draft gets hints:
 * the setting cannot mean "none" before the user has named a single client.
 */
export function hintsWanted(recipients: Recipient[], prefs: HintPreferences): boolean {
  if (prefs.hintsFor === 'all' || prefs.clients.length === 0) return true;
  return recipients.some((r) => r.address !== null && prefs.clients.some((c) => matchesClient(r.address!, c)));
}
