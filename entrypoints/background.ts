import { startBackground } from '@/lib/background';

// The only writer of the thread ledger, and the keeper of the badge (lib/background).
export default defineBackground(() => {
  // The mail content script remembers Ignore per draft in session storage (hashes only), which
  // Chrome closes to content scripts unless the worker opens it.
  browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => {});
  startBackground();
});
