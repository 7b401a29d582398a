/**
 * The user's settings in extension storage (`local:candor.settings`, schema v2, through
 * `@wxt-dev/storage` with migrations). Every read is repaired field by field (./settings-schema.ts),
 * so a damaged stored value never takes the valid rest down with it; every write is validated.
 *
 *   await loadSettings()            -> Settings (repaired; a repaired value is written back once)
 *   await saveSettings(settings)    validates; throws SettingsValidationError with issues
 *   await updateSettings(s => ({ ...s, hintsFor: 'clients' }))
 *   const stop = watchSettings(settings => ...)     // repaired values, in every extension context
 *   await importSettings(jsonText)  -> SettingsValidation (saved only when ok)
 *   await exportSettings()          -> JSON text
 *
 * Types, defaults, validation and the import format are re-exported from ./settings-schema.
 */
import { storage } from 'wxt/utils/storage';
import {
  SETTINGS_VERSION,
  SettingsValidationError,
  defaultSettings,
  exportSettingsJson,
  importSettingsJson,
  repairSettings,
  settingsMigrations,
  validateSettings,
  type Settings,
  type SettingsIssue,
  type SettingsValidation,
} from './settings-schema';

export * from './settings-schema';

export const SETTINGS_STORAGE_KEY = 'local:candor.settings' as const;

/**
 * The raw item. Its value is typed `unknown` on purpose: what is stored may be from an older version,
 * another build, or damaged. Go through loadSettings / saveSettings unless you are testing storage.
 */
export const settingsItem = storage.defineItem<unknown>(SETTINGS_STORAGE_KEY, {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations(),
});

/** The issues found the last time a stored value needed repair, for a diagnostics line in the options page. */
let lastRepairIssues: SettingsIssue[] = [];
export function lastSettingsRepair(): readonly SettingsIssue[] {
  return lastRepairIssues;
}

export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  if (raw === null || raw === undefined) return defaultSettings();
  const { settings, issues } = repairSettings(raw);
  if (issues.length) {
    lastRepairIssues = issues;
    // Writing the repaired value back means the damage is reported once, not on every read.
    await settingsItem.setValue(settings);
  }
  return settings;
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const result = validateSettings(settings);
  if (!result.ok) throw new SettingsValidationError(result.issues);
  await settingsItem.setValue(result.settings);
  return result.settings;
}

// Serialises read-modify-write cycles within this extension context, so two quick edits in the
// options page cannot overwrite each other.
let updateChain: Promise<unknown> = Promise.resolve();

export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = updateChain.then(async () => saveSettings(change(await loadSettings())));
  updateChain = run.catch(() => undefined);
  return run;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(raw === null || raw === undefined ? defaultSettings() : repairSettings(raw).settings));
}

export async function exportSettings(now: Date = new Date()): Promise<string> {
  return exportSettingsJson(await loadSettings(), now);
}

export async function importSettings(json: string): Promise<SettingsValidation> {
  const result = importSettingsJson(json);
  if (result.ok) await settingsItem.setValue(result.settings);
  return result;
}
