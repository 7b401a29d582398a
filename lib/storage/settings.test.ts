import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  SettingsValidationError,
  defaultSettings,
  exportSettings,
  importSettings,
  importSettingsJson,
  loadSettings,
  migrateSettingsV1ToV2,
  normalizeAddressPattern,
  repairSettings,
  resolveTimeZone,
  saveSettings,
  settingsItem,
  updateSettings,
  validateSettings,
  validateSettingsField,
  watchSettings,
  withOwnAddress,
  SETTINGS_FIELD_NAMES,
  SETTINGS_KEYS,
  type Settings,
} from './settings';

const RAW_KEY = 'candor.settings';
const META_KEY = 'candor.settings$';

function sample(): Settings {
  return {
    ...defaultSettings(),
    clients: [
      { id: 'acme', name: 'Acme', addresses: ['acme.com'], responseTarget: { amount: 4, unit: 'business-hours' } },
      { id: 'anna', name: 'Anna Berzina', addresses: ['anna@studio.lv'] },
    ],
    ownAddresses: ['me@freelance.dev'],
    workingHours: [
      { start: '09:00', end: '13:00' },
      { start: '14:00', end: '18:00' },
    ],
    timeZone: 'Europe/Riga',
    daysOff: [{ from: '2026-12-24', to: '2026-12-26', note: 'Christmas' }],
    disabledRules: ['excuse'],
    ignoredPhrases: ['just checking'],
    hintsFor: 'clients',
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('returns the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores the schema version next to the value', async () => {
    await saveSettings(sample());
    const stored = await fakeBrowser.storage.local.get([RAW_KEY, META_KEY]);
    expect(stored[META_KEY]).toEqual({ v: SETTINGS_VERSION });
    expect(SETTINGS_VERSION).toBe(2);
    expect(await loadSettings()).toEqual(sample());
  });

  it('refuses to save invalid settings and keeps what was stored', async () => {
    await saveSettings(sample());
    const broken = { ...sample(), workingHours: [{ start: '18:00', end: '09:00' }] };
    await expect(saveSettings(broken)).rejects.toBeInstanceOf(SettingsValidationError);
    await expect(saveSettings(broken)).rejects.toThrow(/after the start/);
    expect((await loadSettings()).workingHours).toEqual(sample().workingHours);
  });

  it('updates are serialised so quick successive edits are all kept', async () => {
    await saveSettings(sample());
    await Promise.all([
      updateSettings((s) => ({ ...s, ignoredPhrases: [...s.ignoredPhrases, 'a'] })),
      updateSettings((s) => ({ ...s, ignoredPhrases: [...s.ignoredPhrases, 'b'] })),
    ]);
    expect((await loadSettings()).ignoredPhrases).toEqual(['just checking', 'a', 'b']);
  });

  it('watchers get repaired settings', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ [RAW_KEY]: { ...sample(), hintsFor: 42 } });
    stop();
    expect(seen).toHaveLength(1);
    expect(seen[0].hintsFor).toBe('all');
    expect(seen[0].clients).toEqual(sample().clients);
  });

  it('resolves the time zone to the browser zone when none is set', () => {
    expect(resolveTimeZone({ timeZone: 'America/New_York' })).toBe('America/New_York');
    expect(resolveTimeZone({ timeZone: null })).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('migration v1 -> v2', () => {
  const v1 = {
    clients: ['Anna@Studio.lv', '@acme.com'],
    ownAddresses: ['me@freelance.dev'],
    workingHours: { start: '08:30', end: '17:00' },
    weekend: [0, 5, 6],
    responseTargetHours: 6,
    hintsFor: 'clients',
  };

  it('turns the v1 shape into v2 as a pure function', () => {
    const migrated = repairSettings(migrateSettingsV1ToV2(v1));
    expect(migrated.issues).toEqual([]);
    expect(migrated.settings).toEqual({
      ...defaultSettings(),
      clients: [
        { id: 'client:anna@studio.lv', name: 'anna@studio.lv', addresses: ['anna@studio.lv'] },
        { id: 'client:acme.com', name: 'acme.com', addresses: ['acme.com'] },
      ],
      ownAddresses: ['me@freelance.dev'],
      workingHours: [{ start: '08:30', end: '17:00' }],
      workingDays: [1, 2, 3, 4],
      defaultResponseTarget: { amount: 6, unit: 'business-hours' },
      hintsFor: 'clients',
    });
  });

  it('is harmless on data that is already v2', () => {
    expect(repairSettings(migrateSettingsV1ToV2(sample())).settings).toEqual(sample());
  });

  it('migrates a stored v1 value through the storage item and bumps its version', async () => {
    await fakeBrowser.storage.local.set({ [RAW_KEY]: v1 });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get([RAW_KEY, META_KEY]);
    expect(stored[META_KEY]).toEqual({ v: 2 });
    const settings = await loadSettings();
    expect(settings.workingDays).toEqual([1, 2, 3, 4]);
    expect(settings.clients.map((c) => c.addresses)).toEqual([['anna@studio.lv'], ['acme.com']]);
    expect(settings.defaultResponseTarget).toEqual({ amount: 6, unit: 'business-hours' });
  });

  it('imports an exported v1 file', () => {
    const result = importSettingsJson(JSON.stringify({ format: 'candor-settings', version: 1, settings: v1 }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings.workingHours).toEqual([{ start: '08:30', end: '17:00' }]);
  });
});

describe('recovery from corrupt stored data', () => {
  it('repairs a field of the wrong type and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ [RAW_KEY]: { ...sample(), workingDays: 'weekdays', timeZone: 12 } });
    const settings = await loadSettings();
    expect(settings.workingDays).toEqual(DEFAULT_SETTINGS.workingDays);
    expect(settings.timeZone).toBeNull();
    expect({ ...settings, workingDays: sample().workingDays, timeZone: 'Europe/Riga' }).toEqual(sample());
  });

  it('drops only the broken entries of a list', () => {
    const { settings, issues } = repairSettings({
      ...sample(),
      clients: [sample().clients[0], { name: 'No address', addresses: ['not an address@'] }, 'junk', sample().clients[1]],
      ownAddresses: ['ME@freelance.dev', 'nope'],
    });
    expect(settings.clients).toEqual(sample().clients);
    expect(settings.ownAddresses).toEqual(['me@freelance.dev']);
    expect(issues.map((i) => i.path)).toEqual(['clients[1].addresses[0]', 'clients[1].addresses', 'clients[2]', 'ownAddresses[1]']);
  });

  it('repairs fields out of range', () => {
    const { settings, issues } = repairSettings({
      ...sample(),
      defaultResponseTarget: { amount: -3, unit: 'business-days' },
      workingDays: [1, 2, 9],
      daysOff: [{ from: '2026-02-30' }, { from: '2026-05-01' }],
    });
    expect(settings.defaultResponseTarget).toEqual(DEFAULT_SETTINGS.defaultResponseTarget);
    expect(settings.workingDays).toEqual([1, 2]);
    expect(settings.daysOff).toEqual([{ from: '2026-05-01', to: '2026-05-01' }]);
    expect(issues.map((i) => `${i.path} ${i.code}`).sort()).toEqual(['daysOff[0].from invalid-date', 'defaultResponseTarget.amount out-of-range', 'workingDays[2] invalid-weekday']);
  });

  it('reads settings stored as JSON text, and falls back to defaults for junk text', async () => {
    expect(repairSettings(JSON.stringify(sample())).settings).toEqual(sample());
    await fakeBrowser.storage.local.set({ [RAW_KEY]: '{"clients": [oops' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes the repaired value back so the damage is reported once', async () => {
    await fakeBrowser.storage.local.set({ [RAW_KEY]: { ...sample(), hintsFor: 'sometimes' } });
    await loadSettings();
    const stored = (await fakeBrowser.storage.local.get(RAW_KEY))[RAW_KEY] as Settings;
    expect(stored.hintsFor).toBe('all');
    expect(stored.clients).toEqual(sample().clients);
  });
});

describe('validation', () => {
  it('accepts valid settings and normalises them', () => {
    const result = validateSettings({ ...sample(), ownAddresses: ['  Me <ME@Freelance.dev> '] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings.ownAddresses).toEqual(['me@freelance.dev']);
  });

  it('reports every problem with a field, a code and a message', () => {
    const result = validateSettings({
      ...sample(),
      clients: [
        { id: 'a', name: 'A', addresses: ['acme.com'] },
        { id: 'b', name: 'B', addresses: ['ACME.com'] },
      ],
      workingHours: [
        { start: '09:00', end: '13:00' },
        { start: '12:00', end: '18:00' },
      ],
      timeZone: 'Mars/Olympus',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([
      ['clients', 'duplicate-address'],
      ['clients', 'required'],
      ['workingHours', 'periods-overlap'],
      ['timeZone', 'invalid-time-zone'],
    ]);
    expect(result.issues[0].message).toBe('acme.com already belongs to A');
  });

  it('reports missing fields', () => {
    const { hintsFor: _omitted, ...rest } = sample();
    const result = validateSettings(rest);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['hintsFor']);
  });

  it('validates one field for the options form', () => {
    expect(validateSettingsField('workingHours', [{ start: '9:00', end: '24:00' }])).toEqual({ ok: true, value: [{ start: '09:00', end: '24:00' }] });
    const bad = validateSettingsField('defaultResponseTarget', { amount: 2, unit: 'weeks' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0].path).toBe('defaultResponseTarget.unit');
  });

  it('learns the user’s own address once', () => {
    const s = sample();
    const learned = withOwnAddress(s, 'Me Too <ME2@freelance.dev>');
    expect(learned.ownAddresses).toEqual(['me@freelance.dev', 'me2@freelance.dev']);
    expect(withOwnAddress(learned, 'me2@FREELANCE.dev')).toBe(learned);
    expect(withOwnAddress(s, 'no address')).toBe(s);
  });

  it('names a form field for every settings key, the required hooks included', () => {
    expect(Object.keys(SETTINGS_FIELD_NAMES).sort()).toEqual([...SETTINGS_KEYS].sort());
    expect([SETTINGS_FIELD_NAMES.clients, SETTINGS_FIELD_NAMES.workingHours, SETTINGS_FIELD_NAMES.defaultResponseTarget]).toEqual(['clients', 'working-hours', 'response-target']);
  });

  // Ledger retention.
  it.each([
    [30, true],
    [90, true],
    [365, true],
    [60, false],
    ['90', false],
    [null, false],
  ])('keeps ledger data for %j days: valid %s', (days, valid) => {
    const result = validateSettingsField('retentionDays', days);
    expect(result.ok).toBe(valid);
    expect(repairSettings({ ...sample(), retentionDays: days }).settings.retentionDays).toBe(valid ? days : 90);
  });

  it('keeps ledger data for 90 days unless told otherwise, also for settings saved before the choice existed', () => {
    expect(defaultSettings().retentionDays).toBe(90);
    const { retentionDays: _omitted, ...older } = sample();
    expect(repairSettings(older)).toEqual({ settings: { ...sample(), retentionDays: 90 }, issues: [] });
  });

  it('tells addresses from domains', () => {
    expect(normalizeAddressPattern(' @Acme.COM ')).toBe('acme.com');
    expect(normalizeAddressPattern('acme.com')).toBe('acme.com');
    expect(normalizeAddressPattern('Anna <anna@acme.com>')).toBe('anna@acme.com');
    expect(normalizeAddressPattern('acme')).toBeNull();
    expect(normalizeAddressPattern('a@b@c.com')).toBeNull();
  });
});

describe('import and export', () => {
  it('round-trips through JSON', async () => {
    await saveSettings(sample());
    const json = await exportSettings(new Date('2026-12-01T07:00:00Z'));
    expect(JSON.parse(json)).toMatchObject({ format: 'candor-settings', version: 2, exportedAt: '2026-12-01T07:00:00.000Z' });
    fakeBrowser.reset();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await importSettings(json)).ok).toBe(true);
    expect(await loadSettings()).toEqual(sample());
  });

  it('rejects junk, foreign files and newer versions without touching storage', async () => {
    await saveSettings(sample());
    const codes = [];
    for (const text of ['{', '{"clients": []}', JSON.stringify({ format: 'candor-settings', version: 9, settings: {} })]) {
      const r = await importSettings(text);
      codes.push(r.ok ? 'ok' : r.issues[0].code);
    }
    expect(codes).toEqual(['invalid-json', 'wrong-format', 'newer-version']);
    expect(await loadSettings()).toEqual(sample());
  });

  it('rejects a file with an invalid field and says which', () => {
    const r = importSettingsJson(JSON.stringify({ format: 'candor-settings', version: 2, settings: { ...sample(), hintsFor: 'never' } }));
    expect(r.ok ? null : r.issues.map((i) => i.field)).toEqual(['hintsFor']);
  });
});
