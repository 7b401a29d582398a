/**
 * The settings the user controls, as plain data: types, defaults, validation, repair, migrations and
 * the JSON import/export format. No storage and no browser APIs here (see ./settings.ts for those), so
 * the options page, the background and Node tests all share one definition.
 *
 *   validateSettings(x)     strict: { ok: true, settings } | { ok: false, issues }  (for forms and imports)
 *   validateSettingsField(key, x)  the same, one field at a time (for inline form errors)
 *   repairSettings(x)       lenient: always returns usable settings, keeping every valid field and
 *                           every valid list entry, plus the issues it repaired (for stored data)
 *   migrateSettings(x, fromVersion)  older shapes to the current one (never throws)
 *   exportSettingsJson / importSettingsJson  a versioned, validated JSON envelope
 *   resolveTimeZone(settings)  the configured zone, or the browser's when none is set
 *   withOwnAddress(settings, address)   learn the user's address from the mail app
 *   SETTINGS_FIELD_NAMES      settings key -> the options form's data-candor-field name
 *
 * Issues carry a stable `code` and `params` so the options page can translate them; `message` is the
 * English text for logs and tests. `field` is the top-level settings key (the options form's field),
 * `path` points inside it ("clients[2].addresses[0]").
 */
import { RULE_IDS, type RuleId } from '../analysis/types';
import { parseYmd } from '../dates/calendar';
import { LANGS, type Lang } from '../dates/types';

export const SETTINGS_VERSION = 2;

/** How soon the user means to answer: calendar hours, working hours, or working days. */
export interface ResponseTarget {
  amount: number;
  unit: ResponseTargetUnit;
}
export type ResponseTargetUnit = 'hours' | 'business-hours' | 'business-days';
export const RESPONSE_TARGET_UNITS: readonly ResponseTargetUnit[] = ['hours', 'business-hours', 'business-days'];

export interface ClientEntry {
  /** Stable key for the UI and per-client statistics. */
  id: string;
  name: string;
  /**
   * Lower-case addresses ("anna@acme.com") and whole domains ("acme.com", which also covers
   * subdomains such as "eu.acme.com"). A leading "@" on input means a domain and is dropped.
   */
  addresses: string[];
  /** Overrides the default target for this client. */
  responseTarget?: ResponseTarget;
}

/** "HH:MM" wall-clock times, start < end; end may be "24:00". */
export interface WorkingPeriod {
  start: string;
  end: string;
}

/** Inclusive range of calendar days ("YYYY-MM-DD") the user does not work; `to` = `from` for one day. */
export interface DayOff {
  from: string;
  to: string;
  note?: string;
}

export type HintScope = 'all' | 'clients';

// Ledger retention (the "Your data" options section): how long answered threads and past promises are kept.
export const RETENTION_CHOICES = [30, 90, 365] as const;
export type RetentionDays = (typeof RETENTION_CHOICES)[number];
// Expectation line: the response-time sentence offered in a first draft to a client.
export interface ExpectationLineSettings {
  /** Offer the sentence at all. */
  enabled: boolean;
  /** The user's own wording per draft language; a language left out gets the generated sentence. */
  custom: Partial<Record<Lang, string>>;
}

export interface Settings {
  clients: ClientEntry[];
  /** The user's own addresses, lower case: messages from these are never the client's. */
  ownAddresses: string[];
  /** 0 = Sunday .. 6 = Saturday, ascending. */
  workingDays: number[];
  /** Sorted, non-overlapping periods that apply to every working day. */
  workingHours: WorkingPeriod[];
  /** IANA zone, or null for the browser's zone (resolved when used, so travelling just works). */
  timeZone: string | null;
  daysOff: DayOff[];
  defaultResponseTarget: ResponseTarget;
  disabledRules: RuleId[];
  /** Phrases the user never wants flagged, as typed (matching is the analysis layer's business). */
  ignoredPhrases: string[];
  /** Show writing hints in every draft, or only in drafts to clients. */
  hintsFor: HintScope;
  /** Ledger retention: answered threads idle this long, and promises this far past, are deleted. */
  retentionDays: RetentionDays;
  // Expectation line
  expectationLine: ExpectationLineSettings;
}

export type SettingsKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  clients: [],
  ownAddresses: [],
  workingDays: [1, 2, 3, 4, 5],
  workingHours: [{ start: '09:00', end: '18:00' }],
  timeZone: null,
  daysOff: [],
  defaultResponseTarget: { amount: 1, unit: 'business-days' },
  disabledRules: [],
  ignoredPhrases: [],
  hintsFor: 'all',
  retentionDays: 90,
  // Expectation line
  expectationLine: { enabled: true, custom: {} },
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

// ---------------------------------------------------------------------------------------------
// Issues

export type SettingsIssueCode =
  | 'not-an-object'
  | 'wrong-type'
  | 'required'
  | 'invalid-email'
  | 'invalid-address-or-domain'
  | 'duplicate-address'
  | 'duplicate'
  | 'invalid-time'
  | 'period-empty'
  | 'periods-overlap'
  | 'no-working-days'
  | 'no-working-hours'
  | 'invalid-weekday'
  | 'invalid-date'
  | 'range-reversed'
  | 'invalid-time-zone'
  | 'out-of-range'
  | 'unknown-value'
  | 'too-long'
  | 'too-many'
  | 'invalid-json'
  | 'wrong-format'
  | 'newer-version';

export interface SettingsIssue {
  field: SettingsKey | 'root';
  path: string;
  code: SettingsIssueCode;
  message: string;
  params?: Record<string, string | number>;
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

export class SettingsValidationError extends Error {
  readonly issues: SettingsIssue[];
  constructor(issues: SettingsIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'invalid settings');
    this.name = 'SettingsValidationError';
    this.issues = issues;
  }
}

type Report = (path: string, code: SettingsIssueCode, message: string, params?: Record<string, string | number>) => void;

// ---------------------------------------------------------------------------------------------
// Limits: generous for people, small enough that junk cannot blow up storage or the UI.

export const LIMITS = Object.freeze({
  clients: 2000,
  addressesPerClient: 100,
  ownAddresses: 50,
  workingPeriods: 6,
  daysOff: 1000,
  ignoredPhrases: 1000,
  phraseLength: 200,
  nameLength: 200,
  targetHours: 24 * 60,
  targetBusinessHours: 24 * 60,
  targetBusinessDays: 60,
  // Expectation line: a sentence, not a letter.
  expectationLineLength: 400,
});

// ---------------------------------------------------------------------------------------------
// Addresses

const EMAIL_RE = /^[^\s@<>(),;:"[\]]+@([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)$/;
const DOMAIN_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/** Lower-cases and trims an address, unwrapping "Name <addr>" and "mailto:"; null when it is not one. */
export function normalizeEmail(input: string): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim();
  const angle = /<([^<>]+)>\s*$/.exec(s);
  if (angle) s = angle[1].trim();
  s = s.replace(/^mailto:/i, '').toLowerCase();
  return s.length <= 254 && EMAIL_RE.test(s) ? s : null;
}

/** An address or a whole domain ("acme.com" or "@acme.com"), normalised; null when it is neither. */
export function normalizeAddressPattern(input: string): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim().toLowerCase();
  const domain = s.startsWith('@') ? s.slice(1) : s.includes('@') ? null : s;
  if (domain !== null) return domain.length <= 253 && DOMAIN_RE.test(domain) ? domain : null;
  return normalizeEmail(s);
}

// ---------------------------------------------------------------------------------------------
// Time strings

const HHMM_RE = /^([01]?\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight for "HH:MM" (0..1440, "24:00" allowed), NaN otherwise. */
export function parseHhmm(s: string): number {
  const m = typeof s === 'string' ? HHMM_RE.exec(s.trim()) : null;
  if (!m) return Number.NaN;
  const minutes = +m[1] * 60 + +m[2];
  return minutes <= 1440 ? minutes : Number.NaN;
}

function formatHhmm(minutes: number): string {
  return String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');
}

export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || !zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Field readers: each turns an unknown value into a valid one, reporting what it had to change.
// Strict validation is "no reports"; repair is "take the value anyway".

type Reader<K extends SettingsKey> = (raw: unknown, report: Report) => Settings[K];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readList<T>(raw: unknown, path: string, report: Report, max: number, readEntry: (entry: unknown, at: string) => T | null, fallback: T[]): T[] {
  if (!Array.isArray(raw)) {
    report(path, 'wrong-type', 'must be a list', { expected: 'list' });
    return fallback;
  }
  const out: T[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (out.length >= max) {
      report(path, 'too-many', `at most ${max} entries`, { max });
      break;
    }
    const value = readEntry(raw[i], `${path}[${i}]`);
    if (value !== null) out.push(value);
  }
  return out;
}

function readResponseTarget(raw: unknown, path: string, report: Report): ResponseTarget | null {
  if (!isRecord(raw)) {
    report(path, 'wrong-type', 'must be an amount and a unit', { expected: 'object' });
    return null;
  }
  const unit = raw.unit;
  if (typeof unit !== 'string' || !(RESPONSE_TARGET_UNITS as readonly string[]).includes(unit)) {
    report(`${path}.unit`, 'unknown-value', `unit must be one of ${RESPONSE_TARGET_UNITS.join(', ')}`, { allowed: RESPONSE_TARGET_UNITS.join(', ') });
    return null;
  }
  const amount = raw.amount;
  const max = unit === 'hours' ? LIMITS.targetHours : unit === 'business-hours' ? LIMITS.targetBusinessHours : LIMITS.targetBusinessDays;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    report(`${path}.amount`, 'wrong-type', 'amount must be a number', { expected: 'number' });
    return null;
  }
  // Quarter steps: "0.5 business days" is a real target, "0.0001 hours" is junk.
  if (amount <= 0 || amount > max || Math.round(amount * 4) !== amount * 4) {
    report(`${path}.amount`, 'out-of-range', `amount must be more than 0 and at most ${max}, in steps of 0.25`, { min: 0, max });
    return null;
  }
  return { amount, unit: unit as ResponseTargetUnit };
}

function readString(raw: unknown, path: string, report: Report, maxLength: number): string | null {
  if (typeof raw !== 'string') {
    report(path, 'wrong-type', 'must be text', { expected: 'string' });
    return null;
  }
  const s = raw.trim();
  if (s.length > maxLength) {
    report(path, 'too-long', `at most ${maxLength} characters`, { max: maxLength });
    return null;
  }
  return s;
}

const readClients: Reader<'clients'> = (raw, report) => {
  const seenPatterns = new Map<string, string>();
  const seenIds = new Set<string>();
  return readList(raw, 'clients', report, LIMITS.clients, (entry, at) => {
    if (!isRecord(entry)) {
      report(at, 'wrong-type', 'a client must be an object with a name and addresses', { expected: 'object' });
      return null;
    }
    const addresses: string[] = [];
    const rawAddresses = typeof entry.addresses === 'string' ? [entry.addresses] : entry.addresses;
    readList(rawAddresses, `${at}.addresses`, report, LIMITS.addressesPerClient, (a, aAt) => {
      const normal = normalizeAddressPattern(a as string);
      if (normal === null) {
        report(aAt, 'invalid-address-or-domain', `"${String(a)}" is neither an address (anna@acme.com) nor a domain (acme.com)`, { value: String(a) });
        return null;
      }
      if (addresses.includes(normal)) return null;
      const owner = seenPatterns.get(normal);
      if (owner !== undefined) {
        report(aAt, 'duplicate-address', `${normal} already belongs to ${owner}`, { value: normal, client: owner });
        return null;
      }
      addresses.push(normal);
      return normal;
    }, []);
    if (addresses.length === 0) {
      report(`${at}.addresses`, 'required', 'a client needs at least one address or domain');
      return null;
    }
    let name = entry.name === undefined ? '' : readString(entry.name, `${at}.name`, report, LIMITS.nameLength);
    if (name === null) name = '';
    // A client without a name still needs a label in the popup: the first address is the honest one.
    if (!name) name = addresses[0];
    let id = typeof entry.id === 'string' && entry.id.trim() ? entry.id.trim().slice(0, 100) : `client:${addresses[0]}`;
    if (seenIds.has(id)) {
      let n = 2;
      while (seenIds.has(`${id}#${n}`)) n++;
      id = `${id}#${n}`;
    }
    seenIds.add(id);
    for (const pattern of addresses) seenPatterns.set(pattern, name);
    const client: ClientEntry = { id, name, addresses };
    if (entry.responseTarget !== undefined && entry.responseTarget !== null) {
      const target = readResponseTarget(entry.responseTarget, `${at}.responseTarget`, report);
      if (target) client.responseTarget = target;
    }
    return client;
  }, []);
};

const readOwnAddresses: Reader<'ownAddresses'> = (raw, report) => {
  const out: string[] = [];
  for (const a of readList(raw, 'ownAddresses', report, LIMITS.ownAddresses, (entry, at) => {
    const normal = normalizeEmail(entry as string);
    if (normal === null) report(at, 'invalid-email', `"${String(entry)}" is not an email address`, { value: String(entry) });
    return normal;
  }, [])) {
    if (!out.includes(a)) out.push(a);
  }
  return out;
};

const readWorkingDays: Reader<'workingDays'> = (raw, report) => {
  const days = readList(raw, 'workingDays', report, 7, (entry, at) => {
    if (typeof entry !== 'number' || !Number.isInteger(entry) || entry < 0 || entry > 6) {
      report(at, 'invalid-weekday', 'a weekday is a number from 0 (Sunday) to 6 (Saturday)', { min: 0, max: 6 });
      return null;
    }
    return entry;
  }, [...DEFAULT_SETTINGS.workingDays]);
  const unique = [...new Set(days)].sort((a, b) => a - b);
  if (unique.length === 0) {
    report('workingDays', 'no-working-days', 'choose at least one working day');
    return [...DEFAULT_SETTINGS.workingDays];
  }
  return unique;
};

const readWorkingHours: Reader<'workingHours'> = (raw, report) => {
  const periods = readList(raw, 'workingHours', report, LIMITS.workingPeriods, (entry, at) => {
    if (!isRecord(entry)) {
      report(at, 'wrong-type', 'a working period has a start and an end', { expected: 'object' });
      return null;
    }
    const start = parseHhmm(entry.start as string);
    const end = parseHhmm(entry.end as string);
    if (Number.isNaN(start) || start >= 1440) {
      report(`${at}.start`, 'invalid-time', `"${String(entry.start)}" is not a time like 09:00`, { value: String(entry.start) });
      return null;
    }
    if (Number.isNaN(end)) {
      report(`${at}.end`, 'invalid-time', `"${String(entry.end)}" is not a time like 18:00`, { value: String(entry.end) });
      return null;
    }
    if (end <= start) {
      report(at, 'period-empty', `the end (${formatHhmm(end)}) must be after the start (${formatHhmm(start)})`, { start: formatHhmm(start), end: formatHhmm(end) });
      return null;
    }
    return { start, end };
  }, DEFAULT_SETTINGS.workingHours.map((p) => ({ start: parseHhmm(p.start), end: parseHhmm(p.end) })));
  periods.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const p of periods) {
    const last = merged[merged.length - 1];
    if (last && p.start < last.end) {
      report('workingHours', 'periods-overlap', `${formatHhmm(p.start)}-${formatHhmm(p.end)} overlaps ${formatHhmm(last.start)}-${formatHhmm(last.end)}`, {
        a: `${formatHhmm(last.start)}-${formatHhmm(last.end)}`,
        b: `${formatHhmm(p.start)}-${formatHhmm(p.end)}`,
      });
      last.end = Math.max(last.end, p.end);
    } else merged.push({ ...p });
  }
  if (merged.length === 0) {
    report('workingHours', 'no-working-hours', 'add at least one working period, such as 09:00-18:00');
    return DEFAULT_SETTINGS.workingHours.map((p) => ({ ...p }));
  }
  return merged.map((p) => ({ start: formatHhmm(p.start), end: formatHhmm(p.end) }));
};

const readTimeZone: Reader<'timeZone'> = (raw, report) => {
  if (raw === null || raw === '') return null;
  if (typeof raw !== 'string' || !isValidTimeZone(raw.trim())) {
    report('timeZone', 'invalid-time-zone', `"${String(raw)}" is not a time zone such as Europe/Riga`, { value: String(raw) });
    return null;
  }
  return raw.trim();
};

const readDaysOff: Reader<'daysOff'> = (raw, report) => {
  const ranges = readList(raw, 'daysOff', report, LIMITS.daysOff, (entry, at) => {
    // A bare date string is accepted as a single day: the shape people type into a JSON file.
    const rec = typeof entry === 'string' ? { from: entry, to: entry } : entry;
    if (!isRecord(rec)) {
      report(at, 'wrong-type', 'a day off is a date or a range with from and to', { expected: 'object' });
      return null;
    }
    const from = typeof rec.from === 'string' ? rec.from.trim() : '';
    const to = rec.to === undefined || rec.to === null || rec.to === '' ? from : typeof rec.to === 'string' ? rec.to.trim() : '';
    const fromDay = parseYmd(from);
    const toDay = parseYmd(to);
    if (Number.isNaN(fromDay)) {
      report(`${at}.from`, 'invalid-date', `"${String(rec.from)}" is not a date like 2026-12-24`, { value: String(rec.from) });
      return null;
    }
    if (Number.isNaN(toDay)) {
      report(`${at}.to`, 'invalid-date', `"${String(rec.to)}" is not a date like 2026-12-31`, { value: String(rec.to) });
      return null;
    }
    if (toDay < fromDay) {
      report(at, 'range-reversed', `${to} is before ${from}`, { from, to });
      return null;
    }
    if (toDay - fromDay > 366) {
      report(at, 'out-of-range', 'a single range of days off can be at most a year long', { max: 366 });
      return null;
    }
    const day: DayOff = { from, to };
    if (typeof rec.note === 'string' && rec.note.trim()) day.note = rec.note.trim().slice(0, LIMITS.nameLength);
    return day;
  }, []);
  return ranges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
};

const readDefaultTarget: Reader<'defaultResponseTarget'> = (raw, report) => readResponseTarget(raw, 'defaultResponseTarget', report) ?? { ...DEFAULT_SETTINGS.defaultResponseTarget };

const readDisabledRules: Reader<'disabledRules'> = (raw, report) => {
  const rules = readList(raw, 'disabledRules', report, RULE_IDS.length * 4, (entry, at) => {
    if (typeof entry !== 'string' || !(RULE_IDS as readonly string[]).includes(entry)) {
      report(at, 'unknown-value', `"${String(entry)}" is not a rule; rules are ${RULE_IDS.join(', ')}`, { value: String(entry), allowed: RULE_IDS.join(', ') });
      return null;
    }
    return entry as RuleId;
  }, []);
  return RULE_IDS.filter((id) => rules.includes(id));
};

const readIgnoredPhrases: Reader<'ignoredPhrases'> = (raw, report) => {
  const seen = new Set<string>();
  return readList(raw, 'ignoredPhrases', report, LIMITS.ignoredPhrases, (entry, at) => {
    const s = readString(entry, at, report, LIMITS.phraseLength);
    if (s === null) return null;
    const key = s.toLocaleLowerCase();
    if (!s || seen.has(key)) return null;
    seen.add(key);
    return s;
  }, []);
};

const readHintsFor: Reader<'hintsFor'> = (raw, report) => {
  if (raw === 'all' || raw === 'clients') return raw;
  report('hintsFor', 'unknown-value', 'hints are for "all" drafts or only "clients" drafts', { allowed: 'all, clients' });
  return DEFAULT_SETTINGS.hintsFor;
};

// Ledger retention.
const readRetentionDays: Reader<'retentionDays'> = (raw, report) => {
  if ((RETENTION_CHOICES as readonly unknown[]).includes(raw)) return raw as RetentionDays;
  report('retentionDays', 'unknown-value', `data is kept for ${RETENTION_CHOICES.join(', ')} days`, { allowed: RETENTION_CHOICES.join(', ') });
  return DEFAULT_SETTINGS.retentionDays;
};

// Expectation line
const readExpectationLine: Reader<'expectationLine'> = (raw, report) => {
  const fallback = (): ExpectationLineSettings => ({ enabled: DEFAULT_SETTINGS.expectationLine.enabled, custom: {} });
  if (!isRecord(raw)) {
    report('expectationLine', 'wrong-type', 'must be an object with enabled and custom', { expected: 'object' });
    return fallback();
  }
  const out = fallback();
  if (typeof raw.enabled === 'boolean') out.enabled = raw.enabled;
  else if (raw.enabled !== undefined) report('expectationLine.enabled', 'wrong-type', 'enabled must be true or false', { expected: 'boolean' });
  if (raw.custom === undefined || raw.custom === null) return out;
  if (!isRecord(raw.custom)) {
    report('expectationLine.custom', 'wrong-type', 'custom must map languages to sentences', { expected: 'object' });
    return out;
  }
  for (const [lang, text] of Object.entries(raw.custom)) {
    if (!(LANGS as readonly string[]).includes(lang)) {
      report(`expectationLine.custom.${lang}`, 'unknown-value', `"${lang}" is not a language; languages are ${LANGS.join(', ')}`, { value: lang, allowed: LANGS.join(', ') });
      continue;
    }
    const sentence = readString(text, `expectationLine.custom.${lang}`, report, LIMITS.expectationLineLength);
    // Line breaks would split the inserted paragraph; an empty box means "the generated sentence".
    if (sentence) out.custom[lang as Lang] = sentence.replace(/\s*\n\s*/g, ' ');
  }
  return out;
};

const READERS: { [K in SettingsKey]: Reader<K> } = {
  clients: readClients,
  ownAddresses: readOwnAddresses,
  workingDays: readWorkingDays,
  workingHours: readWorkingHours,
  timeZone: readTimeZone,
  daysOff: readDaysOff,
  defaultResponseTarget: readDefaultTarget,
  disabledRules: readDisabledRules,
  ignoredPhrases: readIgnoredPhrases,
  hintsFor: readHintsFor,
  retentionDays: readRetentionDays,
  // Expectation line
  expectationLine: readExpectationLine,
};

export const SETTINGS_KEYS = Object.keys(READERS) as SettingsKey[];

/**
 * The options form's field names (its `data-candor-field` hooks) for each settings key, so an issue's
 * `field` can be shown next to the input it is about.
 */
export const SETTINGS_FIELD_NAMES: Readonly<Record<SettingsKey, string>> = Object.freeze({
  clients: 'clients',
  ownAddresses: 'own-addresses',
  workingDays: 'working-days',
  workingHours: 'working-hours',
  timeZone: 'time-zone',
  daysOff: 'days-off',
  defaultResponseTarget: 'response-target',
  disabledRules: 'rules',
  ignoredPhrases: 'ignored-phrases',
  hintsFor: 'hints-for',
  retentionDays: 'retention',
  // Expectation line
  expectationLine: 'expectation-line',
});

/**
 * Settings with `address` added to the user's own addresses, for addresses learned from the mail app
 * (the account menu, the From field). The same object comes back when there is nothing to add, so a
 * caller can skip the write.
 */
export function withOwnAddress(settings: Settings, address: string): Settings {
  const normal = normalizeEmail(address);
  if (!normal || settings.ownAddresses.includes(normal) || settings.ownAddresses.length >= LIMITS.ownAddresses) return settings;
  return { ...settings, ownAddresses: [...settings.ownAddresses, normal] };
}

function fieldOf(path: string): SettingsKey | 'root' {
  const key = /^[A-Za-z]+/.exec(path)?.[0];
  return key && (SETTINGS_KEYS as string[]).includes(key) ? (key as SettingsKey) : 'root';
}

function collector(issues: SettingsIssue[]): Report {
  return (path, code, message, params) => issues.push({ field: fieldOf(path), path, code, message, ...(params ? { params } : {}) });
}

/** Parses a string that should hold JSON, for values someone stored as text. */
function unwrapJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * Always returns complete, valid settings. Each field is read on its own: a broken field falls back
 * to its default, a broken list entry is dropped, and everything valid is kept.
 */
export function repairSettings(raw: unknown): { settings: Settings; issues: SettingsIssue[] } {
  const issues: SettingsIssue[] = [];
  const report = collector(issues);
  const input = unwrapJson(raw);
  const settings = defaultSettings();
  if (!isRecord(input)) {
    if (raw !== undefined && raw !== null) report('root', 'not-an-object', 'stored settings were not an object; defaults used');
    return { settings, issues };
  }
  for (const key of SETTINGS_KEYS) {
    if (!(key in input) || input[key] === undefined) continue;
    (settings as Record<SettingsKey, unknown>)[key] = (READERS[key] as Reader<SettingsKey>)(input[key], report);
  }
  return { settings, issues };
}

/** Strict check of a complete settings object: any issue rejects it. Missing fields are an issue too. */
export function validateSettings(raw: unknown): SettingsValidation {
  const issues: SettingsIssue[] = [];
  if (!isRecord(raw)) return { ok: false, issues: [{ field: 'root', path: 'root', code: 'not-an-object', message: 'settings must be an object' }] };
  for (const key of SETTINGS_KEYS) {
    if (!(key in raw) || raw[key] === undefined) issues.push({ field: key, path: key, code: 'required', message: `${key} is missing` });
  }
  const { settings, issues: repairs } = repairSettings(raw);
  issues.push(...repairs);
  return issues.length ? { ok: false, issues } : { ok: true, settings };
}

/** Checks one field as the options form edits it; the normalised value comes back when it is valid. */
export function validateSettingsField<K extends SettingsKey>(key: K, raw: unknown): { ok: true; value: Settings[K] } | { ok: false; issues: SettingsIssue[] } {
  const issues: SettingsIssue[] = [];
  const value = (READERS[key] as Reader<K>)(raw, collector(issues));
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

// ---------------------------------------------------------------------------------------------
// Migrations. They run on whatever is stored, possibly damaged, so they never throw and they pass
// through anything already in the newer shape (a migration may run twice if its bookkeeping failed).

/**
 * v1 (Candor 0.1) stored `clients` as bare address strings, one `workingHours` period as
 * {start, end}, `weekend` as the non-working days, and the target as `responseTargetHours`
 * (working hours). v2 has client objects, several periods, working days, and a unit on the target.
 */
export function migrateSettingsV1ToV2(v1: unknown): unknown {
  if (!isRecord(v1)) return v1;
  const out: Record<string, unknown> = { ...v1 };
  if (Array.isArray(v1.clients)) {
    out.clients = v1.clients.map((c) => {
      if (typeof c !== 'string') return c;
      const pattern = normalizeAddressPattern(c);
      return { id: `client:${pattern ?? c}`, name: pattern ?? c, addresses: [c] };
    });
  }
  if (isRecord(v1.workingHours)) out.workingHours = [v1.workingHours];
  if (Array.isArray(v1.weekend) && !('workingDays' in v1)) {
    const weekend = new Set(v1.weekend);
    out.workingDays = [0, 1, 2, 3, 4, 5, 6].filter((d) => !weekend.has(d));
  }
  delete out.weekend;
  if ('responseTargetHours' in v1) {
    if (!('defaultResponseTarget' in v1)) out.defaultResponseTarget = { amount: v1.responseTargetHours, unit: 'business-hours' };
    delete out.responseTargetHours;
  }
  return out;
}

const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateSettingsV1ToV2,
};

/** The migrations keyed by target version, in the form `@wxt-dev/storage` wants. */
export function settingsMigrations(): Record<number, (old: unknown) => unknown> {
  const out: Record<number, (old: unknown) => unknown> = {};
  for (const [version, migrate] of Object.entries(MIGRATIONS)) {
    out[+version] = (old) => {
      try {
        return migrate(old);
      } catch {
        // Repair on read copes with whatever is left; a throwing migration would wedge the item.
        return old;
      }
    };
  }
  return out;
}

/** Runs every migration from `fromVersion` up to the current version. */
export function migrateSettings(raw: unknown, fromVersion: number): unknown {
  const migrations = settingsMigrations();
  let value = raw;
  for (let v = Math.max(1, Math.trunc(fromVersion)) + 1; v <= SETTINGS_VERSION; v++) value = migrations[v]?.(value) ?? value;
  return value;
}

// ---------------------------------------------------------------------------------------------
// Import / export

export const EXPORT_FORMAT = 'candor-settings';

export interface SettingsExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function exportSettingsJson(settings: Settings, now: Date = new Date()): string {
  const envelope: SettingsExport = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return JSON.stringify(envelope, null, 2);
}

/**
 * Reads an exported file (this version or an older one) and validates it strictly: a file with any
 * problem is rejected with every issue listed, so the user can fix it rather than lose parts silently.
 */
export function importSettingsJson(text: string): SettingsValidation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ field: 'root', path: 'root', code: 'invalid-json', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  if (!isRecord(parsed) || parsed.format !== EXPORT_FORMAT || !isRecord(parsed.settings)) {
    return { ok: false, issues: [{ field: 'root', path: 'root', code: 'wrong-format', message: 'not a Candor settings file (expected "format": "candor-settings" and a "settings" object)' }] };
  }
  const version = typeof parsed.version === 'number' && Number.isInteger(parsed.version) ? parsed.version : 1;
  if (version > SETTINGS_VERSION) {
    return { ok: false, issues: [{ field: 'root', path: 'version', code: 'newer-version', message: `the file is from a newer Candor (settings v${version}; this one reads up to v${SETTINGS_VERSION})`, params: { version, supported: SETTINGS_VERSION } }] };
  }
  // Fields a file leaves out keep their defaults: an older export simply did not have them.
  const migrated = migrateSettings(parsed.settings, version);
  const complete = isRecord(migrated) ? { ...defaultSettings(), ...migrated } : migrated;
  return validateSettings(complete);
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function resolveTimeZone(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone ?? browserTimeZone();
}
