import { loadSettings, saveSettings, watchSettings } from '@/lib/storage/settings';
import type { SettingsStore } from './OptionsApp';

/** The options page's store: the extension's settings item (validated writes, repaired reads). */
export const extensionSettingsStore: SettingsStore = {
  load: loadSettings,
  save: saveSettings,
  watch: watchSettings,
};
