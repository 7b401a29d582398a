import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { makeSelfSignedCertificate } from './cert';
import { GMAIL_HOST, GMAIL_PATH, INBOX_SUFFIX, isOutlookHost, OUTLOOK_PATH } from './hosts';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface ServedRequest {
  host: string;
  method: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** Every request the server answered, in order (the browser-side log is in launch.ts). */
  served: ServedRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// Like the real apps, the fixture pages allow no inline or foreign script: a content script that only
// works because a page is lax would break in Gmail.
const PAGE_HEADERS = {
  'content-security-policy': "script-src 'self'; object-src 'none'; base-uri 'self'",
  'cache-control': 'no-store',
};

/**
 * The page scripts, bundled once per server: the Outlook page's editor is the real roosterjs package
 * from node_modules, so undo and key handling are Microsoft's, not an imitation.
 */
async function bundleFixtureScripts(): Promise<Map<string, string>> {
  const result = await build({
    entryPoints: {
      'gmail/gmail': join(FIXTURES_DIR, 'gmail/gmail.ts'),
      'outlook/outlook': join(FIXTURES_DIR, 'outlook/outlook.ts'),
      'unknown/unknown': join(FIXTURES_DIR, 'unknown/unknown.ts'),
      'gmail-inbox/inbox': join(FIXTURES_DIR, 'gmail-inbox/inbox.ts'),
      'outlook-inbox/inbox': join(FIXTURES_DIR, 'outlook-inbox/inbox.ts'),
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    outdir: '/bundles',
    logLevel: 'silent',
  });
  const bundles = new Map<string, string>();
  for (const file of result.outputFiles) bundles.set(file.path.slice('/bundles/'.length), file.text);
  return bundles;
}

/** Which fixture HTML a mail host's path maps to, or undefined for a 404. */
function pageFor(host: string, pathname: string): string | undefined {
  if (pathname.endsWith('/unknown-layout')) return 'unknown/index.html';
  if (pathname.endsWith(INBOX_SUFFIX)) return host === GMAIL_HOST ? 'gmail-inbox/index.html' : isOutlookHost(host) ? 'outlook-inbox/index.html' : undefined;
  if (host === GMAIL_HOST && pathname.startsWith(GMAIL_PATH)) return 'gmail/index.html';
  if (isOutlookHost(host) && pathname.startsWith(OUTLOOK_PATH)) return 'outlook/index.html';
  return undefined;
}

/** A fixture asset under /_fixture/, refusing anything that would climb out of the fixtures folder. */
function assetPath(pathname: string): string | undefined {
  const relative = normalize(decodeURIComponent(pathname.slice('/_fixture/'.length)));
  if (relative.startsWith('..') || relative.includes(`..${sep}`)) return undefined;
  return relative;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const [bundles, certificate] = await Promise.all([bundleFixtureScripts(), Promise.resolve(makeSelfSignedCertificate())]);
  const served: ServedRequest[] = [];

  const server: Server = createServer(certificate, async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host || 'unknown'}`);
    const answer = (status: number, body: string | Buffer = '', headers: Record<string, string> = {}) => {
      served.push({ host, method: req.method ?? 'GET', path: url.pathname + url.search, status });
      res.writeHead(status, headers);
      res.end(body);
    };
    try {
      if (url.pathname === '/favicon.ico') return answer(204);
      const page = pageFor(host, url.pathname);
      if (page) return answer(200, await readFile(join(FIXTURES_DIR, page)), { 'content-type': CONTENT_TYPES['.html'], ...PAGE_HEADERS });
      if (url.pathname.startsWith('/_fixture/')) {
        const relative = assetPath(url.pathname);
        if (!relative) return answer(400);
        const contentType = CONTENT_TYPES[extname(relative)] ?? 'application/octet-stream';
        const bundled = bundles.get(relative);
        if (bundled !== undefined) return answer(200, bundled, { 'content-type': contentType });
        return answer(200, await readFile(join(FIXTURES_DIR, relative)), { 'content-type': contentType });
      }
      return answer(404, 'not a fixture');
    } catch {
      return answer(404, 'not a fixture');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
