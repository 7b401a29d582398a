import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANALYZE_REQUEST, ENGINE_REQUEST } from '../engine/protocol';
import { loadLedger, saveLedger } from '../storage/ledger';
import { defaultSettings, saveSettings } from '../storage/settings';
import { emptyLedger, recordPromises, recordSentReply } from '../threads';
import { onRuntimeMessage, startBackground } from './index';
import { ACCEPTED_SENDERS, acceptsSender, backgroundPathsOf, MAIL_CONTENT_HOSTS, ownExtension, senderKind, type OwnExtension, type SenderKind } from './senders';

vi.mock('#i18n', () => ({ i18n: { t: (key: string) => key } }));

// The fake browser's id, so that the same senders serve the background's own listener below.
const CHROME: OwnExtension = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id', backgroundPaths: ['/background.js'] };
// Firefox: the id is the add-on's, the URLs carry a per-profile UUID instead.
const FIREFOX: OwnExtension = { id: 'candor@example.org', origin: 'moz-extension://3f2a9c1e-0000-4000-8000-1234567890ab', backgroundPaths: ['/_generated_background_page.html'] };
const OTHER_EXTENSION = 'ponmlkjihgfedcbaponmlkjihgfedcba';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
/** Candor's content script in the top frame of a mail tab, as Chrome describes it (Firefox gives no documentId). */
function contentScript(url: string, self: OwnExtension = CHROME, extra: Record<string, unknown> = {}) {
  return { id: self.id, url, origin: new URL(url).origin, tab: { id: 12, url }, frameId: 0, documentId: 'D0C', ...extra };
}
const page = (path: string, self: OwnExtension = CHROME, extra: Record<string, unknown> = {}) => ({ id: self.id, url: `${self.origin}/${path}`, origin: self.origin, ...extra });

const SENDERS: { name: string; sender: unknown; self?: OwnExtension; kind: SenderKind }[] = [
  { name: 'content script on mail.google.com', sender: contentScript(GMAIL), kind: 'mail-content-script' },
  { name: 'content script on outlook.office.com', sender: contentScript('https://outlook.office.com/mail/inbox'), kind: 'mail-content-script' },
  { name: 'content script on outlook.office365.com', sender: contentScript('https://outlook.office365.com/mail/'), kind: 'mail-content-script' },
  { name: 'content script on outlook.live.com', sender: contentScript('https://outlook.live.com/mail/0/'), kind: 'mail-content-script' },
  { name: 'content script on outlook.cloud.microsoft', sender: contentScript('https://outlook.cloud.microsoft/mail/'), kind: 'mail-content-script' },
  { name: 'content script in Gmail, Firefox (no origin, no documentId)', sender: { id: FIREFOX.id, url: GMAIL, tab: { id: 3 }, frameId: 0 }, self: FIREFOX, kind: 'mail-content-script' },
  { name: 'content script in a prerendered Gmail (Chrome gives it a frameId other than 0)', sender: contentScript(GMAIL, CHROME, { frameId: 4, documentLifecycle: 'prerender' }), kind: 'mail-content-script' },
  { name: 'content script on an upper-case host (the browser lower-cases it)', sender: contentScript('https://MAIL.GOOGLE.COM/mail/'), kind: 'mail-content-script' },
  { name: 'own id on another host', sender: contentScript('https://example.com/mail/'), kind: 'foreign' },
  { name: 'own id on a subdomain of a mail host', sender: contentScript('https://x.mail.google.com/'), kind: 'foreign' },
  { name: 'look-alike host mail.google.com.evil.test', sender: contentScript('https://mail.google.com.evil.test/mail/u/0/'), kind: 'foreign' },
  { name: 'user info posing as the host (mail.google.com@evil.test)', sender: contentScript('https://mail.google.com@evil.test/'), kind: 'foreign' },
  { name: 'http instead of https', sender: contentScript('http://mail.google.com/mail/u/0/'), kind: 'foreign' },
  { name: 'a frame of another origin inside Gmail (the tab is Gmail)', sender: { ...contentScript('https://ads.example/frame'), tab: { id: 12, url: GMAIL }, frameId: 3 }, kind: 'foreign' },
  { name: 'an about:blank frame inside Gmail', sender: { ...contentScript(GMAIL), url: 'about:blank', frameId: 2 }, kind: 'foreign' },
  { name: 'a sandboxed frame with a Gmail URL (opaque origin)', sender: contentScript(GMAIL, CHROME, { origin: 'null', frameId: 5 }), kind: 'foreign' },
  { name: 'a Gmail URL with another origin', sender: contentScript(GMAIL, CHROME, { origin: 'https://evil.test' }), kind: 'foreign' },
  { name: 'a Gmail URL without a tab', sender: { id: CHROME.id, url: GMAIL, origin: 'https://mail.google.com' }, kind: 'foreign' },
  { name: 'the Gmail page itself (no extension id)', sender: { url: GMAIL, origin: 'https://mail.google.com', tab: { id: 12 }, frameId: 0 }, kind: 'foreign' },
  { name: 'a web page', sender: { url: 'https://evil.test/', origin: 'https://evil.test', tab: { id: 9 }, frameId: 0 }, kind: 'foreign' },
  { name: "another extension's content script in Gmail", sender: { ...contentScript(GMAIL), id: OTHER_EXTENSION }, kind: 'foreign' },
  { name: "another extension's background", sender: { id: OTHER_EXTENSION, url: `chrome-extension://${OTHER_EXTENSION}/background.js` }, kind: 'foreign' },
  { name: "another extension's id with Candor's popup URL", sender: { ...page('popup.html'), id: OTHER_EXTENSION }, kind: 'foreign' },
  { name: "Candor's id with another extension's page", sender: { id: CHROME.id, url: `chrome-extension://${OTHER_EXTENSION}/popup.html` }, kind: 'foreign' },
  { name: "Candor's popup URL with a web origin", sender: page('popup.html', CHROME, { origin: 'https://evil.test' }), kind: 'foreign' },
  { name: 'the popup', sender: page('popup.html'), kind: 'extension-page' },
  { name: 'the popup opened in a tab', sender: page('popup.html', CHROME, { tab: { id: 5 }, frameId: 0 }), kind: 'extension-page' },
  { name: 'the options page (in a tab)', sender: page('options.html', CHROME, { tab: { id: 6 }, frameId: 0 }), kind: 'extension-page' },
  { name: 'the engine document', sender: page('engine.html'), kind: 'extension-page' },
  { name: 'the popup in Firefox', sender: { id: FIREFOX.id, url: `${FIREFOX.origin}/popup.html` }, self: FIREFOX, kind: 'extension-page' },
  { name: 'the background service worker', sender: page('background.js'), kind: 'background' },
  { name: 'the background page in Firefox', sender: { id: FIREFOX.id, url: `${FIREFOX.origin}/_generated_background_page.html` }, self: FIREFOX, kind: 'background' },
  { name: 'the background script opened in a tab', sender: page('background.js', CHROME, { tab: { id: 5 }, frameId: 0 }), kind: 'extension-page' },
  { name: "Chrome's background path in Firefox", sender: { id: FIREFOX.id, url: `${FIREFOX.origin}/background.js` }, self: FIREFOX, kind: 'extension-page' },
  { name: 'no url', sender: { id: CHROME.id, tab: { id: 1 }, frameId: 0 }, kind: 'foreign' },
  { name: 'an empty sender', sender: {}, kind: 'foreign' },
  { name: 'no sender at all', sender: undefined, kind: 'foreign' },
  { name: 'a string', sender: CHROME.id, kind: 'foreign' },
];

// The policy, written out again: a change to ACCEPTED_SENDERS has to be made here too, on purpose.
const ACCEPTED_FROM: Record<string, SenderKind | null> = {
  'candor/sightings': 'mail-content-script',
  'candor/sent': 'mail-content-script',
  'candor/complete-promise': 'extension-page',
  'candor/settle-thread': 'extension-page',
  [ANALYZE_REQUEST]: 'mail-content-script',
  [ENGINE_REQUEST]: 'background',
  'candor/launch-rockets': null,
  'toString': null,
  ['__proto__']: null,
};

describe('senderKind', () => {
  it.each(SENDERS)('$name → $kind', ({ sender, self, kind }) => {
    expect(senderKind(sender, self ?? CHROME)).toBe(kind);
  });

  it('trusts no sender when its own identity could not be read', () => {
    const broken = ownExtension({ id: CHROME.id, getURL: () => 'not a url' });
    for (const { sender } of SENDERS) expect(senderKind(sender, broken)).not.toBe('extension-page');
    expect(senderKind(page('background.js'), broken)).toBe('foreign');
  });
});

describe('acceptsSender', () => {
  const cases = SENDERS.flatMap(({ name, sender, self, kind }) =>
    Object.entries(ACCEPTED_FROM).map(([type, from]) => ({ name, type, sender, self: self ?? CHROME, accepted: from !== null && from === kind })),
  );
  it.each(cases)('$type from $name → accepted: $accepted', ({ type, sender, self, accepted }) => {
    expect(acceptsSender(type, sender, self)).toBe(accepted);
  });

  it('has a row for every guarded message type and nothing else', () => {
    expect(Object.keys(ACCEPTED_SENDERS).sort()).toEqual(Object.keys(ACCEPTED_FROM).filter((t) => ACCEPTED_FROM[t] !== null).sort());
  });
});

describe("the extension's own identity", () => {
  it.each([
    { manifest: { background: { service_worker: 'background.js' } }, paths: ['/background.js'] },
    { manifest: { background: { scripts: ['background.js'] } }, paths: ['/_generated_background_page.html'] },
    { manifest: { background: { page: 'bg/page.html' } }, paths: ['/bg/page.html'] },
    { manifest: undefined, paths: ['/background.js', '/_generated_background_page.html'] },
  ])('background of $manifest → $paths', ({ manifest, paths }) => {
    expect(backgroundPathsOf(manifest)).toEqual(paths);
  });

  it('reads the id, the origin of getURL and the background from the runtime', () => {
    const runtime = { id: FIREFOX.id, getURL: (p: string) => `${FIREFOX.origin}/${p}`, getManifest: () => ({ background: { scripts: ['background.js'] } }) };
    expect(ownExtension(runtime)).toEqual(FIREFOX);
  });
});

describe('the content script hosts', () => {
  it('are exactly the hosts the mail content script is declared for', async () => {
    const { default: script } = await import('../../entrypoints/mail.content/index');
    expect([...(script.matches as string[])].sort()).toEqual(MAIL_CONTENT_HOSTS.map((host) => `https://${host}/*`).sort());
    // Only the top frame runs the script: a frame's message cannot come from it.
    expect(script.allFrames ?? false).toBe(false);
    expect(script.matchAboutBlank ?? false).toBe(false);
  });
});

describe('nothing outside the extension can message it', () => {
  it('declares no externally_connectable, no host permissions and only storage, alarms, offscreen', async () => {
    const { default: config } = await import('../../wxt.config');
    const manifest = config.manifest as Record<string, unknown>;
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'offscreen']);
    for (const key of ['externally_connectable', 'host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources']) expect(manifest).not.toHaveProperty(key);
  });

  it('listens to no external messages or connections anywhere in the code', () => {
    const root = join(import.meta.dirname, '../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry) && /onMessageExternal|onConnectExternal|externally_connectable/.test(readFileSync(path, 'utf8'))) offenders.push(relative(root, path));
      }
    };
    for (const dir of ['entrypoints', 'lib', 'components']) walk(join(root, dir));
    // senders.ts names them only to say there are none.
    expect(offenders).toEqual(['lib/background/senders.ts']);
  });
});

describe('the background refuses messages from the wrong context', () => {
  const OWN = () => ownExtension(fakeBrowser.runtime);
  const ME = 'me@freelance.dev';
  const NOW = Date.UTC(2026, 11, 1, 15, 0);
  const sightings = {
    type: 'candor/sightings',
    sightings: [{ provider: 'gmail', account: ME, threadId: 't1', subject: 'Logo', messages: [{ from: 'anna@acme.com', at: NOW - 3_600_000 }], seenAt: NOW }],
  };
  const sent = { type: 'candor/sent', reply: { provider: 'gmail', account: ME, threadId: 't1', at: NOW, to: ['anna@acme.com'] }, commitments: [{ what: 'Friday.', due: '2026-12-04' }] };
  let promiseId = '';
  let threadId = '';

  /** Every area's contents, and a count of every read and write of them from here on. */
  async function watchStorage() {
    const areas = { local: fakeBrowser.storage.local, session: fakeBrowser.storage.session, sync: fakeBrowser.storage.sync };
    const snapshot = async () => Object.fromEntries(await Promise.all(Object.entries(areas).map(async ([name, area]) => [name, await area.get(null)])));
    const before = await snapshot();
    const calls = Object.values(areas).flatMap((area) => [vi.spyOn(area, 'get'), vi.spyOn(area, 'set'), vi.spyOn(area, 'remove')]);
    const touched = () => calls.reduce((n, spy) => n + spy.mock.calls.length, 0);
    return {
      touched,
      unchanged: async () => {
        const count = touched();
        for (const spy of calls) spy.mockRestore();
        const after = await snapshot();
        return { touchedBeforeSnapshot: count, same: JSON.stringify(after) === JSON.stringify(before) };
      },
    };
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    expect(OWN()).toMatchObject({ id: CHROME.id, origin: CHROME.origin });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const settings = { ...defaultSettings(), timeZone: 'UTC', ownAddresses: [ME], clients: [{ id: 'acme', name: 'Acme', addresses: ['acme.com'] }] };
    await saveSettings(settings);
    const ledger = recordPromises(recordSentReply(emptyLedger(), { provider: 'gmail', account: ME, threadId: 't0', at: NOW - 7_200_000, to: ['anna@acme.com'] }, settings), { provider: 'gmail', account: ME, threadId: 't0', at: NOW - 7_200_000, to: ['anna@acme.com'], commitments: [{ what: 'Monday.', due: '2026-12-07' }] }, settings);
    await saveLedger(ledger);
    promiseId = Object.keys((await loadLedger()).promises)[0];
    expect(promiseId).toBeTruthy();
    threadId = Object.keys((await loadLedger()).threads)[0];
    expect(threadId).toBeTruthy();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const complete = () => ({ type: 'candor/complete-promise', id: promiseId });
  const messages = [
    { type: 'candor/sightings', message: () => sightings, from: 'mail-content-script' },
    { type: 'candor/sent', message: () => sent, from: 'mail-content-script' },
    { type: 'candor/complete-promise', message: complete, from: 'extension-page' },
    { type: 'candor/settle-thread', message: () => ({ type: 'candor/settle-thread', key: threadId }), from: 'extension-page' },
  ] as const;
  const cases = messages.flatMap((m) => SENDERS.filter((s) => !s.self).map((s) => ({ ...m, name: s.name, sender: s.sender, kind: s.kind })));

  it.each(cases)('$type from $name', async ({ message, from, sender, kind }) => {
    expect(senderKind(sender, OWN())).toBe(kind);
    const storage = await watchStorage();
    const reply = await onRuntimeMessage(message(), sender);
    if (kind === from) {
      expect(reply).toMatchObject({ ok: true });
      expect(storage.touched()).toBeGreaterThan(0);
      await storage.unchanged();
      return;
    }
    expect(reply).toEqual({ ok: false, error: 'forbidden-sender' });
    expect(await storage.unchanged()).toEqual({ touchedBeforeSnapshot: 0, same: true });
  });

  it('answers nothing for messages that are not its own, whoever sends them', () => {
    expect(onRuntimeMessage({ type: 'someone-else/ping' }, {})).toBeUndefined();
    expect(onRuntimeMessage({ type: ANALYZE_REQUEST, text: 'x', options: {} }, contentScript(GMAIL))).toBeUndefined();
  });

  it('refuses analysis requests from anywhere but a mail page before the relay opens anything', async () => {
    const stop = startBackground();
    try {
      const own = OWN();
      const request = { type: ANALYZE_REQUEST, text: 'I will try to send it ASAP.', options: {} };
      const gmail = { id: own.id, url: GMAIL, origin: 'https://mail.google.com', tab: { id: 1 }, frameId: 0 };
      const ask = async (sender: unknown) => (await fakeBrowser.runtime.onMessage.trigger(request, sender as never)).find((r) => r !== undefined);
      // The fake browser has no offscreen API: a request that reached the relay is answered "unavailable".
      expect(await ask(gmail)).toEqual({ ok: false, error: 'engine-unavailable' });
      for (const sender of [{ id: own.id, url: `${own.origin}/popup.html` }, { ...gmail, url: 'https://mail.google.com.evil.test/' }, { ...gmail, id: OTHER_EXTENSION }, {}]) {
        expect(await ask(sender)).toEqual({ ok: false, error: 'forbidden-sender' });
      }
    } finally {
      stop();
    }
  });
});
