import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDetectedAccount, loadDetectedAccounts, MAX_DETECTED_ACCOUNTS, repairDetectedAccounts, watchDetectedAccounts, withDetectedAccount } from './detected-accounts';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('repairDetectedAccounts', () => {
  it.each([
    ['not a list', { a: 1 }, []],
    ['nothing', undefined, []],
    ['addresses normalised, duplicates and junk dropped', ['Me@Freelance.example', 'me@freelance.example', 42, 'not an address', 'Jonas <jo@work.example>'], ['me@freelance.example', 'jo@work.example']],
    ['cut to the bound, newest kept', Array.from({ length: 20 }, (_, i) => `a${i}@x.example`), Array.from({ length: MAX_DETECTED_ACCOUNTS }, (_, i) => `a${i}@x.example`)],
  ])('%s', (_case, raw, expected) => {
    expect(repairDetectedAccounts(raw)).toEqual(expected);
  });
});

describe('withDetectedAccount', () => {
  it('puts the address first once, and returns the same list when nothing changes', () => {
    const list = ['b@x.example', 'a@x.example'];
    expect(withDetectedAccount(list, 'A@x.example')).toEqual(['a@x.example', 'b@x.example']);
    expect(withDetectedAccount(list, 'b@x.example')).toBe(list);
    expect(withDetectedAccount(list, 'outlook.office.com')).toBe(list);
  });
});

describe('the stored list', () => {
  it('is written under local:candor.detectedAccounts, bounded, and read back repaired', async () => {
    for (let i = 0; i < MAX_DETECTED_ACCOUNTS + 3; i++) await addDetectedAccount(`a${i}@x.example`);
    await addDetectedAccount('a5@x.example');
    const stored = (await fakeBrowser.storage.local.get('candor.detectedAccounts'))['candor.detectedAccounts'] as string[];
    expect(stored).toHaveLength(MAX_DETECTED_ACCOUNTS);
    expect(stored[0]).toBe('a5@x.example');
    await fakeBrowser.storage.local.set({ 'candor.detectedAccounts': ['Z@x.example', 7] });
    expect(await loadDetectedAccounts()).toEqual(['z@x.example']);
  });

  it('does not write again when the address is already the newest', async () => {
    await addDetectedAccount('me@x.example');
    const seen: string[][] = [];
    const stop = watchDetectedAccounts((list) => seen.push(list));
    await addDetectedAccount('ME@x.example');
    await addDetectedAccount('other@x.example');
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(seen).toEqual([['other@x.example', 'me@x.example']]);
  });
});
