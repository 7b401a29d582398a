import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { EXTENSION_DIR, ensureExtensionBuilt, snapshotExtension } from './extension';
import { MAIL_HOSTS } from './hosts';
import { startFixtureServer, type FixtureServer } from './server';

export const CHROMIUM = process.env.CANDOR_CHROMIUM ?? '/usr/bin/chromium';

export interface LoggedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Who asked: a page's URL, or the service worker's. */
  initiator: string;
}

export interface PageProblem {
  page: string;
  kind: 'pageerror' | 'console.error';
  text: string;
}

export interface Session {
  context: BrowserContext;
  server: FixtureServer;
  /** Every request the browser issued, from pages, frames, workers and the extension's service worker. */
  requests: LoggedRequest[];
  /** Uncaught errors and console errors on any page of the session. */
  problems: PageProblem[];
  /** undefined when launched without the extension. */
  serviceWorker?: Worker;
  extensionId?: string;
  /** A page at https://<host><path> served by the fixture server under the real host name. */
  openMailPage(host: string, path: string): Promise<Page>;
  /** Requests that went anywhere but the fixture server or the extension's own files. */
  requestsLeaving(): LoggedRequest[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  withExtension?: boolean;
  headless?: boolean;
  /** Reuse a running fixture server (the benchmark runs two browsers against one). */
  server?: FixtureServer;
  /** Load this unpacked extension instead of the built one (the harness's own probe extension). */
  extensionDir?: string;
}

/**
 * Chromium's resolver sends every mail host to the loopback fixture server, and every other name
 * nowhere: a request that tries to leave fails instead of reaching the network, and is still logged.
 */
function hostResolverRules(port: number): string {
  return [...MAIL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
}

function isLocal(url: string): boolean {
  const parsed = new URL(url);
  if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  return parsed.protocol === 'https:' && (MAIL_HOSTS as readonly string[]).includes(parsed.hostname) && parsed.port === '';
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const withExtension = options.withExtension ?? true;
  if (withExtension && !options.extensionDir) ensureExtensionBuilt();
  const snapshot = withExtension && !options.extensionDir ? await snapshotExtension() : undefined;
  const extensionDir = options.extensionDir ?? snapshot ?? EXTENSION_DIR;
  const ownServer = !options.server;
  const server = options.server ?? (await startFixtureServer());
  const profile = mkdtempSync(join(tmpdir(), 'candor-profile-'));

  const args = [
    `--host-resolver-rules=${hostResolverRules(server.port)}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
    '--lang=en-US',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);

  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    // Playwright passes --disable-extensions by default, which would silently load nothing.
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    args,
  });

  const requests: LoggedRequest[] = [];
  const problems: PageProblem[] = [];
  // Context-level events also carry service-worker traffic (Playwright routes it there for Chromium).
  context.on('request', (request) => {
    const frame = (() => {
      try {
        return request.frame().url();
      } catch {
        return undefined; // service-worker requests have no frame
      }
    })();
    requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), initiator: frame ?? request.serviceWorker()?.url() ?? 'worker' });
  });
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => problems.push({ page: page.url(), kind: 'pageerror', text: `${error.name}: ${error.message}` }));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push({ page: page.url(), kind: 'console.error', text: message.text() });
    });
    // WebSockets are not requests in Playwright's model: log their opening the same way.
    page.on('websocket', (socket) => requests.push({ url: socket.url(), method: 'WEBSOCKET', resourceType: 'websocket', initiator: page.url() }));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  let serviceWorker: Worker | undefined;
  let extensionId: string | undefined;
  if (withExtension) {
    serviceWorker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    try {
      // A cold start on a loaded 2-core machine can take a while; a missing extension takes forever.
      serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 30000, predicate: (w) => w.url().startsWith('chrome-extension://') });
    } catch (error) {
      await context.close();
      if (ownServer) await server.close();
      rmSync(profile, { recursive: true, force: true });
      if (snapshot) rmSync(snapshot, { recursive: true, force: true });
      throw new Error(`the extension in ${extensionDir} did not start a service worker within 30 s (${(error as Error).message})`);
    }
    extensionId = new URL(serviceWorker.url()).host;
  }

  return {
    context,
    server,
    requests,
    problems,
    serviceWorker,
    extensionId,
    async openMailPage(host, path) {
      const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
      await page.goto(`https://${host}${path}`, { waitUntil: 'load' });
      return page;
    },
    requestsLeaving: () => requests.filter((r) => !isLocal(r.url)),
    async close() {
      await context.close();
      if (ownServer) await server.close();
      rmSync(profile, { recursive: true, force: true });
      if (snapshot) rmSync(snapshot, { recursive: true, force: true });
    },
  };
}

/** The bits of the `chrome` namespace tests call inside the service worker (no @types/chrome here). */
export interface ExtensionWorkerGlobal {
  chrome: {
    runtime: { getManifest(): { manifest_version: number; name: string; content_scripts?: { matches: string[]; js?: string[] }[] } };
    action: { getBadgeText(details: object): Promise<string> };
  };
}
