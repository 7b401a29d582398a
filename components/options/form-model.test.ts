import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings, type SettingsIssue } from '@/lib/storage/settings-schema';
import { emptyClientDraft, formFromSettings, issueLocation, issueMessageKeys, issueText, settingsInputFromForm, validateForm } from './form-model';

vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join('|')}` : key) } }));

const settings: Settings = {
  ...defaultSettings(),
  clients: [
    { id: 'acme', name: 'Acme', addresses: ['anna@acme.com', 'acme.org'], responseTarget: { amount: 4, unit: 'business-hours' } },
    { id: 'bolt', name: 'Bolt', addresses: ['bolt.example'] },
  ],
  ownAddresses: ['me@freelance.dev'],
  workingDays: [1, 2, 3, 4],
  workingHours: [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:30' },
  ],
  timeZone: 'Europe/Riga',
  daysOff: [{ from: '2026-12-24', to: '2026-12-26', note: 'Christmas' }],
  defaultResponseTarget: { amount: 1.5, unit: 'business-days' },
  disabledRules: ['excuse'],
  ignoredPhrases: ['as soon as possible'],
  hintsFor: 'clients',
};

describe('the options form model', () => {
  it('round-trips every setting through the form unchanged', () => {
    expect(validateForm(formFromSettings(settings))).toEqual({ ok: true, settings });
    expect(validateForm(formFromSettings(defaultSettings()))).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('reads what people type: comma lists, lines, decimal commas, an empty zone for the browser', () => {
    const form = formFromSettings(defaultSettings());
    form.clients = [{ ...emptyClientDraft(), name: ' Acme ', addresses: 'Anna@Acme.com;  @acme.org,bolt.example', targetAmount: '2,5', targetUnit: 'hours' }];
    form.ownAddresses = 'me@freelance.dev\n\n  Me <ME@work.example>\n';
    form.targetAmount = '0,5';
    const result = validateForm(form);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.clients).toEqual([{ id: 'client:anna@acme.com', name: 'Acme', addresses: ['anna@acme.com', 'acme.org', 'bolt.example'], responseTarget: { amount: 2.5, unit: 'hours' } }]);
    expect(result.settings.ownAddresses).toEqual(['me@freelance.dev', 'me@work.example']);
    expect(result.settings.defaultResponseTarget).toEqual({ amount: 0.5, unit: 'business-days' });
    expect(result.settings.timeZone).toBeNull();
  });

  it('rejects what the schema rejects and says where: field and row', () => {
    const form = formFromSettings(settings);
    form.clients[1] = { ...form.clients[1], addresses: 'bolt.example, not an address' };
    form.workingHours[1] = { ...form.workingHours[1], end: '11:00' };
    form.targetAmount = '';
    const result = validateForm(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const located = result.issues.map((i) => ({ code: i.code, ...issueLocation(i) }));
    expect(located).toEqual(
      expect.arrayContaining([
        { code: 'invalid-address-or-domain', field: 'clients', row: 1 },
        { code: 'period-empty', field: 'workingHours', row: 1 },
        { code: 'wrong-type', field: 'defaultResponseTarget', row: null },
      ]),
    );
    expect(settingsInputFromForm(form).clients).toHaveLength(2);
  });

  it('translates issues with their parameters in the order the messages expect', () => {
    const issue: SettingsIssue = { field: 'clients', path: 'clients[1].addresses[0]', code: 'duplicate-address', message: 'x', params: { value: 'acme.com', client: 'Acme' } };
    expect(issueText(issue)).toBe('settingsErrorDuplicateAddress:acme.com|Acme');
    expect(issueText({ field: 'workingDays', path: 'workingDays', code: 'no-working-days', message: 'x' })).toBe('settingsErrorNoWorkingDays');
  });
});

describe('the locales', () => {
  const keysOf = (lang: string) =>
    readFileSync(new URL(`../../locales/${lang}.yml`, import.meta.url), 'utf8')
      .split('\n')
      .map((line) => /^([A-Za-z0-9_]+):/.exec(line)?.[1])
      .filter((k): k is string => !!k);

  it('have a message for every settings issue code, in all five languages', () => {
    for (const lang of ['en', 'ru', 'uk', 'pl', 'lv']) expect(keysOf(lang)).toEqual(expect.arrayContaining(issueMessageKeys()));
  });

  it('have the same keys in all five languages', () => {
    const english = keysOf('en').sort();
    for (const lang of ['ru', 'uk', 'pl', 'lv']) expect(keysOf(lang).sort()).toEqual(english);
  });
});
