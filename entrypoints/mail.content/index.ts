import { startCandor } from './app';

/**
 * Candor's hints in Gmail and Outlook on the web. Everything runs in this isolated content script:
 * no page-world injection, no network. See ./app.ts.
 */
export default defineContentScript({
  matches: [
    'https://mail.google.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    // A task of its own: evaluating the script and setting Candor up would otherwise be one long task
    // while the mail app is still loading.
    ctx.setTimeout(() => startCandor(ctx), 0);
  },
});
