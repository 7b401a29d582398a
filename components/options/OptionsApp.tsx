/**
 * The options page: one form over every setting, saved as a whole. Errors appear once the user tries
 * to save and then follow their typing, so nobody is scolded for a field they have not finished.
 * Import and export go through files only (an <input type=file> and a Blob URL download).
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { exportSettingsJson, importSettingsJson, type Settings, type SettingsIssue } from '@/lib/storage/settings-schema';
import { uiLocale } from '@/components/popup/format';
import { issueText, formFromSettings, validateForm, type OptionsForm } from './form-model';
import { DataControls } from './DataControls'; // Your data: ledger counts, retention, export, delete
import { DetectedAddresses } from './DetectedAddresses'; // detected addresses
// Expectation line
import { ExpectationLineField } from './ExpectationLine';
import { ClientsField, DaysOffField, HintsForField, IgnoredPhrasesField, OwnAddressesField, ResponseTargetField, RulesField, TimeZoneField, WorkingDaysField, WorkingHoursField } from './fields';

/** Where the page reads and writes settings; storage in the extension, a fake in tests. */
export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<Settings>;
  /** Calls back with settings changed elsewhere (the content script learning an address); returns a stop function. */
  watch(onChange: (settings: Settings) => void): () => void;
}

export interface FileActions {
  download(fileName: string, text: string): void;
}

export const browserFileActions: FileActions = {
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // The click has started the download synchronously; the URL is not needed after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  },
};

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'not-saved' } | { kind: 'imported' } | { kind: 'import-failed'; issues: SettingsIssue[] } | { kind: 'failed'; message: string };

function exportFileName(now: Date): string {
  return `candor-settings-${now.toISOString().slice(0, 10)}.json`;
}

export function OptionsApp({ store, files = browserFileActions, locale = uiLocale() }: { store: SettingsStore; files?: FileActions; locale?: string }) {
  const [form, setForm] = useState<OptionsForm | null>(null);
  const [saved, setSaved] = useState<Settings | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const dirty = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    store
      .load()
      .then((settings) => {
        if (!live) return;
        setSaved(settings);
        setForm(formFromSettings(settings));
      })
      .catch((error) => setStatus({ kind: 'failed', message: String(error) }));
    const stop = store.watch((settings) => {
      setSaved(settings);
      // Someone else's change only replaces the form while the user has nothing unsaved in it.
      if (!dirty.current) setForm(formFromSettings(settings));
    });
    return () => {
      live = false;
      stop();
    };
  }, [store]);

  const validation = useMemo(() => (form ? validateForm(form) : null), [form]);
  const issues = showErrors && validation && !validation.ok ? validation.issues : [];

  if (!form) return null;

  const edit = <K extends keyof OptionsForm>(key: K) => (value: OptionsForm[K]) => {
    dirty.current = true;
    setStatus({ kind: 'idle' });
    setForm((f) => (f ? { ...f, [key]: value } : f));
  };

  /** Saves valid settings and shows the form as stored (the store may normalise what it was given). */
  const persist = async (settings: Settings, done: 'saved' | 'imported') => {
    try {
      const stored = await store.save(settings);
      dirty.current = false;
      setSaved(stored);
      setForm(formFromSettings(stored));
      setShowErrors(false);
      setStatus({ kind: done });
    } catch (error) {
      setStatus({ kind: 'failed', message: String(error) });
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    const result = validateForm(form);
    if (!result.ok) {
      setStatus({ kind: 'not-saved' });
      return;
    }
    await persist(result.settings, 'saved');
  };

  const onExport = () => {
    if (saved) files.download(exportFileName(new Date()), exportSettingsJson(saved));
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const result = importSettingsJson(await file.text());
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setStatus({ kind: 'import-failed', issues: result.issues });
      return;
    }
    await persist(result.settings, 'imported');
  };

  return (
    <main className="candor-options">
      <h1>{i18n.t('optionsTitle')}</h1>
      <form onSubmit={onSubmit} noValidate data-candor-form="options">
        <ClientsField value={form.clients} onChange={edit('clients')} issues={issues} />
        <OwnAddressesField value={form.ownAddresses} onChange={edit('ownAddresses')} issues={issues} />
        <DetectedAddresses value={form.ownAddresses} onChange={edit('ownAddresses')} /> {/* detected addresses */}
        <WorkingDaysField value={form.workingDays} onChange={edit('workingDays')} issues={issues} locale={locale} />
        <WorkingHoursField value={form.workingHours} onChange={edit('workingHours')} issues={issues} />
        <TimeZoneField value={form.timeZone} onChange={edit('timeZone')} issues={issues} />
        <DaysOffField value={form.daysOff} onChange={edit('daysOff')} issues={issues} />
        <ResponseTargetField
          amount={form.targetAmount}
          unit={form.targetUnit}
          issues={issues}
          onChange={(amount, unit) => {
            edit('targetAmount')(amount);
            edit('targetUnit')(unit);
          }}
        />
        <RulesField value={form.disabledRules} onChange={edit('disabledRules')} issues={issues} />
        <IgnoredPhrasesField value={form.ignoredPhrases} onChange={edit('ignoredPhrases')} issues={issues} />
        <HintsForField value={form.hintsFor} onChange={edit('hintsFor')} issues={issues} />
        <DataControls retentionDays={form.retentionDays} onRetentionChange={edit('retentionDays')} files={files} locale={locale} />
        <ExpectationLineField form={form} onChange={edit('expectationLine')} issues={issues} />
        <div className="candor-actions">
          <button type="submit" className="candor-primary" data-candor-action="save">
            {i18n.t('optionsSave')}
          </button>
          <button type="button" data-candor-action="export" onClick={onExport}>
            {i18n.t('optionsExport')}
          </button>
          <label className="candor-file">
            {i18n.t('optionsImport')}
            <input ref={fileInput} type="file" accept="application/json,.json" data-candor-action="import" onChange={(e) => void onImport(e.target.files?.[0])} />
          </label>
        </div>
        <div role="status" aria-live="polite" data-candor-status={status.kind}>
          {status.kind === 'saved' ? i18n.t('optionsSaved') : null}
          {status.kind === 'not-saved' ? i18n.t('optionsNotSaved') : null}
          {status.kind === 'imported' ? i18n.t('optionsImported') : null}
          {status.kind === 'failed' ? status.message : null}
          {status.kind === 'import-failed' ? (
            <>
              {i18n.t('optionsImportFailed')}
              <ul className="candor-errors">
                {status.issues.map((issue, i) => (
                  <li key={i} data-candor-error={issue.code}>
                    {issue.path !== 'root' ? `${issue.path}: ` : ''}
                    {issueText(issue)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </form>
    </main>
  );
}
