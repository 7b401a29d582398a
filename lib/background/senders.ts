/**
 * Who may send what. runtime.onMessage only ever hears this extension's own contexts (other
 * extensions and web pages would need onMessageExternal and `externally_connectable`, which Candor
 * has neither of), but "own context" still spans a content script that lives inside a mail page, the
 * popup and options pages, the background and the engine document. Each message type is accepted from
 * the one kind of context that sends it, so that a content script cannot tick promises off or talk to
 * the engine document directly, and an extension page cannot pose as a mail page's report.
 *
 * Pure: the sender and the extension's own identity come in as plain data (runtime.MessageSender in
 * Chrome and Firefox shapes; ownExtension() reads the identity from a runtime object).
 */
import { ANALYZE_REQUEST, ENGINE_REQUEST } from '../engine/protocol';
import type { CandorMessage } from './messages';

export type SenderKind = 'mail-content-script' | 'extension-page' | 'background' | 'foreign';

/** The parts of runtime.MessageSender this module reads (Chrome adds `origin`; Firefox 126+ too). */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface OwnExtension {
  id: string;
  /** "chrome-extension://<id>" or "moz-extension://<uuid>": the scheme and host of runtime.getURL(''). */
  origin: string;
  /** Paths (with the leading slash) under `origin` that are the background: its service worker or page. */
  backgroundPaths: readonly string[];
}

/**
 * The hosts the mail content script is declared for (entrypoints/mail.content/index.ts matches them
 * as https://<host>/*; senders.test.ts keeps the two lists equal). Exact host names: no subdomains.
 */
export const MAIL_CONTENT_HOSTS: readonly string[] = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

/** The message types Candor's contexts exchange, and the one kind of sender each is accepted from. */
export type GuardedMessageType = CandorMessage['type'] | typeof ANALYZE_REQUEST | typeof ENGINE_REQUEST;

// A Record over the union: a message type added to CandorMessage does not compile until it has a row here.
export const ACCEPTED_SENDERS: Readonly<Record<GuardedMessageType, readonly SenderKind[]>> = {
  // The mail page's reports: what was on screen, what was sent. Only the page itself can know them.
  'candor/sightings': ['mail-content-script'],
  'candor/sent': ['mail-content-script'],
  // Ticking a promise off is the user's act in the popup (or a future list in the options page).
  'candor/complete-promise': ['extension-page'],
  // So is saying a thread needs no reply.
  'candor/settle-thread': ['extension-page'],
  // Drafts to analyse come from the compose boxes; no extension page uses the engine today.
  [ANALYZE_REQUEST]: ['mail-content-script'],
  // The engine document answers the background's relay and nobody else: runtime.sendMessage from a
  // content script reaches every extension page, the offscreen document included.
  [ENGINE_REQUEST]: ['background'],
};

export const FORBIDDEN_SENDER = { ok: false, error: 'forbidden-sender' } as const;
export type ForbiddenSenderReply = typeof FORBIDDEN_SENDER;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string') return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** "scheme://host" of a URL; URL.origin is "null" for chrome-extension: and moz-extension: in Node. */
function schemeAndHost(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** Whether a URL is one the content script's match patterns (https://<host>/*) cover. */
function isMailPageUrl(url: URL | null): boolean {
  // URL lower-cases the host and drops user info, so "https://mail.google.com@evil.test/" is evil.test.
  // Any port passes: a match pattern without a port matches every port, so the script runs there too.
  return url !== null && url.protocol === 'https:' && MAIL_CONTENT_HOSTS.includes(url.hostname);
}

/** What kind of this extension's contexts sent a message, or 'foreign' for anything that is not one. */
export function senderKind(sender: unknown, self: OwnExtension): SenderKind {
  if (!isRecord(sender) || typeof sender.id !== 'string' || sender.id === '' || sender.id !== self.id) return 'foreign';
  const url = parseUrl(sender.url);
  if (!url) return 'foreign';
  // Chrome (and newer Firefox) name the sending document's origin; when given it must agree with the URL,
  // which catches an about:blank or sandboxed frame whose URL alone says little.
  const origin = sender.origin === undefined ? null : parseUrl(sender.origin);
  if (sender.origin !== undefined && !origin) return 'foreign';
  const hasTab = isRecord(sender.tab);

  if (schemeAndHost(url) === self.origin) {
    if (origin && schemeAndHost(origin) !== self.origin) return 'foreign';
    // The background has no tab; an extension page opened in a tab at the same path would not be it.
    if (!hasTab && self.backgroundPaths.includes(url.pathname)) return 'background';
    return 'extension-page';
  }

  // The frame's own URL counts, not the tab's: a frame of another site inside Gmail has Gmail's tab.
  // frameId is not required to be 0: Chrome gives a prerendered top frame another id.
  if (!hasTab || !isMailPageUrl(url)) return 'foreign';
  if (origin && !(isMailPageUrl(origin) && origin.host === url.host)) return 'foreign';
  return 'mail-content-script';
}

/** Whether `type` is a guarded message type (other listeners' and unknown types are not). */
export function isGuardedType(type: unknown): type is GuardedMessageType {
  return typeof type === 'string' && Object.hasOwn(ACCEPTED_SENDERS, type);
}

/** Whether a message of `type` is accepted from `sender`; an unlisted type is accepted from nobody. */
export function acceptsSender(type: unknown, sender: unknown, self: OwnExtension): boolean {
  if (!isGuardedType(type)) return false;
  return ACCEPTED_SENDERS[type].includes(senderKind(sender, self));
}

interface ManifestLike {
  background?: { service_worker?: string; page?: string; scripts?: string[] };
}

/**
 * Where the background runs, from the manifest: Chrome's service worker, a declared page, or the page
 * Firefox generates for background scripts.
 */
export function backgroundPathsOf(manifest: ManifestLike | undefined): string[] {
  const bg = manifest?.background;
  const paths: string[] = [];
  if (bg?.service_worker) paths.push(bg.service_worker);
  if (bg?.page) paths.push(bg.page);
  if (bg?.scripts?.length) paths.push('_generated_background_page.html');
  // Without a manifest to read (a test's fake runtime), WXT's names for both browsers.
  if (!paths.length) paths.push('background.js', '_generated_background_page.html');
  return paths.map((p) => `/${p.replace(/^\/+/, '')}`);
}

/** This extension's identity, read from a runtime (browser.runtime in any of its contexts). */
export function ownExtension(runtime: { id: string; getURL(path: string): string; getManifest?: () => unknown }): OwnExtension {
  const base = parseUrl(runtime.getURL(''));
  let manifest: ManifestLike | undefined;
  try {
    manifest = runtime.getManifest?.() as ManifestLike | undefined;
  } catch {
    // Only test fakes throw here; backgroundPathsOf then names WXT's defaults.
  }
  return {
    id: runtime.id,
    // An unparseable base matches no sender URL, so every sender is then refused rather than trusted.
    origin: base ? schemeAndHost(base) : '\0',
    backgroundPaths: backgroundPathsOf(manifest),
  };
}
