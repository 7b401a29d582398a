// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/storage/settings-schema';
import { DetectedAddresses, type DetectedSource } from './DetectedAddresses';
import { OptionsApp, type SettingsStore } from './OptionsApp';

vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join('|')}` : key) } }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function memorySource(initial: string[]) {
  const listeners = new Set<(list: string[]) => void>();
  const source: DetectedSource & { found(list: string[]): void } = {
    load: async () => initial,
    watch(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    found(list) {
      listeners.forEach((l) => l(list));
    },
  };
  return source;
}

let host: HTMLElement;
let root: Root;

async function flush() {
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

/** The component over a text field of its own, as OptionsApp uses it. */
function Harness({ initial, source }: { initial: string; source: DetectedSource }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <textarea data-testid="own" value={value} readOnly />
      <DetectedAddresses value={value} onChange={setValue} source={source} />
    </>
  );
}

const offered = () => [...host.querySelectorAll<HTMLElement>('[data-candor-detected-address]')].map((li) => li.dataset.candorDetectedAddress);
const own = () => host.querySelector<HTMLTextAreaElement>('[data-testid=own]')!.value;
const status = () => host.querySelector<HTMLElement>('[data-candor-detected-status]')!;

describe('DetectedAddresses', () => {
  it.each([
    ['nothing detected', [], '', []],
    ['one detected, none of mine', ['me@freelance.example'], '', ['me@freelance.example']],
    ['already mine, in another case', ['me@freelance.example', 'jo@work.example'], 'ME@freelance.example\nold@x.example', ['jo@work.example']],
    ['mine written "Name <address>" or comma-separated', ['me@freelance.example', 'jo@work.example'], 'Jonas <me@freelance.example>, jo@work.example', []],
  ])('offers only addresses not in the field: %s', async (_case, detected, initial, expected) => {
    await act(async () => root.render(<Harness initial={initial} source={memorySource(detected)} />));
    await flush();
    expect(offered()).toEqual(expected);
    // No offer, no title; the status region is there from the start so its message is announced.
    expect(host.querySelector('.candor-detected p.candor-help:not([aria-live])') !== null).toBe(expected.length > 0);
    expect(status().getAttribute('aria-live')).toBe('polite');
  });

  it('adds an address to the field on a new line, says so, and moves focus to the message', async () => {
    await act(async () => root.render(<Harness initial="old@x.example" source={memorySource(['me@freelance.example', 'jo@work.example'])} />));
    await flush();
    const button = host.querySelector<HTMLButtonElement>('[data-candor-detected-address="me@freelance.example"] button')!;
    expect(button.textContent).toBe('optionsDetectedAdd');
    expect(button.getAttribute('aria-label')).toBe('optionsDetectedAddLabel:me@freelance.example');
    act(() => button.click());
    expect(own()).toBe('old@x.example\nme@freelance.example');
    expect(offered()).toEqual(['jo@work.example']);
    expect(status().textContent).toBe('optionsDetectedAdded:me@freelance.example');
    expect(document.activeElement).toBe(status());
  });

  it('shows addresses the content script finds while the page is open', async () => {
    const source = memorySource([]);
    await act(async () => root.render(<Harness initial="" source={source} />));
    await flush();
    expect(offered()).toEqual([]);
    act(() => source.found(['new@work.example']));
    expect(offered()).toEqual(['new@work.example']);
    act(() => host.querySelector<HTMLButtonElement>('[data-candor-action=add-detected]')!.click());
    expect(own()).toBe('new@work.example');
  });
});

describe('DetectedAddresses in the options page', () => {
  it('puts the address in "your own addresses", saved with the form', async () => {
    let current: Settings = defaultSettings();
    const saved: Settings[] = [];
    const store: SettingsStore = {
      load: async () => current,
      save: async (s) => {
        current = s;
        saved.push(s);
        return s;
      },
      watch: () => () => undefined,
    };
    // The page's default source is the extension's storage (WXT's fake browser here).
    const { addDetectedAccount } = await import('@/lib/storage/detected-accounts');
    await addDetectedAccount('Me@Freelance.example');
    await act(async () => root.render(<OptionsApp store={store} files={{ download: () => undefined }} locale="en-GB" />));
    await flush();
    act(() => host.querySelector<HTMLButtonElement>('[data-candor-action=add-detected]')!.click());
    expect(host.querySelector<HTMLTextAreaElement>('[data-candor-field="own-addresses"] textarea')!.value).toBe('me@freelance.example');
    act(() => host.querySelector<HTMLButtonElement>('[data-candor-action=save]')!.click());
    await flush();
    expect(saved.map((s) => s.ownAddresses)).toEqual([['me@freelance.example']]);
  });
});
