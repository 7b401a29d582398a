import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launch, type Session } from './launch';

/**
 * One browser for a whole test file. After each test the pages it opened are closed, and every test
 * doubles as a check that Candor threw nothing into the page and logged no error.
 */
export function browserPerFile(hooks: {
  /** Receives the session once the browser is up (and may prepare it, e.g. seed settings). */
  launched: (session: Session) => void | Promise<void>;
  /** The pages the test just run opened. */
  pages: () => Iterable<Page | undefined>;
}): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch();
    await hooks.launched(session);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    for (const page of hooks.pages()) await page?.close();
    expect(session!.problems).toEqual([]);
    session!.problems.length = 0;
  });
}
