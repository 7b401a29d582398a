// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expectationLine } from '@/lib/analysis/expectation-line';
import { findEditors } from '@/lib/mail/adapter';
import { rememberContacted } from '@/lib/storage/contacted';
import { defaultSettings, saveSettings, type Settings } from '@/lib/storage/settings';
import { durableDraftKeys, ExpectationOffers } from './expectation-offer';

vi.mock('#i18n', () => ({ i18n: { t: (key: string) => key } }));

const SETTINGS: Settings = { ...defaultSettings(), timeZone: 'Europe/Riga', clients: [{ id: 'acme', name: 'Acme', addresses: ['acme.com'] }] };
const guard =
  <A extends unknown[]>(fn: (...args: A) => void) =>
  (...args: A) =>
    fn(...args);

function gmailCompose(to: string, draftId = 'r-101'): void {
  // A compose id is handed out again after a reload: the same one here, with a different saved draft.
  document.body.innerHTML = `<div class="M9"><input type="hidden" name="composeid" value=":c1"><input type="hidden" name="draft" value="${draftId}"><div role="option" data-hovercard-id="${to}">${to}</div>
    <div g_editable="true" contenteditable="true"><div>Hi, the quote is attached.</div></div></div><div id="layer"></div>`;
}

let controller: AbortController;
let announced: string[];

function start(): ExpectationOffers {
  const offers = new ExpectationOffers({
    host: 'gmail',
    doc: document,
    container: document.getElementById('layer')!,
    locale: () => 'en',
    announce: (text) => announced.push(text),
    guard,
    signal: controller.signal,
  });
  const scan = findEditors('gmail', document);
  offers.sync(scan.editors);
  return offers;
}

const panel = () => document.querySelector<HTMLElement>('[data-candor-expectation]');
const shown = () => panel() !== null && !panel()!.hidden;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(async () => {
  fakeBrowser.reset();
  controller = new AbortController();
  announced = [];
  await saveSettings(SETTINGS);
});

afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

describe('ExpectationOffers', () => {
  it('offers the sentence to a client never written to, once announced', async () => {
    gmailCompose('anna@acme.com');
    start();
    await vi.waitFor(() => expect(shown()).toBe(true));
    expect(panel()!.querySelector('.sentence')!.textContent).toBe(expectationLine(SETTINGS, 'en'));
    expect(announced).toEqual(['hintsExpectationAnnounce']);
  });

  it.each([
    ['someone who is not a client', 'kris@other.io', SETTINGS],
    ['a client written to before', 'bob@acme.com', SETTINGS],
    ['the offer turned off', 'anna@acme.com', { ...SETTINGS, expectationLine: { enabled: false, custom: {} } }],
  ])('offers nothing to %s', async (_name, to, settings) => {
    await rememberContacted(['bob@acme.com']);
    await saveSettings(settings);
    gmailCompose(to);
    start();
    await settle();
    await settle();
    expect(shown()).toBe(false);
  });

  it('Not now holds for the draft after a reload, and a new draft is offered again', async () => {
    gmailCompose('anna@acme.com');
    const first = start();
    await vi.waitFor(() => expect(shown()).toBe(true));
    panel()!.querySelector<HTMLElement>('[data-candor-action=expectation-dismiss]')!.click();
    expect(shown()).toBe(false);
    first.destroy();
    expect(durableDraftKeys(['gmail:draft:r-101', 'gmail:thread:18c0', 'gmail:compose::c1', 'outlook:/mail/0/#docking_InitVisiblePart_0'])).toEqual(['gmail:draft:r-101', 'gmail:thread:18c0']);
    // Nothing readable is stored: the draft's key is hashed, the id is Candor's own.
    await vi.waitFor(async () => expect(Object.values(await fakeBrowser.storage.session.get())).toEqual([['candor:expectation-line']]));

    gmailCompose('anna@acme.com');
    start();
    await settle();
    await settle();
    expect(shown()).toBe(false);

    gmailCompose('anna@acme.com', 'r-102');
    start();
    await vi.waitFor(() => expect(shown()).toBe(true));
  });

  it('a send puts the offer away and makes the recipient known for the next draft', async () => {
    gmailCompose('anna@acme.com');
    const offers = start();
    await vi.waitFor(() => expect(shown()).toBe(true));
    offers.sent(document.querySelector('.M9')!, ['anna@acme.com']);
    expect(shown()).toBe(false);
    offers.destroy();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('candor.contacted')).not.toEqual({}));

    gmailCompose('anna@acme.com', 'r-103');
    start();
    await settle();
    await settle();
    expect(shown()).toBe(false);
  });

  it('says so in the box when the editor refuses the text, and leaves the draft alone', async () => {
    gmailCompose('anna@acme.com');
    start();
    await vi.waitFor(() => expect(shown()).toBe(true));
    const before = document.querySelector('[g_editable]')!.innerHTML;
    // happy-dom has no editing commands: the insert cannot happen.
    panel()!.querySelector<HTMLElement>('[data-candor-action=expectation-add]')!.click();
    expect(panel()!.querySelector('.status')!.textContent).toBe('hintsExpectationFailed');
    expect(document.querySelector('[g_editable]')!.innerHTML).toBe(before);
    expect(shown()).toBe(true);
  });
});
