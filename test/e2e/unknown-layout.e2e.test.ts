/**
 * When a mail app changes its markup, selectors stop matching: Candor must stay quiet (no error thrown
 * into the page, no error logged, no stray UI) while the page keeps mutating around it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownIndicatorCounts } from './harness/candor';
import type { Page } from 'playwright-core';
import { GMAIL_HOST, GMAIL_PATH, OUTLOOK_HOSTS, UNKNOWN_LAYOUT_PATH } from './harness/hosts';
import { launch, type ExtensionWorkerGlobal, type Session } from './harness/launch';
import { matchesPattern } from './harness/match-pattern';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

describe('an unknown layout on a mail host', () => {
  it('is a page the content script is injected into (so the quiet below is not just absence)', async () => {
    const scripts = await session.serviceWorker!.evaluate(() => (globalThis as unknown as ExtensionWorkerGlobal).chrome.runtime.getManifest().content_scripts ?? []);
    const matches = scripts.flatMap((script) => script.matches);
    for (const host of [GMAIL_HOST, ...OUTLOOK_HOSTS]) {
      const url = `https://${host}${UNKNOWN_LAYOUT_PATH}`;
      expect(matches.some((pattern) => matchesPattern(pattern, url)), `a content script matching ${url}`).toBe(true);
    }
  });

  it.each([GMAIL_HOST, OUTLOOK_HOSTS[0]])('on %s: no page error, no console error, no indicator', async (host) => {
    const errors: string[] = [];
    const page = await session.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`https://${host}${UNKNOWN_LAYOUT_PATH}`);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    await page.locator('textarea').click();
    await page.keyboard.type('Sorry, my laptop died. I will try to send it ASAP.', { delay: 5 });
    await page.evaluate(() => window.unknownLayoutFixture.addHalfMatchingShapes());
    // Outlast the fixture's churn (40 ticks of 25 ms) and any debounce.
    await page.waitForTimeout(1500);
    expect(errors).toEqual([]);
    expect(session.problems).toEqual([]);
    expect(await shownIndicatorCounts(page)).toEqual([]);
    await page.close();
  });
});

describe('the popup', () => {
  // A browser of its own: the tests above have already left a "not recognised" status in storage.
  let fresh: Session;
  beforeAll(async () => {
    fresh = await launch();
  });
  afterAll(async () => {
    await fresh?.close();
  });
  const line = (popup: Page) => popup.locator('[data-candor-layout-status="gmail"]');

  it('says the layout was not recognised after a visit to the unknown layout, and stops saying it once Gmail is read', async () => {
    const popup = await fresh.context.newPage();
    await popup.goto(`chrome-extension://${fresh.extensionId}/popup.html`);
    await popup.waitForLoadState('load');
    // The popup has rendered (whatever else it shows), and no line for a layout nobody has seen yet.
    await expect.poll(() => popup.evaluate(() => document.body.innerText.trim().length > 0)).toBe(true);
    expect(await line(popup).count()).toBe(0);

    const mail = await fresh.context.newPage();
    await mail.goto(`https://${GMAIL_HOST}${UNKNOWN_LAYOUT_PATH}`);
    await mail.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    await mail.evaluate(() => window.unknownLayoutFixture.addHalfMatchingShapes());
    // The popup watches storage: the line appears without reopening it, once "not recognised" has held.
    await expect.poll(() => line(popup).count(), { timeout: 10000 }).toBe(1);
    expect(await line(popup).textContent()).toBe("Gmail: the mail app's layout was not recognised, so Candor shows no hints there.");
    expect(await popup.getByRole('status').filter({ hasText: 'Gmail' }).count()).toBe(1);
    await popup.reload();
    await expect.poll(() => line(popup).count()).toBe(1);

    await mail.goto(`https://${GMAIL_HOST}${GMAIL_PATH}`);
    await mail.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    await expect.poll(() => line(popup).count(), { timeout: 10000 }).toBe(0);
    expect(fresh.problems).toEqual([]);
    await mail.close();
    await popup.close();
  });
});
