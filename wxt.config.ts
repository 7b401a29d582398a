import { defineConfig } from 'wxt';

// Candor runs entirely in the browser: no host permissions beyond the mail apps, no remote code.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the badge's one-minute refresh (waits grow while nothing changes in storage).
    // offscreen: the document whose worker parses English (compromise) off the mail page's main thread.
    permissions: ['storage', 'alarms', 'offscreen'],
  },
});
