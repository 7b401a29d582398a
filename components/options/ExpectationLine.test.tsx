// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectationLine } from '@/lib/analysis/expectation-line';
import { defaultSettings, type Settings } from '@/lib/storage/settings-schema';
import { formFromSettings } from './form-model';
import { generatedSentences } from './ExpectationLine';
import { OptionsApp, type SettingsStore } from './OptionsApp';

vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join('|')}` : key) } }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const RIGA: Settings = { ...defaultSettings(), timeZone: 'Europe/Riga' };

let host: HTMLElement;
let root: Root;
let saved: Settings[];

async function mount(initial: Settings) {
  saved = [];
  const store: SettingsStore = { load: async () => initial, save: async (s) => (saved.push(s), s), watch: () => () => undefined };
  await act(async () => root.render(<OptionsApp store={store} files={{ download: () => undefined }} locale="en-GB" />));
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function setValue(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')!.set!;
  act(() => {
    setter.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

const field = () => host.querySelector<HTMLElement>('[data-candor-field="expectation-line"]')!;
const box = (lang: string) => field().querySelector<HTMLTextAreaElement>(`textarea[name=expectation-line-${lang}]`)!;

async function save() {
  act(() => host.querySelector<HTMLElement>('[data-candor-action=save]')!.click());
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('ExpectationLineField', () => {
  it('shows each language box with the generated sentence as its placeholder, every input labelled', async () => {
    await mount(RIGA);
    for (const lang of ['en', 'ru', 'uk', 'pl', 'lv'] as const) {
      expect(box(lang).placeholder).toBe(expectationLine(RIGA, lang));
      expect(box(lang).value).toBe('');
      expect(box(lang).closest('label')).not.toBeNull();
    }
    expect(field().querySelector<HTMLInputElement>('input[name=expectation-line-enabled]')!.checked).toBe(true);
  });

  it('follows the target and zone being edited, before they are saved', () => {
    const form = formFromSettings(RIGA);
    expect(generatedSentences({ ...form, targetAmount: '4', targetUnit: 'business-hours' }).en).toBe(expectationLine({ ...RIGA, defaultResponseTarget: { amount: 4, unit: 'business-hours' } }, 'en'));
    expect(generatedSentences({ ...form, timeZone: 'Europe/Warsaw' }).pl).toContain('czasu polskiego');
    // A half-typed amount falls back to the default rather than breaking the preview.
    expect(generatedSentences({ ...form, targetAmount: 'four' }).en).toBe(expectationLine(RIGA, 'en'));
  });

  it('saves the offer turned off and the user\'s own wording, an emptied box back to generated', async () => {
    await mount({ ...RIGA, expectationLine: { enabled: true, custom: { lv: 'Atbildu dienas laikā.' } } });
    expect(box('lv').value).toBe('Atbildu dienas laikā.');
    act(() => field().querySelector<HTMLInputElement>('input[name=expectation-line-enabled]')!.click());
    setValue(box('ru'), '  Отвечаю в течение рабочего дня.  ');
    setValue(box('lv'), '');
    await save();
    expect(saved.map((s) => s.expectationLine)).toEqual([{ enabled: false, custom: { ru: 'Отвечаю в течение рабочего дня.' } }]);
  });

  it('refuses a sentence that is too long, with the error in the field', async () => {
    await mount(RIGA);
    setValue(box('pl'), 'Odpowiadam szybko. '.repeat(30));
    await save();
    expect(saved).toEqual([]);
    expect([...field().querySelectorAll<HTMLElement>('[data-candor-error]')].map((e) => e.dataset.candorError)).toEqual(['too-long']);
    expect(box('pl').getAttribute('aria-invalid')).toBe('true');
    expect(box('en').getAttribute('aria-invalid')).toBeNull();
  });
});
