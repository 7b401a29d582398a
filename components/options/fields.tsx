/**
 * One component per settings field. Each gets the form slice it edits, a setter, and the issues the
 * schema found; errors are shown in the field (or the row) they are about and tied to the inputs with
 * aria-describedby, so a screen reader reads them with the input.
 */
import { useId, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { RULE_IDS } from '@/lib/analysis/types';
import { RULE_NAME_KEYS } from '@/components/hints/strings';
import { RESPONSE_TARGET_UNITS, SETTINGS_FIELD_NAMES, browserTimeZone, type HintScope, type ResponseTargetUnit, type SettingsIssue, type SettingsKey } from '@/lib/storage/settings-schema';
import { emptyClientDraft, emptyDayOffDraft, emptyPeriodDraft, issueText, issuesAt, type ClientDraft, type DayOffDraft, type OptionsForm, type PeriodDraft } from './form-model';

export interface FieldProps<K extends keyof OptionsForm> {
  value: OptionsForm[K];
  onChange(value: OptionsForm[K]): void;
  issues: readonly SettingsIssue[];
}

function Errors({ id, issues }: { id: string; issues: readonly SettingsIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="candor-errors" data-candor-errors="">
      {issues.map((issue, i) => (
        <li key={`${issue.path}-${issue.code}-${i}`} data-candor-error={issue.code}>
          {issueText(issue)}
        </li>
      ))}
    </ul>
  );
}

function Field({ name, legend, help, issues, children }: { name: SettingsKey; legend: string; help?: string; issues: readonly SettingsIssue[]; children: (describedBy: string | undefined) => ReactNode }) {
  const id = useId();
  const fieldIssues = issuesAt(issues, name);
  const describedBy = [help ? `${id}-help` : '', fieldIssues.length ? `${id}-errors` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="candor-field" data-candor-field={SETTINGS_FIELD_NAMES[name]} aria-invalid={issues.some((i) => i.field === name) || undefined}>
      <legend>{legend}</legend>
      {help ? (
        <p id={`${id}-help`} className="candor-help">
          {help}
        </p>
      ) : null}
      {children(describedBy)}
      <Errors id={`${id}-errors`} issues={fieldIssues} />
    </fieldset>
  );
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

const UNIT_LABEL_KEYS = { hours: 'optionsUnitHours', 'business-hours': 'optionsUnitBusinessHours', 'business-days': 'optionsUnitBusinessDays' } as const;

function UnitOptions() {
  return (
    <>
      {RESPONSE_TARGET_UNITS.map((unit) => (
        <option key={unit} value={unit}>
          {i18n.t(UNIT_LABEL_KEYS[unit])}
        </option>
      ))}
    </>
  );
}

function ClientRow({ index, client, onChange, onRemove, issues }: { index: number; client: ClientDraft; onChange(c: ClientDraft): void; onRemove(): void; issues: readonly SettingsIssue[] }) {
  const id = useId();
  const rowIssues = issuesAt(issues, 'clients', index);
  const describedBy = rowIssues.length ? `${id}-errors` : undefined;
  const invalid = rowIssues.length > 0 || undefined;
  return (
    <fieldset className="candor-row" data-candor-client-row={index}>
      <legend>{i18n.t('optionsClientNumber', [String(index + 1)])}</legend>
      <label>
        {i18n.t('optionsClientName')}
        <input name="client-name" value={client.name} onChange={(e) => onChange({ ...client, name: e.target.value })} aria-describedby={describedBy} />
      </label>
      <label className="candor-wide">
        {i18n.t('optionsClientAddresses')}
        <input name="client-addresses" value={client.addresses} placeholder="anna@acme.com, acme.com" onChange={(e) => onChange({ ...client, addresses: e.target.value })} aria-invalid={invalid} aria-describedby={describedBy} />
      </label>
      <label>
        {i18n.t('optionsClientTarget')}
        <select name="client-target-unit" value={client.targetUnit} onChange={(e) => onChange({ ...client, targetUnit: e.target.value as ResponseTargetUnit | '', targetAmount: e.target.value && !client.targetAmount ? '1' : client.targetAmount })}>
          <option value="">{i18n.t('optionsDefaultTarget')}</option>
          <UnitOptions />
        </select>
      </label>
      {client.targetUnit ? (
        <label>
          {i18n.t('optionsTargetAmount')}
          <input name="client-target-amount" inputMode="decimal" size={5} value={client.targetAmount} onChange={(e) => onChange({ ...client, targetAmount: e.target.value })} aria-invalid={invalid} aria-describedby={describedBy} />
        </label>
      ) : null}
      <button type="button" onClick={onRemove}>
        {i18n.t('optionsRemove')}
      </button>
      <Errors id={`${id}-errors`} issues={rowIssues} />
    </fieldset>
  );
}

export function ClientsField({ value, onChange, issues }: FieldProps<'clients'>) {
  return (
    <Field name="clients" legend={i18n.t('optionsClients')} help={i18n.t('optionsClientsHelp')} issues={issues}>
      {() => (
        <>
          {value.map((client, index) => (
            <ClientRow key={client.rowKey} index={index} client={client} issues={issues} onChange={(c) => onChange(replaceAt(value, index, c))} onRemove={() => onChange(removeAt(value, index))} />
          ))}
          <button type="button" data-candor-action="add-client" onClick={() => onChange([...value, emptyClientDraft()])}>
            {i18n.t('optionsAddClient')}
          </button>
        </>
      )}
    </Field>
  );
}

function LinesField({ name, legend, help, value, onChange, issues }: { name: 'ownAddresses' | 'ignoredPhrases'; legend: string; help: string } & FieldProps<'ownAddresses'>) {
  const id = useId();
  return (
    <Field name={name} legend={legend} help={help} issues={issues}>
      {(describedBy) => (
        <>
          <label htmlFor={id} className="candor-visually-hidden">
            {legend}
          </label>
          <textarea id={id} name={SETTINGS_FIELD_NAMES[name]} rows={3} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={issues.some((i) => i.field === name) || undefined} />
        </>
      )}
    </Field>
  );
}

export function OwnAddressesField(props: FieldProps<'ownAddresses'>) {
  return <LinesField name="ownAddresses" legend={i18n.t('optionsOwnAddresses')} help={i18n.t('optionsOwnAddressesHelp')} {...props} />;
}

export function IgnoredPhrasesField(props: FieldProps<'ignoredPhrases'>) {
  return <LinesField name="ignoredPhrases" legend={i18n.t('optionsIgnoredPhrases')} help={i18n.t('optionsIgnoredPhrasesHelp')} {...props} />;
}

/** Monday first: the working week most users of the five UI languages think in. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

function weekdayName(day: number, locale: string): string {
  // 1 January 2023 was a Sunday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
}

export function WorkingDaysField({ value, onChange, issues, locale }: FieldProps<'workingDays'> & { locale: string }) {
  return (
    <Field name="workingDays" legend={i18n.t('optionsWorkingDays')} issues={issues}>
      {(describedBy) => (
        <div className="candor-inline">
          {WEEK_ORDER.map((day) => (
            <label key={day}>
              <input
                type="checkbox"
                name="working-day"
                value={day}
                checked={value.includes(day)}
                aria-describedby={describedBy}
                onChange={(e) => onChange(e.target.checked ? [...value, day].sort((a, b) => a - b) : value.filter((d) => d !== day))}
              />
              {weekdayName(day, locale)}
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}

function PeriodRow({ index, period, onChange, onRemove, issues, removable }: { index: number; period: PeriodDraft; onChange(p: PeriodDraft): void; onRemove(): void; issues: readonly SettingsIssue[]; removable: boolean }) {
  const id = useId();
  const rowIssues = issuesAt(issues, 'workingHours', index);
  const describedBy = rowIssues.length ? `${id}-errors` : undefined;
  return (
    <div className="candor-row candor-inline" data-candor-period-row={index}>
      <label>
        {i18n.t('optionsPeriodStart')}
        <input type="time" name="period-start" value={period.start} onChange={(e) => onChange({ ...period, start: e.target.value })} aria-invalid={rowIssues.length > 0 || undefined} aria-describedby={describedBy} />
      </label>
      <label>
        {i18n.t('optionsPeriodEnd')}
        <input type="time" name="period-end" value={period.end} onChange={(e) => onChange({ ...period, end: e.target.value })} aria-invalid={rowIssues.length > 0 || undefined} aria-describedby={describedBy} />
      </label>
      {removable ? (
        <button type="button" onClick={onRemove}>
          {i18n.t('optionsRemove')}
        </button>
      ) : null}
      <Errors id={`${id}-errors`} issues={rowIssues} />
    </div>
  );
}

export function WorkingHoursField({ value, onChange, issues }: FieldProps<'workingHours'>) {
  return (
    <Field name="workingHours" legend={i18n.t('optionsWorkingHours')} issues={issues}>
      {() => (
        <>
          {value.map((period, index) => (
            <PeriodRow key={period.rowKey} index={index} period={period} issues={issues} removable={value.length > 1} onChange={(p) => onChange(replaceAt(value, index, p))} onRemove={() => onChange(removeAt(value, index))} />
          ))}
          <button type="button" onClick={() => onChange([...value, emptyPeriodDraft()])}>
            {i18n.t('optionsAddPeriod')}
          </button>
        </>
      )}
    </Field>
  );
}

function supportedTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

export function TimeZoneField({ value, onChange, issues }: FieldProps<'timeZone'>) {
  const id = useId();
  const zones = supportedTimeZones();
  // A stored zone the engine does not list (an alias such as "UTC") must still show as selected.
  if (value && !zones.includes(value)) zones.unshift(value);
  return (
    <Field name="timeZone" legend={i18n.t('optionsTimeZone')} issues={issues}>
      {(describedBy) => (
        <>
          <label htmlFor={id} className="candor-visually-hidden">
            {i18n.t('optionsTimeZone')}
          </label>
          <select id={id} name="time-zone" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
            <option value="">{i18n.t('optionsTimeZoneBrowser', [browserTimeZone()])}</option>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </>
      )}
    </Field>
  );
}

function DayOffRow({ index, day, onChange, onRemove, issues }: { index: number; day: DayOffDraft; onChange(d: DayOffDraft): void; onRemove(): void; issues: readonly SettingsIssue[] }) {
  const id = useId();
  const rowIssues = issuesAt(issues, 'daysOff', index);
  const describedBy = rowIssues.length ? `${id}-errors` : undefined;
  return (
    <div className="candor-row candor-inline" data-candor-day-off-row={index}>
      <label>
        {i18n.t('optionsPeriodStart')}
        <input type="date" name="day-off-from" value={day.from} onChange={(e) => onChange({ ...day, from: e.target.value, to: day.to || e.target.value })} aria-invalid={rowIssues.length > 0 || undefined} aria-describedby={describedBy} />
      </label>
      <label>
        {i18n.t('optionsPeriodEnd')}
        <input type="date" name="day-off-to" value={day.to} onChange={(e) => onChange({ ...day, to: e.target.value })} aria-invalid={rowIssues.length > 0 || undefined} aria-describedby={describedBy} />
      </label>
      <label>
        {i18n.t('optionsDayOffNote')}
        <input name="day-off-note" value={day.note} onChange={(e) => onChange({ ...day, note: e.target.value })} />
      </label>
      <button type="button" onClick={onRemove}>
        {i18n.t('optionsRemove')}
      </button>
      <Errors id={`${id}-errors`} issues={rowIssues} />
    </div>
  );
}

export function DaysOffField({ value, onChange, issues }: FieldProps<'daysOff'>) {
  return (
    <Field name="daysOff" legend={i18n.t('optionsDaysOff')} issues={issues}>
      {() => (
        <>
          {value.map((day, index) => (
            <DayOffRow key={day.rowKey} index={index} day={day} issues={issues} onChange={(d) => onChange(replaceAt(value, index, d))} onRemove={() => onChange(removeAt(value, index))} />
          ))}
          <button type="button" onClick={() => onChange([...value, emptyDayOffDraft()])}>
            {i18n.t('optionsAddDayOff')}
          </button>
        </>
      )}
    </Field>
  );
}

export function ResponseTargetField({ amount, unit, onChange, issues }: { amount: string; unit: ResponseTargetUnit; onChange(amount: string, unit: ResponseTargetUnit): void; issues: readonly SettingsIssue[] }) {
  const invalid = issues.some((i) => i.field === 'defaultResponseTarget') || undefined;
  return (
    <Field name="defaultResponseTarget" legend={i18n.t('optionsResponseTarget')} issues={issues}>
      {(describedBy) => (
        <div className="candor-inline">
          <label>
            {i18n.t('optionsTargetAmount')}
            <input name="target-amount" inputMode="decimal" size={5} value={amount} onChange={(e) => onChange(e.target.value, unit)} aria-invalid={invalid} aria-describedby={describedBy} />
          </label>
          <label>
            {i18n.t('optionsTargetUnit')}
            <select name="target-unit" value={unit} onChange={(e) => onChange(amount, e.target.value as ResponseTargetUnit)} aria-describedby={describedBy}>
              <UnitOptions />
            </select>
          </label>
        </div>
      )}
    </Field>
  );
}

export function RulesField({ value, onChange, issues }: FieldProps<'disabledRules'>) {
  return (
    <Field name="disabledRules" legend={i18n.t('optionsRules')} issues={issues}>
      {(describedBy) => (
        <div className="candor-inline">
          {RULE_IDS.map((rule) => (
            <label key={rule}>
              <input
                type="checkbox"
                name="rule"
                value={rule}
                checked={!value.includes(rule)}
                aria-describedby={describedBy}
                onChange={(e) => onChange(e.target.checked ? value.filter((r) => r !== rule) : [...value, rule])}
              />
              {i18n.t(RULE_NAME_KEYS[rule])}
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}

export function HintsForField({ value, onChange, issues }: FieldProps<'hintsFor'>) {
  const choices: { scope: HintScope; label: string }[] = [
    { scope: 'all', label: i18n.t('optionsHintsForAll') },
    { scope: 'clients', label: i18n.t('optionsHintsForClients') },
  ];
  return (
    <Field name="hintsFor" legend={i18n.t('optionsHintsFor')} issues={issues}>
      {(describedBy) => (
        <div className="candor-inline">
          {choices.map(({ scope, label }) => (
            <label key={scope}>
              <input type="radio" name="hints-for" value={scope} checked={value === scope} aria-describedby={describedBy} onChange={() => onChange(scope)} />
              {label}
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}
