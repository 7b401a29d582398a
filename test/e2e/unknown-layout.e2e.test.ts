/**
 * When a mail app changes its markup, selectors stop matching: Candor must stay quiet (no error thrown
 * into the page, no error logged, no stray UI) while the page keeps mutating around it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownIndicatorCounts } from './harness/candor';
import { GMAIL_HOST, OUTLOOK_HOSTS, UNKNOWN_LAYOUT_PATH } from './harness/hosts';
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
