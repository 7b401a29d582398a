/**
 * npm run demo: Chromium with the built extension on a local practice compose page, served as
 * https://mail.google.com by the fixture server (nothing reaches Google; no account needed).
 * With a display, the browser opens for you to write in; close it to stop. Without one, a headless
 * browser types a sample draft, waits for Candor's marks and saves a screenshot instead.
 *   npm run demo [-- --outlook] [-- --dark]
 */
import { EXTENSION_DIR, ensureExtensionBuilt } from './harness/extension';
import { GMAIL_HOST, GMAIL_PATH, OUTLOOK_HOSTS, OUTLOOK_PATH } from './harness/hosts';
import { launch } from './harness/launch';

const outlook = process.argv.includes('--outlook');
const theme = process.argv.includes('--dark') ? 'dark' : 'light';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const SAMPLE = 'Hi Anna, sorry for the delay, my laptop died. I will try to send the mockups ASAP.';

ensureExtensionBuilt();
// The build in place, not a copy: after `npm run build`, reloading the extension picks up the change.
const session = await launch({ extensionDir: EXTENSION_DIR, headless: !hasDisplay });
const [host, path] = outlook ? [OUTLOOK_HOSTS[0], `${OUTLOOK_PATH}?theme=${theme}`] : [GMAIL_HOST, `${GMAIL_PATH}?reply=0&compose=1&demo=1&theme=${theme}`];
const page = await session.openMailPage(host, path);
await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');

if (hasDisplay) {
  console.log(`Candor practice page open at https://${host}${path}`);
  console.log('(served from this machine by the test fixture server; the extension is the build in .output/chrome-mv3)');
  console.log(`Try typing: "${SAMPLE}"`);
  console.log('Close the browser window to stop.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  await session.close(); // the window is gone already; this stops the server and removes the profile
} else {
  console.log('No display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so Chromium cannot open a window.');
  console.log('Run `npm run demo` on a desktop session, or under a virtual display (xvfb-run -a npm run demo).');
  console.log('Meanwhile, headless: typing a sample draft into the practice page and taking a screenshot.');
  const editor = outlook ? page.locator('[id*="docking_InitVisiblePart"] [aria-multiline=true]') : page.locator('[role=dialog] [g_editable=true]');
  await editor.click();
  await page.keyboard.type(SAMPLE, { delay: 20 });
  // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to the page need it too.
  await page.evaluate('globalThis.__name = (target) => target');
  const count = await page
    .waitForFunction(
      () => {
        const find = (root: Document | ShadowRoot): string | null => {
          for (const element of root.querySelectorAll('*')) {
            const value = element.getAttribute('data-candor-count');
            if (value && value !== '0') return value;
            const inner = element.shadowRoot && find(element.shadowRoot);
            if (inner) return inner;
          }
          return null;
        };
        return find(document);
      },
      undefined,
      { timeout: 10000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  await page.waitForTimeout(1000); // the marks settle a moment after the count
  const file = `/tmp/candor-demo-${outlook ? 'outlook' : 'gmail'}-${theme}.png`;
  await page.screenshot({ path: file });
  console.log(count ? `Candor marked the draft: indicator shows ${count} finding(s).` : 'Candor showed no findings within 10 s (is the content script built?).');
  console.log(`Screenshot: ${file}`);
  await session.close();
}
