/**
 * "Your data" in the options page: what the ledger holds (threads, promised dates, bytes), how long
 * it keeps answered threads (saved with the rest of the form), an export of the ledger as a JSON file,
 * and "Delete everything" behind a confirmation step. Every control is a button or a select, so the
 * section works from the keyboard; focus moves into the confirmation and back out of it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { clearLedger, exportLedgerJson, ledgerUsage, loadLedger, watchLedger, type LedgerCounts } from '@/lib/storage/ledger';
import { RETENTION_CHOICES, type RetentionDays } from '@/lib/storage/settings-schema';
import type { FileActions } from './OptionsApp';

/** Where the section reads and deletes the ledger; storage in the extension, a fake in tests. */
export interface LedgerData {
  usage(): Promise<LedgerCounts & { bytes: number }>;
  exportJson(): Promise<string>;
  clear(): Promise<void>;
  /** Calls back when the stored ledger changes; returns a stop function. */
  watch(onChange: () => void): () => void;
}

export const browserLedgerData: LedgerData = {
  usage: ledgerUsage,
  exportJson: async () => exportLedgerJson(await loadLedger()),
  clear: clearLedger,
  watch: (onChange) => watchLedger(() => onChange()),
};

const RETENTION_LABEL_KEYS = { 30: 'optionsRetention30', 90: 'optionsRetention90', 365: 'optionsRetention365' } as const;

type Status = 'idle' | 'confirming' | 'deleted' | 'failed';

/** Bytes in the largest unit that keeps the number readable, in the page's language. */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1_000 ? [bytes / 1_000, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

function exportFileName(now: Date): string {
  return `candor-data-${now.toISOString().slice(0, 10)}.json`;
}

export function DataControls({
  retentionDays,
  onRetentionChange,
  data = browserLedgerData,
  files,
  locale,
}: {
  retentionDays: RetentionDays;
  onRetentionChange(days: RetentionDays): void;
  data?: LedgerData;
  files: FileActions;
  locale: string;
}) {
  const [usage, setUsage] = useState<(LedgerCounts & { bytes: number }) | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const live = useRef(true);

  const refresh = useCallback(() => {
    data
      .usage()
      .then((u) => live.current && setUsage(u))
      .catch(() => live.current && setStatus('failed'));
  }, [data]);

  useEffect(() => {
    live.current = true;
    refresh();
    const stop = data.watch(refresh);
    return () => {
      live.current = false;
      stop();
    };
  }, [data, refresh]);

  useEffect(() => {
    if (status === 'confirming') cancelButton.current?.focus();
  }, [status]);

  const onExport = async () => {
    try {
      files.download(exportFileName(new Date()), await data.exportJson());
    } catch {
      setStatus('failed');
    }
  };

  const onConfirmDelete = async () => {
    try {
      await data.clear();
      setStatus('deleted');
      refresh();
    } catch {
      setStatus('failed');
    }
    deleteButton.current?.focus();
  };

  const onCancel = () => {
    setStatus('idle');
    deleteButton.current?.focus();
  };

  const number = new Intl.NumberFormat(locale);
  return (
    <fieldset className="candor-field" data-candor-field="your-data">
      <legend>{i18n.t('optionsDataTitle')}</legend>
      <p className="candor-help">{i18n.t('optionsDataHelp')}</p>
      <ul data-candor-data="usage" aria-busy={usage === null}>
        <li data-candor-count="threads">{i18n.t('optionsDataThreads', [usage ? number.format(usage.threads) : '…'])}</li>
        <li data-candor-count="promises">{i18n.t('optionsDataPromises', [usage ? number.format(usage.promises) : '…'])}</li>
        <li data-candor-count="bytes">{i18n.t('optionsDataSize', [usage ? formatBytes(usage.bytes, locale) : '…'])}</li>
      </ul>
      <div className="candor-inline">
        <label data-candor-field="retention">
          {i18n.t('optionsRetention')}
          <select name="retention" value={retentionDays} onChange={(e) => onRetentionChange(Number(e.target.value) as RetentionDays)}>
            {RETENTION_CHOICES.map((days) => (
              <option key={days} value={days}>
                {i18n.t(RETENTION_LABEL_KEYS[days])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="candor-help">{i18n.t('optionsRetentionHelp')}</p>
      <div className="candor-actions">
        <button type="button" data-candor-action="export-data" onClick={() => void onExport()}>
          {i18n.t('optionsDataExport')}
        </button>
        <button ref={deleteButton} type="button" data-candor-action="delete-data" aria-expanded={status === 'confirming'} onClick={() => setStatus('confirming')}>
          {i18n.t('optionsDataDelete')}
        </button>
      </div>
      {status === 'confirming' ? (
        <div role="alertdialog" aria-labelledby="candor-delete-question" data-candor-confirm="delete-data">
          <p id="candor-delete-question">{i18n.t('optionsDataDeleteConfirm')}</p>
          <div className="candor-actions">
            <button type="button" data-candor-action="delete-data-confirm" onClick={() => void onConfirmDelete()}>
              {i18n.t('optionsDataDeleteYes')}
            </button>
            <button ref={cancelButton} type="button" data-candor-action="delete-data-cancel" onClick={onCancel}>
              {i18n.t('optionsDataDeleteNo')}
            </button>
          </div>
        </div>
      ) : null}
      {/* A live region without role=status: the form keeps the page's one status line (tests and assistive tech look for it). */}
      <div aria-live="polite" data-candor-data-status={status}>
        {status === 'deleted' ? i18n.t('optionsDataDeleted') : null}
        {status === 'failed' ? i18n.t('optionsDataFailed') : null}
      </div>
    </fieldset>
  );
}
