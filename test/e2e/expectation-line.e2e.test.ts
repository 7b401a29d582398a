/**
 * The expectation line in the Gmail fixture, in real Chromium with the built extension: a first draft
 * to a client shows the offer (and leaves the draft alone), Add puts the sentence in as its own
 * paragraph above the signature, one Ctrl+Z takes it out, and once the user has sent to that client a
 * new draft to them is not offered it again. The sentence expected is the one lib/analysis builds
 * from the same settings.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectationLine } from '../../lib/analysis/expectation-line';
import { defaultSettings, type Settings } from '../../lib/storage/settings-schema';
import { inspect, textContrasts, typeDraft, undo, type GmailEditor } from './harness/candor';
import { GMAIL_HOST, GMAIL_PATH, OUTLOOK_HOSTS, OUTLOOK_PATH } from './harness/hosts';
import type { Session } from './harness/launch';
import { browserPerFile } from './harness/per-file';
import { writeSettings } from './harness/storage';

// Clients that appear nowhere in the fixture's threads, so the ledger cannot know them beforehand.
const SETTINGS: Settings = {
  ...defaultSettings(),
  timeZone: 'Europe/Riga',
  clients: [
    { id: 'kalns', name: 'Kalns Studio', addresses: ['kalns-studio.example'] },
    { id: 'wisla', name: 'Wisła Media', addresses: ['ola@wisla-media.example'] },
    { id: 'berzina', name: 'Bērziņa Design', addresses: ['anna@berzina-design.example'] },
  ],
};
const MARIS = { email: 'maris@kalns-studio.example', name: 'Māris Kalns' };
const LIGA = { email: 'liga@kalns-studio.example', name: 'Līga Kalna' };
const OLA = { email: 'ola@wisla-media.example', name: 'Ola Nowak' };
const OUTLOOK_DRAFT = 'Hi Anna, the mockups are attached.';
const DRAFT = 'Hi Māris, the quote for the new site is attached.';
const POLISH_DRAFT = 'Dzień dobry, w załączniku przesyłam wycenę nowej strony.';
const SENTENCE = expectationLine(SETTINGS, 'en');
const POLISH_SENTENCE = expectationLine(SETTINGS, 'pl');
/** Longer than the offer's pause after typing plus a storage read on a loaded machine. */
const SETTLE_MS = 1500;

let session: Session;
let page: Page;

browserPerFile({
  launched: async (s) => {
    session = s;
    await writeSettings(session.serviceWorker!, SETTINGS);
  },
  pages: () => [page],
});

async function openGmail(query = ''): Promise<void> {
  page = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}?reply=0${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
}

async function composeTo(recipient: { email: string; name: string }): Promise<GmailEditor> {
  return { app: 'gmail', composeId: await page.evaluate((to) => window.gmailFixture.openCompose({ to: [to] }), recipient) };
}

/** Gmail fills a new message with the user's signature, when there is one, below an empty first line. */
async function addSignature(compose: GmailEditor): Promise<void> {
  await page.evaluate((id) => {
    const editor = window.gmailFixture.editor(id)!;
    editor.innerHTML =
      '<div dir="ltr"><br></div><br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Jonas Ozols · Ozols Studio</div></div>';
  }, compose.composeId);
}

const offer = () => page.locator('[data-candor-expectation]');

describe('expectation line', () => {
  it('is offered in a first draft to a client, added above the signature in one step, taken out by one Ctrl+Z, and not offered after a send', async () => {
    await openGmail();
    const compose = await composeTo(MARIS);
    await addSignature(compose);
    await typeDraft(page, compose, DRAFT);
    const typed = (await inspect(page, compose))!;

    await expect.poll(async () => offer().isVisible(), { timeout: 10000 }).toBe(true);
    await expect(offer().locator('.sentence').textContent()).resolves.toBe(SENTENCE);
    // Offering changes nothing in the draft.
    expect((await inspect(page, compose))!.html).toBe(typed.html);

    await offer().locator('[data-candor-action="expectation-add"]').click();
    await expect.poll(async () => (await inspect(page, compose))!.text.includes(SENTENCE)).toBe(true);
    const added = (await inspect(page, compose))!;
    const lines = added.text.split('\n');
    const at = lines.indexOf(SENTENCE);
    expect(lines[at - 1], 'its own paragraph right after the typed line').toBe(DRAFT);
    expect(added.text.indexOf(SENTENCE), added.text).toBeLessThan(added.text.indexOf('Jonas Ozols'));
    expect(added.html).not.toMatch(/candor/i);
    expect(await offer().isVisible()).toBe(false);

    await undo(page, compose);
    await expect.poll(async () => (await inspect(page, compose))!.text).toBe(typed.text);

    // The fixture's Send button does nothing of its own: the click is what Candor sees, then Gmail closes the compose.
    await page.evaluate((id) => {
      const root = document.querySelector(`input[name=composeid][value="${id}"]`)!.closest('.compose-window')!;
      root.querySelector<HTMLElement>('[role=button].aoO')!.click();
    }, compose.composeId);
    await page.evaluate((id) => window.gmailFixture.closeCompose(id), compose.composeId);
    await expect
      .poll(async () =>
        session.serviceWorker!.evaluate(async () => {
          const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { keys?: string[] }>> } } } }).chrome;
          return (await chrome.storage.local.get('candor.contacted'))['candor.contacted']?.keys?.length ?? 0;
        }),
      )
      .toBeGreaterThan(0);
    const stored = await session.serviceWorker!.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return JSON.stringify(await chrome.storage.local.get('candor.contacted'));
    });
    expect(stored, 'addresses are kept hashed').not.toContain('maris');

    const second = await composeTo(MARIS);
    await typeDraft(page, second, DRAFT);
    await page.waitForTimeout(SETTLE_MS);
    expect(await offer().isVisible()).toBe(false);
  });

  it('speaks the draft language and is reachable from the keyboard', async () => {
    await openGmail();
    const compose = await composeTo(OLA);
    await typeDraft(page, compose, POLISH_DRAFT);
    await expect.poll(async () => offer().isVisible(), { timeout: 10000 }).toBe(true);
    await expect.poll(async () => offer().locator('.sentence').textContent()).toBe(POLISH_SENTENCE);

    await page.keyboard.press('Alt+Shift+E');
    await expect
      .poll(async () => page.evaluate(() => document.querySelector('candor-hints')?.shadowRoot?.activeElement?.getAttribute('data-candor-action') ?? null))
      .toBe('expectation-add');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await inspect(page, compose))!.text.split('\n')).toContain(POLISH_SENTENCE);
  });

  it.each(['', '&theme=dark'])('Not now puts it away for the compose without touching the draft; readable (Gmail%s)', async (theme) => {
    await openGmail(theme);
    const compose = await composeTo(LIGA);
    await typeDraft(page, compose, DRAFT);
    await expect.poll(async () => offer().isVisible(), { timeout: 10000 }).toBe(true);
    expect(await offer().getAttribute('data-theme'), 'follows the mail app\'s theme').toBe(theme ? 'dark' : 'light');
    const texts = await textContrasts(offer());
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts.filter((t) => t.ratio < 4.5)).toEqual([]);

    const before = (await inspect(page, compose))!.html;
    await offer().locator('[data-candor-action="expectation-dismiss"]').click();
    expect(await offer().isVisible()).toBe(false);
    await typeDraft(page, compose, ' More soon.');
    await page.waitForTimeout(SETTLE_MS);
    expect(await offer().isVisible(), 'shown once per compose').toBe(false);
    expect((await inspect(page, compose))!.html).not.toBe(before);
    expect((await inspect(page, compose))!.text).toBe(`${DRAFT} More soon.`);
  });

  it('Outlook (roosterjs): added above the signature, outside the history, and one Ctrl+Z takes it out', async () => {
    // The Outlook fixture's threads list Anna: with the contacted list seeded before that (an install
    // that has been running), she is still someone the user has not written to.
    await session.serviceWorker!.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
      await chrome.storage.local.set({ 'candor.contacted': { seeded: true, keys: [] }, 'candor.contacted$': { v: 1 } });
    });
    page = await session.openMailPage(OUTLOOK_HOSTS[0], `${OUTLOOK_PATH}?reply=1`);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    const outlook = { app: 'outlook' } as const;
    await typeDraft(page, outlook, OUTLOOK_DRAFT);
    const roosterText = () => page.evaluate(() => window.outlookFixture.editorText());
    const typed = await roosterText();

    await expect.poll(async () => offer().isVisible(), { timeout: 10000 }).toBe(true);
    await offer().locator('[data-candor-action="expectation-add"]').click();
    await expect.poll(async () => (await roosterText())?.includes(SENTENCE)).toBe(true);
    const added = (await roosterText())!;
    // roosterjs's own text joins paragraphs; what the user sees has the sentence on a line of its own.
    const lines = (await inspect(page, outlook))!.text.split('\n');
    expect(lines[lines.indexOf(SENTENCE) - 1]).toBe(OUTLOOK_DRAFT);
    expect(added.indexOf(OUTLOOK_DRAFT)).toBeLessThan(added.indexOf(SENTENCE));
    expect(added.indexOf(SENTENCE)).toBeLessThan(added.indexOf('Jonas Ozols'));
    expect(added.indexOf(SENTENCE)).toBeLessThan(added.indexOf('From:'));

    await undo(page, outlook);
    await expect.poll(roosterText).toBe(typed);
  });
});
