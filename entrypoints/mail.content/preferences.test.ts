import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/storage/settings';
import { hintsWanted, isIgnoredPhrase, toPreferences } from './preferences';

describe('hint preferences', () => {
  const base = defaultSettings();

  it('runs every rule but the ones turned off, and proposes dates on working days', () => {
    const p = toPreferences({ ...base, disabledRules: ['excuse'], workingDays: [1, 2, 3, 4, 5, 6] });
    expect(p.rules).toEqual(['vague-promise', 'missing-date', 'over-promise']);
    expect(p.weekend).toEqual([0]);
  });

  // Time scale: the days off set in the options reach the proposed dates, without their notes.
  it('passes the days off on for proposed dates', () => {
    const p = toPreferences({ ...base, daysOff: [{ from: '2026-12-24', to: '2026-12-26', note: 'Christmas' }] });
    expect(p.daysOff).toEqual([{ from: '2026-12-24', to: '2026-12-26' }]);
  });

  // An over-promise of availability is rewritten to the user's own expectation line, as the options show it.
  it("offers the user's own response-time sentences, their own wording first, none when the line is off", () => {
    const p = toPreferences({ ...base, timeZone: 'Europe/Riga', expectationLine: { enabled: true, custom: { ru: 'Отвечаю в течение рабочего дня.' } } });
    const terms = p.ownTerms()!;
    expect(terms.ru).toBe('Отвечаю в течение рабочего дня.');
    expect(terms.en).toMatch(/^I answer email within one working day/);
    expect(Object.keys(terms).sort()).toEqual(['en', 'lv', 'pl', 'ru', 'uk']);
    expect(toPreferences({ ...base, expectationLine: { enabled: false, custom: {} } }).ownTerms()).toBeUndefined();
  });

  it('matches ignored phrases case-insensitively inside the flagged text', () => {
    const p = toPreferences({ ...base, ignoredPhrases: ['  ASAP '] });
    expect(isIgnoredPhrase('send it asap', p)).toBe(true);
    expect(isIgnoredPhrase('send it soon', p)).toBe(false);
  });

  it('shows hints for client drafts only when asked, by address or domain', () => {
    const clients = [{ id: 'a', name: 'Acme', addresses: ['acme.com', 'anna@studio.io'] }];
    const p = toPreferences({ ...base, hintsFor: 'clients', clients });
    expect(hintsWanted([{ address: 'bob@eu.acme.com', name: null }], p)).toBe(true);
    expect(hintsWanted([{ address: 'anna@studio.io', name: 'Anna' }], p)).toBe(true);
    expect(hintsWanted([{ address: 'bob@studio.io', name: null }], p)).toBe(false);
    expect(hintsWanted([{ address: null, name: 'Anna' }], p)).toBe(false);
    expect(hintsWanted([], toPreferences({ ...base, hintsFor: 'clients' }))).toBe(true);
    expect(hintsWanted([], toPreferences(base))).toBe(true);
  });
});
