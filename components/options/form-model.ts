/**
 * The options form's state and its way to and from Settings. Inputs hold what the user typed
 * (strings, comma lists, lines) so a half-typed value is never lost; validation is the schema's own
 * (lib/storage/settings-schema.ts) run on the converted form, so the page and an import reject exactly
 * the same things. Issues are mapped back to the field, and for list fields to the row, they are about.
 */
import { i18n } from '#i18n';
import type { RuleId } from '@/lib/analysis/types';
import {
  SETTINGS_KEYS,
  validateSettings,
  type ExpectationLineSettings,
  type HintScope,
  type ResponseTargetUnit,
  type RetentionDays,
  type Settings,
  type SettingsIssue,
  type SettingsIssueCode,
  type SettingsKey,
} from '@/lib/storage/settings-schema';

export interface ClientDraft {
  /** React key for the row; not stored. */
  rowKey: string;
  /** The stored id ('' for a new client: the schema derives one from its first address). */
  id: string;
  name: string;
  /** Addresses and domains as typed, separated by commas, semicolons or spaces. */
  addresses: string;
  targetAmount: string;
  /** '' means "the default target". */
  targetUnit: ResponseTargetUnit | '';
}

export interface PeriodDraft {
  rowKey: string;
  start: string;
  end: string;
}

export interface DayOffDraft {
  rowKey: string;
  from: string;
  to: string;
  note: string;
}

export interface OptionsForm {
  clients: ClientDraft[];
  /** One address a line. */
  ownAddresses: string;
  workingDays: number[];
  workingHours: PeriodDraft[];
  /** '' means "the browser's zone". */
  timeZone: string;
  daysOff: DayOffDraft[];
  targetAmount: string;
  targetUnit: ResponseTargetUnit;
  disabledRules: RuleId[];
  /** One phrase a line. */
  ignoredPhrases: string;
  hintsFor: HintScope;
  // Ledger retention (edited in DataControls, saved with the form).
  retentionDays: RetentionDays;
  // Expectation line: edited as stored (see ExpectationLine.tsx).
  expectationLine: ExpectationLineSettings;
}

let rowCounter = 0;
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function emptyClientDraft(): ClientDraft {
  return { rowKey: newRowKey(), id: '', name: '', addresses: '', targetAmount: '', targetUnit: '' };
}

export function emptyPeriodDraft(): PeriodDraft {
  return { rowKey: newRowKey(), start: '', end: '' };
}

export function emptyDayOffDraft(): DayOffDraft {
  return { rowKey: newRowKey(), from: '', to: '', note: '' };
}

export function formFromSettings(settings: Settings): OptionsForm {
  return {
    clients: settings.clients.map((c) => ({
      rowKey: newRowKey(),
      id: c.id,
      name: c.name,
      addresses: c.addresses.join(', '),
      targetAmount: c.responseTarget ? String(c.responseTarget.amount) : '',
      targetUnit: c.responseTarget?.unit ?? '',
    })),
    ownAddresses: settings.ownAddresses.join('\n'),
    workingDays: [...settings.workingDays],
    workingHours: settings.workingHours.map((p) => ({ rowKey: newRowKey(), start: p.start, end: p.end })),
    timeZone: settings.timeZone ?? '',
    daysOff: settings.daysOff.map((d) => ({ rowKey: newRowKey(), from: d.from, to: d.to, note: d.note ?? '' })),
    targetAmount: String(settings.defaultResponseTarget.amount),
    targetUnit: settings.defaultResponseTarget.unit,
    disabledRules: [...settings.disabledRules],
    ignoredPhrases: settings.ignoredPhrases.join('\n'),
    hintsFor: settings.hintsFor,
    retentionDays: settings.retentionDays, // ledger retention
    // Expectation line
    expectationLine: { enabled: settings.expectationLine.enabled, custom: { ...settings.expectationLine.custom } },
  };
}

function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "1,5" is how half of Europe types 1.5; an empty box is left for the schema to call out. */
function parseAmount(text: string): number | string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isNaN(value) ? trimmed : value;
}

/** The form as raw settings input, unvalidated. */
export function settingsInputFromForm(form: OptionsForm): Record<SettingsKey, unknown> {
  return {
    clients: form.clients.map((c) => ({
      ...(c.id ? { id: c.id } : {}),
      name: c.name,
      addresses: splitList(c.addresses, /[\s,;]+/),
      ...(c.targetUnit ? { responseTarget: { amount: parseAmount(c.targetAmount), unit: c.targetUnit } } : {}),
    })),
    ownAddresses: splitList(form.ownAddresses, /[\n,;]+/),
    workingDays: [...form.workingDays],
    workingHours: form.workingHours.map((p) => ({ start: p.start, end: p.end })),
    timeZone: form.timeZone || null,
    daysOff: form.daysOff.map((d) => ({ from: d.from, to: d.to, ...(d.note.trim() ? { note: d.note } : {}) })),
    defaultResponseTarget: { amount: parseAmount(form.targetAmount), unit: form.targetUnit },
    disabledRules: [...form.disabledRules],
    ignoredPhrases: splitList(form.ignoredPhrases, /\n+/),
    hintsFor: form.hintsFor,
    retentionDays: form.retentionDays, // ledger retention
    // Expectation line
    expectationLine: form.expectationLine,
  };
}

export function validateForm(form: OptionsForm) {
  return validateSettings(settingsInputFromForm(form));
}

/** Where an issue belongs on the page: its field, and the row of a list field (null for the field as a whole). */
export function issueLocation(issue: SettingsIssue): { field: SettingsKey | 'root'; row: number | null } {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(issue.path);
  const field = match && (SETTINGS_KEYS as string[]).includes(match[1]) ? (match[1] as SettingsKey) : issue.field;
  const row = match?.[2] !== undefined && ['clients', 'workingHours', 'daysOff'].includes(field) ? Number(match[2]) : null;
  return { field, row };
}

export function issuesAt(issues: readonly SettingsIssue[], field: SettingsKey, row: number | null = null): SettingsIssue[] {
  return issues.filter((issue) => {
    const at = issueLocation(issue);
    return at.field === field && at.row === row;
  });
}

type IssueMessage = { key: string; params?: readonly string[] };

const ISSUE_MESSAGES: Readonly<Record<SettingsIssueCode, IssueMessage>> = {
  'not-an-object': { key: 'settingsErrorNotAnObject' },
  'wrong-type': { key: 'settingsErrorWrongType' },
  required: { key: 'settingsErrorRequired' },
  'invalid-email': { key: 'settingsErrorInvalidEmail', params: ['value'] },
  'invalid-address-or-domain': { key: 'settingsErrorInvalidAddressOrDomain', params: ['value'] },
  'duplicate-address': { key: 'settingsErrorDuplicateAddress', params: ['value', 'client'] },
  duplicate: { key: 'settingsErrorDuplicate' },
  'invalid-time': { key: 'settingsErrorInvalidTime', params: ['value'] },
  'period-empty': { key: 'settingsErrorPeriodEmpty', params: ['start', 'end'] },
  'periods-overlap': { key: 'settingsErrorPeriodsOverlap', params: ['a', 'b'] },
  'no-working-days': { key: 'settingsErrorNoWorkingDays' },
  'no-working-hours': { key: 'settingsErrorNoWorkingHours' },
  'invalid-weekday': { key: 'settingsErrorInvalidWeekday' },
  'invalid-date': { key: 'settingsErrorInvalidDate', params: ['value'] },
  'range-reversed': { key: 'settingsErrorRangeReversed', params: ['from', 'to'] },
  'invalid-time-zone': { key: 'settingsErrorInvalidTimeZone', params: ['value'] },
  'out-of-range': { key: 'settingsErrorOutOfRange', params: ['max'] },
  'unknown-value': { key: 'settingsErrorUnknownValue' },
  'too-long': { key: 'settingsErrorTooLong', params: ['max'] },
  'too-many': { key: 'settingsErrorTooMany', params: ['max'] },
  'invalid-json': { key: 'settingsErrorInvalidJson' },
  'wrong-format': { key: 'settingsErrorWrongFormat' },
  'newer-version': { key: 'settingsErrorNewerVersion', params: ['version', 'supported'] },
};

// The keys above are checked by a test against locales/en.yml; the generated i18n types cannot follow a computed key.
const translate = i18n.t as unknown as (key: string, substitutions?: string[]) => string;

/** The issue in the UI language; the English `message` of the schema when a code has no text. */
export function issueText(issue: SettingsIssue): string {
  const entry = ISSUE_MESSAGES[issue.code];
  if (!entry) return issue.message;
  const params = entry.params?.map((name) => String(issue.params?.[name] ?? ''));
  return translate(entry.key, params?.length ? params : undefined) || issue.message;
}

export function issueMessageKeys(): string[] {
  return Object.values(ISSUE_MESSAGES).map((m) => m.key);
}
