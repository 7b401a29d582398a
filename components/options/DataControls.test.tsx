// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLedger, saveLedger } from '@/lib/storage/ledger';
import { defaultSettings, type RetentionDays, type Settings } from '@/lib/storage/settings-schema';
import { emptyLedger, recordPromises, recordSightings } from '@/lib/threads';
import { DataControls, browserLedgerData, formatBytes, type LedgerData } from './DataControls';
import { OptionsApp, type FileActions, type SettingsStore } from './OptionsApp';

vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join('|')}` : key) } }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.parse('2026-12-01T12:00+02:00');
const ME = 'me@freelance.dev';
const settings: Settings = { ...defaultSettings(), clients: [{ id: 'acme', name: 'Acme', addresses: ['acme.com'] }], ownAddresses: [ME] };

function ledgerWithData() {
  const threads = recordSightings(
    emptyLedger(),
    ['a', 'b', 'c'].map((id) => ({ provider: 'gmail' as const, account: ME, threadId: id, subject: `Logo ${id}`, messages: [{ from: 'anna@acme.com', at: NOW - 3_600_000 }], seenAt: NOW })),
    settings,
  );
  return recordPromises(threads, { provider: 'gmail', account: ME, threadId: 'a', at: NOW, to: ['anna@acme.com'], commitments: [{ what: 'The logo on Friday.', due: '2026-12-04' }] }, settings);
}

let host: HTMLElement;
let root: Root;
let downloads: { fileName: string; text: string }[];
const files: FileActions = { download: (fileName, text) => downloads.push({ fileName, text }) };

async function flush() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

const $ = (selector: string) => host.querySelector<HTMLElement>(selector);
const counts = () => [...host.querySelectorAll<HTMLElement>('[data-candor-count]')].map((e) => e.textContent);

async function mount(retention: RetentionDays = 90, onRetentionChange = (_: RetentionDays) => {}, data: LedgerData = browserLedgerData) {
  await act(async () => root.render(<DataControls retentionDays={retention} onRetentionChange={onRetentionChange} files={files} data={data} locale="en-GB" />));
  await flush();
}

beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  downloads = [];
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('Your data', () => {
  it('shows how many threads and promises are stored and the bytes they take', async () => {
    await saveLedger(ledgerWithData());
    await mount();
    expect(counts()).toEqual(['optionsDataThreads:3', 'optionsDataPromises:1', expect.stringMatching(/^optionsDataSize:\d+(\.\d)? kB$/)]);
  });

  it.each([
    [0, '0 byte'],
    [999, '999 byte'],
    [1_500, '1.5 kB'],
    [5_830_000, '5.8 MB'],
  ])('writes %i bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en-GB')).toBe(text);
  });

  it('offers 30, 90 and 365 days of retention and reports the choice', async () => {
    const chosen: RetentionDays[] = [];
    await mount(90, (days) => chosen.push(days));
    const select = $('[data-candor-field=retention] select') as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['30', 'optionsRetention30'],
      ['90', 'optionsRetention90'],
      ['365', 'optionsRetention365'],
    ]);
    expect(select.value).toBe('90');
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
    act(() => {
      setter.call(select, '365');
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chosen).toEqual([365]);
  });

  it('exports the stored ledger as a JSON file', async () => {
    const ledger = ledgerWithData();
    await saveLedger(ledger);
    await mount();
    act(() => $('[data-candor-action=export-data]')!.click());
    await flush();
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toMatch(/^candor-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(downloads[0].text);
    expect(file).toMatchObject({ format: 'candor-ledger', version: 2 });
    expect(file.threads).toEqual(expect.arrayContaining(Object.values(ledger.threads)));
    expect(file.promises).toEqual(Object.values(ledger.promises));
    expect(downloads[0].text).not.toContain('acme.com');
  });

  it('deletes everything only after the confirmation, with focus moved in and back out', async () => {
    await saveLedger(ledgerWithData());
    await mount();
    const del = $('[data-candor-action=delete-data]')!;
    act(() => del.click());
    expect($('[data-candor-confirm=delete-data]')!.getAttribute('role')).toBe('alertdialog');
    expect(document.activeElement).toBe($('[data-candor-action=delete-data-cancel]'));
    // Cancelling keeps everything.
    act(() => $('[data-candor-action=delete-data-cancel]')!.click());
    expect($('[data-candor-confirm]')).toBeNull();
    expect(document.activeElement).toBe(del);
    expect(Object.keys((await loadLedger()).threads)).toHaveLength(3);

    act(() => del.click());
    act(() => $('[data-candor-action=delete-data-confirm]')!.click());
    await flush();
    expect(await loadLedger()).toEqual(emptyLedger());
    expect($('[data-candor-data-status]')!.textContent).toBe('optionsDataDeleted');
    expect(counts().slice(0, 2)).toEqual(['optionsDataThreads:0', 'optionsDataPromises:0']);
    expect(document.activeElement).toBe(del);
  });

  it('says so when storage fails', async () => {
    const failing: LedgerData = { ...browserLedgerData, usage: () => Promise.reject(new Error('quota')), clear: () => Promise.reject(new Error('quota')) };
    await mount(90, () => {}, failing);
    expect($('[data-candor-data-status]')!.textContent).toBe('optionsDataFailed');
  });

  it('follows changes to the ledger while the page is open', async () => {
    await mount();
    expect(counts()[0]).toBe('optionsDataThreads:0');
    await saveLedger(ledgerWithData());
    await flush();
    expect(counts()[0]).toBe('optionsDataThreads:3');
  });
});

describe('in the options page', () => {
  function memoryStore(initial: Settings): SettingsStore & { saved: Settings[] } {
    let current = initial;
    const store = {
      saved: [] as Settings[],
      load: async () => current,
      save: async (s: Settings) => {
        current = s;
        store.saved.push(s);
        return s;
      },
      watch: () => () => {},
    };
    return store;
  }

  it('saves the retention period with the other settings', async () => {
    const store = memoryStore(settings);
    await act(async () => root.render(<OptionsApp store={store} files={files} locale="en-GB" />));
    await flush();
    const select = $('[data-candor-field=retention] select') as HTMLSelectElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
    act(() => {
      setter.call(select, '30');
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => $('[data-candor-action=save]')!.click());
    await flush();
    expect(store.saved).toEqual([{ ...settings, retentionDays: 30 }]);
  });
});
