import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, importSettingsJson, repairSettings, validateSettings, validateSettingsField } from './settings-schema';

// Expectation line: the settings field that turns the offer off and holds the user's own wording.
describe('expectationLine setting', () => {
  it('is on with generated sentences by default', () => {
    expect(DEFAULT_SETTINGS.expectationLine).toEqual({ enabled: true, custom: {} });
  });

  it.each([
    ['off', { enabled: false, custom: {} }, { enabled: false, custom: {} }],
    ['own wording, trimmed', { enabled: true, custom: { en: '  I reply within a day.  ' } }, { enabled: true, custom: { en: 'I reply within a day.' } }],
    ['an empty box means generated', { enabled: true, custom: { ru: '   ', pl: 'Odpowiadam w ciągu doby.' } }, { enabled: true, custom: { pl: 'Odpowiadam w ciągu doby.' } }],
    ['line breaks become spaces', { enabled: true, custom: { lv: 'Atbildu\n dienas laikā.' } }, { enabled: true, custom: { lv: 'Atbildu dienas laikā.' } }],
    ['custom may be left out', { enabled: false }, { enabled: false, custom: {} }],
  ])('accepts %s', (_name, raw, expected) => {
    const result = validateSettingsField('expectationLine', raw);
    expect(result).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['not an object', 'yes', 'wrong-type', { enabled: true, custom: {} }],
    ['enabled not a boolean', { enabled: 'no', custom: {} }, 'wrong-type', { enabled: true, custom: {} }],
    ['a language Candor does not write', { enabled: false, custom: { de: 'Ich antworte.' , en: 'I answer.' } }, 'unknown-value', { enabled: false, custom: { en: 'I answer.' } }],
    ['a sentence too long', { enabled: true, custom: { uk: 'x'.repeat(401) } }, 'too-long', { enabled: true, custom: {} }],
    ['custom not a map', { enabled: true, custom: ['I answer.'] }, 'wrong-type', { enabled: true, custom: {} }],
  ])('rejects %s and repairs it keeping the valid rest', (_name, raw, code, repaired) => {
    const strict = validateSettingsField('expectationLine', raw);
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.issues.map((i) => [i.field, i.code])).toContainEqual(['expectationLine', code]);
    expect(repairSettings({ ...defaultSettings(), expectationLine: raw }).settings.expectationLine).toEqual(repaired);
  });

  it('stored settings from before the feature get the default', () => {
    const { expectationLine: _dropped, ...older } = defaultSettings();
    expect(repairSettings(older)).toEqual({ settings: defaultSettings(), issues: [] });
    const file = JSON.stringify({ format: 'candor-settings', version: 2, exportedAt: '2026-12-01T00:00:00Z', settings: older });
    const imported = importSettingsJson(file);
    expect(imported.ok && imported.settings.expectationLine).toEqual({ enabled: true, custom: {} });
  });

  it('is part of a complete settings object', () => {
    const { expectationLine: _dropped, ...missing } = defaultSettings();
    const result = validateSettings(missing);
    expect(result.ok).toBe(false);
    expect(validateSettings({ ...defaultSettings(), expectationLine: { enabled: false, custom: { en: 'Mine.' } } }).ok).toBe(true);
  });
});
