// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ExpectationPanel } from '@/components/hints/expectation-panel';
import { expectationLine } from '@/lib/analysis/expectation-line';
import { defaultSettings, type Settings } from '@/lib/storage/settings-schema';
import { clientRecipients, draftLang, offeredSentence, uiLang, wantsOffer } from './expectation-offer';
import { sentCompose } from './send-watcher';

vi.mock('#i18n', () => ({ i18n: { t: (key: string) => key } }));

const SETTINGS: Settings = {
  ...defaultSettings(),
  timeZone: 'Europe/Riga',
  ownAddresses: ['me@acme.com'],
  clients: [
    { id: 'acme', name: 'Acme', addresses: ['acme.com'] },
    { id: 'ola', name: 'Ola', addresses: ['ola@wisla.pl'] },
  ],
};

describe('wantsOffer', () => {
  const base = { enabled: true, clients: ['anna@acme.com'], contacted: [false], draftText: 'Hi Anna, the quote is attached.' };
  it.each([
    ['a first draft to a client', {}, true],
    ['the offer turned off', { enabled: false }, false],
    ['no client among the recipients', { clients: [], contacted: [] }, false],
    ['the client written to before', { contacted: [true] }, false],
    ['one of two clients is new', { clients: ['anna@acme.com', 'ola@wisla.pl'], contacted: [true, false] }, true],
    ['the draft says it already', { draftText: 'Hi Anna,\nI usually reply within 24 hours.' }, false],
    ['the signature says it', { draftText: 'Hi Anna,\n-- \nJonas · odpowiadam w ciągu 24 godzin' }, false],
    ['a promise about this message only', { draftText: "Hi Anna, I'll reply to John within a day." }, true],
    ['an empty draft', { draftText: '' }, true],
  ])('%s -> %s', (_name, change, expected) => {
    expect(wantsOffer({ ...base, ...change })).toBe(expected);
  });
});

describe('language and sentence', () => {
  it.each([
    ['en-GB', 'en'],
    ['ru', 'ru'],
    ['uk-UA', 'uk'],
    ['pl_PL', 'pl'],
    ['lv', 'lv'],
    ['de-DE', 'en'],
  ])('UI locale %s -> %s', (locale, lang) => {
    expect(uiLang(locale)).toBe(lang);
  });

  it.each([
    ['Dzień dobry, w załączniku przesyłam wycenę.', 'ru', 'pl'],
    ['Добрый день! Высылаю смету.', 'en', 'ru'],
    ['Labdien! Nosūtu tāmi pielikumā.', 'en', 'lv'],
    ['', 'uk', 'uk'],
    ['Hi', 'lv', 'lv'],
  ])('draft %j with UI %s -> %s', (text, ui, lang) => {
    expect(draftLang(text, ui as 'en')).toBe(lang);
  });

  it('uses the user\'s own wording for a language, the generated sentence for the others', () => {
    const settings: Settings = { ...SETTINGS, expectationLine: { enabled: true, custom: { ru: 'Отвечаю в течение рабочего дня.' } } };
    expect(offeredSentence(settings, 'ru')).toBe('Отвечаю в течение рабочего дня.');
    expect(offeredSentence(settings, 'pl')).toBe(expectationLine(SETTINGS, 'pl'));
    expect(offeredSentence({ ...SETTINGS, timeZone: null }, 'en', 'Europe/Vilnius')).toContain('Vilnius time');
  });

  it('picks the clients among the recipients, never the user\'s own address at a client domain', () => {
    expect(clientRecipients(['anna@acme.com', 'me@acme.com', 'kris@other.io', 'ola@wisla.pl', 'jan@wisla.pl'], SETTINGS)).toEqual(['anna@acme.com', 'ola@wisla.pl']);
  });
});

describe('sentCompose', () => {
  document.body.innerHTML = `<div class="M9" id="c"><div class="btC"><div role="button" class="T-I aoO" id="send">Send</div></div><div id="body" contenteditable="true">x</div></div><div role="button" class="aoO" id="loose">Send</div>`;
  const el = (id: string) => document.getElementById(id)!;
  it.each([
    ['a click on Send', { type: 'click', target: el('send') }, 'c'],
    ['Ctrl+Enter in the body', { type: 'keydown', target: el('body'), key: 'Enter', ctrlKey: true }, 'c'],
    ['Cmd+Enter in the body', { type: 'keydown', target: el('body'), key: 'Enter', metaKey: true }, 'c'],
    ['Enter alone', { type: 'keydown', target: el('body'), key: 'Enter' }, null],
    ['a held Ctrl+Enter repeating', { type: 'keydown', target: el('body'), key: 'Enter', ctrlKey: true, repeat: true }, null],
    ['a click in the body', { type: 'click', target: el('body') }, null],
    ['a Send button outside a compose', { type: 'click', target: el('loose') }, null],
  ])('%s', (_name, event, composeId) => {
    expect(sentCompose('gmail', event)?.id ?? null).toBe(composeId);
  });
});

describe('ExpectationPanel', () => {
  it('shows the sentence as text, never as markup, and reports its buttons', () => {
    const calls: string[] = [];
    const panel = new ExpectationPanel(document, { add: () => calls.push('add'), dismiss: () => calls.push('dismiss'), leave: () => calls.push('leave') });
    document.body.append(panel.element);
    expect(panel.shown).toBe(false);
    panel.show('I answer <img src=x onerror=alert(1)> within a day.', 'light');
    expect(panel.shown).toBe(true);
    expect(panel.element.querySelector('img')).toBeNull();
    expect(panel.element.querySelector('.sentence')!.textContent).toBe('I answer <img src=x onerror=alert(1)> within a day.');
    panel.addButton.click();
    panel.element.querySelector<HTMLElement>('[data-candor-action=expectation-dismiss]')!.click();
    panel.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(calls).toEqual(['add', 'dismiss', 'leave']);
    panel.setError('failed');
    panel.hide();
    expect(panel.shown).toBe(false);
    expect(panel.element.querySelector('.status')!.textContent).toBe('');
  });
});

describe('ExpectationPanel.place: next to the draft, never over it', () => {
  const viewport = { width: 1200, height: 800 };
  const box = (top: number, bottom: number) => ({ top, bottom, left: 200, right: 900, width: 700, height: bottom - top }) as DOMRect;
  const placed = (editor: DOMRect) => {
    const panel = new ExpectationPanel(document, { add: () => {}, dismiss: () => {} } as never);
    Object.defineProperty(panel.element, 'offsetHeight', { value: 100 });
    panel.place(editor, viewport);
    return { top: panel.element.style.top, bottom: panel.element.style.bottom, right: panel.element.style.right };
  };

  it.each([
    ['a short inline reply with room below: just under it', box(300, 380), { top: '386px', bottom: '', right: '300px' }],
    ['an editor at the bottom of the window: just above it', box(600, 790), { top: '', bottom: '206px', right: '300px' }],
    ['an editor filling the window: inside its corner, above the badge', box(10, 790), { top: '', bottom: '52px', right: '300px' }],
  ])('%s', (_name, editor, expected) => {
    expect(placed(editor)).toEqual(expected);
  });
});
