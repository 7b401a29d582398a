// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, exportSettingsJson, importSettingsJson, type Settings } from '@/lib/storage/settings-schema';
import { OptionsApp, type FileActions, type SettingsStore } from './OptionsApp';

vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join('|')}` : key) } }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function memoryStore(initial: Settings) {
  let current = initial;
  const listeners = new Set<(s: Settings) => void>();
  const store: SettingsStore & { saved: Settings[]; external(s: Settings): void } = {
    saved: [],
    load: async () => current,
    save: async (s) => {
      current = s;
      store.saved.push(s);
      return s;
    },
    watch(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    external(s) {
      current = s;
      listeners.forEach((l) => l(s));
    },
  };
  return store;
}

let host: HTMLElement;
let root: Root;
let store: ReturnType<typeof memoryStore>;
let downloads: { fileName: string; text: string }[];
const files: FileActions = { download: (fileName, text) => downloads.push({ fileName, text }) };

async function flush() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function mount(initial: Settings = defaultSettings()) {
  store = memoryStore(initial);
  await act(async () => root.render(<OptionsApp store={store} files={files} locale="en-GB" />));
  await flush();
}

function field(name: string): HTMLElement {
  const element = host.querySelector<HTMLElement>(`[data-candor-field="${name}"]`);
  if (!element) throw new Error(`no field ${name}`);
  return element;
}

function setValue(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  // React tracks the value through the prototype's setter: set it there, then tell React.
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')!.set!;
  act(() => {
    setter.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

function click(element: Element) {
  act(() => (element as HTMLElement).click());
}

async function save() {
  click(host.querySelector('[data-candor-action=save]')!);
  await flush();
}

function errorsIn(element: Element): string[] {
  return [...element.querySelectorAll<HTMLElement>('[data-candor-error]')].map((e) => e.dataset.candorError!);
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  downloads = [];
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('OptionsApp', () => {
  it('has the stable field hooks, each input labelled', async () => {
    await mount();
    for (const name of ['clients', 'own-addresses', 'working-days', 'working-hours', 'time-zone', 'days-off', 'response-target', 'rules', 'ignored-phrases', 'hints-for']) field(name);
    for (const input of host.querySelectorAll<HTMLInputElement>('input:not([type=file]), select, textarea')) {
      const labelled = input.closest('label') ?? host.querySelector(`label[for="${input.id}"]`);
      expect(labelled, input.outerHTML).not.toBeNull();
    }
  });

  it('adds a client through the form, shows a translated error in its row, and saves once it is fixed', async () => {
    await mount();
    click(host.querySelector('[data-candor-action=add-client]')!);
    const row = field('clients').querySelector('[data-candor-client-row="0"]')!;
    setValue(row.querySelector('input[name=client-name]')!, 'Acme');
    setValue(row.querySelector('input[name=client-addresses]')!, 'anna@acme.com, acme_org');
    await save();
    expect(store.saved).toEqual([]);
    expect(errorsIn(row)).toEqual(['invalid-address-or-domain']);
    expect(row.querySelector('[data-candor-error]')!.textContent).toBe('settingsErrorInvalidAddressOrDomain:acme_org');
    expect(row.querySelector('input[name=client-addresses]')!.getAttribute('aria-invalid')).toBe('true');
    expect(host.querySelector('[data-candor-status]')!.textContent).toBe('optionsNotSaved');

    // Errors follow the typing once shown.
    setValue(row.querySelector('input[name=client-addresses]')!, 'anna@acme.com, acme.org');
    expect(errorsIn(row)).toEqual([]);
    setValue(row.querySelector('select[name=client-target-unit]')!, 'business-hours');
    setValue(row.querySelector('input[name=client-target-amount]')!, '4');
    await save();
    expect(store.saved).toHaveLength(1);
    expect(store.saved[0].clients).toEqual([{ id: 'client:anna@acme.com', name: 'Acme', addresses: ['anna@acme.com', 'acme.org'], responseTarget: { amount: 4, unit: 'business-hours' } }]);
    expect(host.querySelector('[data-candor-status]')!.textContent).toBe('optionsSaved');
  });

  it('checks working hours and the target where they are typed', async () => {
    await mount();
    const hours = field('working-hours');
    setValue(hours.querySelector('input[name=period-end]')!, '08:00');
    setValue(field('response-target').querySelector('input[name=target-amount]')!, '0');
    await save();
    expect(store.saved).toEqual([]);
    expect(errorsIn(hours.querySelector('[data-candor-period-row="0"]')!)).toEqual(['period-empty']);
    expect(errorsIn(field('response-target'))).toEqual(['out-of-range']);

    setValue(hours.querySelector('input[name=period-end]')!, '17:00');
    click([...hours.querySelectorAll('button')].find((b) => b.textContent === 'optionsAddPeriod')!);
    const second = hours.querySelector('[data-candor-period-row="1"]')!;
    setValue(second.querySelector('input[name=period-start]')!, '16:00');
    setValue(second.querySelector('input[name=period-end]')!, '19:00');
    setValue(field('response-target').querySelector('input[name=target-amount]')!, '6');
    setValue(field('response-target').querySelector('select[name=target-unit]')!, 'hours');
    await save();
    expect(errorsIn(hours)).toEqual(['periods-overlap']);

    setValue(second.querySelector('input[name=period-start]')!, '18:00');
    click(field('working-days').querySelector('input[value="6"]')!);
    await save();
    expect(store.saved).toHaveLength(1);
    expect(store.saved[0]).toMatchObject({
      workingHours: [
        { start: '09:00', end: '17:00' },
        { start: '18:00', end: '19:00' },
      ],
      workingDays: [1, 2, 3, 4, 5, 6],
      defaultResponseTarget: { amount: 6, unit: 'hours' },
    });
  });

  it('exports the saved settings as a file the importer accepts', async () => {
    const settings: Settings = { ...defaultSettings(), clients: [{ id: 'bolt', name: 'Bolt', addresses: ['bolt.example'] }], timeZone: 'Europe/Riga' };
    await mount(settings);
    click(host.querySelector('[data-candor-action=export]')!);
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toMatch(/^candor-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(importSettingsJson(downloads[0].text)).toEqual({ ok: true, settings });
  });

  it('imports a settings file, and lists every problem of a bad one without saving it', async () => {
    await mount();
    const input = host.querySelector<HTMLInputElement>('[data-candor-action=import]')!;
    const choose = async (text: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'settings.json', { type: 'application/json' })] });
      act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await flush();
    };
    await choose('{ not json');
    expect(errorsIn(host.querySelector('[data-candor-status]')!)).toEqual(['invalid-json']);
    const imported: Settings = { ...defaultSettings(), hintsFor: 'clients', clients: [{ id: 'acme', name: 'Acme', addresses: ['acme.com'] }] };
    const broken = JSON.parse(exportSettingsJson(imported));
    broken.settings.ownAddresses = ['not-an-address'];
    await choose(JSON.stringify(broken));
    expect(errorsIn(host.querySelector('[data-candor-status]')!)).toEqual(['invalid-email']);
    expect(store.saved).toEqual([]);

    await choose(exportSettingsJson(imported));
    expect(store.saved).toEqual([imported]);
    expect(host.querySelector('[data-candor-status]')!.textContent).toBe('optionsImported');
    expect(field('clients').querySelector<HTMLInputElement>('input[name=client-addresses]')!.value).toBe('acme.com');
    expect(field('hints-for').querySelector<HTMLInputElement>('input[value=clients]')!.checked).toBe(true);
  });

  it('takes in settings changed elsewhere unless the user has unsaved edits', async () => {
    await mount();
    act(() => store.external({ ...defaultSettings(), ownAddresses: ['me@freelance.dev'] }));
    const own = field('own-addresses').querySelector('textarea')!;
    expect(own.value).toBe('me@freelance.dev');
    setValue(own, 'me@freelance.dev\nalso@me.example');
    act(() => store.external({ ...defaultSettings(), ownAddresses: ['other@x.example'] }));
    expect(own.value).toBe('me@freelance.dev\nalso@me.example');
  });
});
