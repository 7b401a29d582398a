import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GMAIL_HOST, GMAIL_PATH, OUTLOOK_HOSTS, OUTLOOK_PATH } from './harness/hosts';
import { launch, type ExtensionWorkerGlobal, type Session } from './harness/launch';
import { matchesPattern } from './harness/match-pattern';

describe('harness', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads the built extension: its service worker runs under a chrome-extension:// id', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.serviceWorker!.evaluate(() => (globalThis as unknown as ExtensionWorkerGlobal).chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
  });

  it('serves the Gmail fixture as https://mail.google.com with the compose shapes the content script looks for', async () => {
    const page = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}?compose=1`);
    expect(page.url()).toBe(`https://${GMAIL_HOST}${GMAIL_PATH}?compose=1`);
    expect(await page.evaluate(() => [window.isSecureContext, location.protocol])).toEqual([true, 'https:']);
    expect(await page.locator('div.M9 [g_editable=true]').count()).toBe(2);
    expect(await page.locator('[role=dialog] div.M9 [role=option][data-hovercard-id]').getAttribute('data-hovercard-id')).toBe('anna@berzina-design.example');
    expect(await page.locator('.AO div.M9 .gmail_quote').count()).toBeGreaterThan(0);
    expect(await page.locator('.AO div.M9 .gmail_signature').count()).toBe(1);
    await page.close();
  });

  it.each(OUTLOOK_HOSTS)('serves the Outlook fixture as https://%s with a live roosterjs editor', async (host) => {
    const page = await session.openMailPage(host, OUTLOOK_PATH);
    expect(new URL(page.url()).host).toBe(host);
    const editor = page.locator('[id*="docking_InitVisiblePart"] [aria-multiline=true]');
    await expect.poll(() => editor.getAttribute('contenteditable')).toBe('true');
    await editor.click();
    await page.keyboard.type('Hello Anna');
    expect(await page.evaluate(() => window.outlookFixture.editorText())).toBe('Hello Anna');
    await page.close();
  });

  it('logs requests from pages and from the extension service worker, and lets none reach another host', async () => {
    const page = await session.openMailPage(GMAIL_HOST, GMAIL_PATH);
    const before = session.requests.length;
    // Both must fail (the resolver sends other names nowhere) and both must be in the log.
    await page.evaluate(() => fetch('https://leak-from-page.example/collect').catch(() => 'blocked'));
    const fromWorker = await session.serviceWorker!.evaluate(() =>
      fetch('https://leak-from-worker.example/collect').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(fromWorker).toBe('blocked');
    await expect.poll(() => session.requests.slice(before).map((r) => new URL(r.url).host).sort()).toEqual(['leak-from-page.example', 'leak-from-worker.example']);
    expect(session.requestsLeaving().map((r) => new URL(r.url).host).sort()).toEqual(['leak-from-page.example', 'leak-from-worker.example']);
    expect(session.server.served.some((r) => r.host === GMAIL_HOST && r.path === GMAIL_PATH)).toBe(true);
    await page.close();
  });
});

describe('the harness catches what the product tests assert never happens', () => {
  // The probe extension (fixtures/probe-extension) fetches a foreign host, logs an error and throws,
  // all from a content script's isolated world, and marks the editor with a CSS highlight.
  let probe: Session;
  beforeAll(async () => {
    probe = await launch({ extensionDir: new URL('./fixtures/probe-extension/', import.meta.url).pathname });
  });
  afterAll(async () => {
    await probe?.close();
  });

  it('sees a content script leak, its uncaught error, its console error and its highlight from the page', async () => {
    const page = await probe.openMailPage(GMAIL_HOST, GMAIL_PATH);
    await page.waitForFunction(() => document.documentElement.dataset.candorProbe === 'ran');
    await expect.poll(() => probe.problems.map((p) => p.kind).sort()).toEqual(['console.error', 'console.error', 'pageerror']);
    expect(probe.requestsLeaving().map((r) => r.url)).toEqual(['https://probe-leak.example/from-content-script']);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual(['candor-probe']);
    await page.close();
  });
});

describe('match patterns', () => {
  it.each([
    ['https://mail.google.com/*', 'https://mail.google.com/mail/u/0/', true],
    ['*://mail.google.com/mail/*', 'https://mail.google.com/mail/u/0/', true],
    ['https://*.office.com/*', 'https://outlook.office.com/mail/', true],
    ['https://outlook.office.com/mail/*', 'https://outlook.office.com/calendar/', false],
    ['https://mail.google.com/*', 'https://mail.google.com.evil.example/', false],
    ['<all_urls>', 'https://outlook.live.com/mail/', true],
  ])('%s on %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });
});
