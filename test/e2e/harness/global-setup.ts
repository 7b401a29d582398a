import { existsSync } from 'node:fs';
import { ensureExtensionBuilt } from './extension';
import { CHROMIUM } from './launch';

/** Once per run, before any browser starts: a browser to drive and an up-to-date build to load. */
export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) or set CANDOR_CHROMIUM. Playwright must not download one.`);
  }
  ensureExtensionBuilt();
}
