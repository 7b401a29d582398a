// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { appRecognised, draftKeys, excludedNodes, findEditors, parseAddress, recipients } from './adapter';
import { hostOf } from './selectors';
import { readText } from '../editor/text-model';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const GMAIL_COMPOSE = `
<div class="M9"><form>
  <div role="listbox"><div role="option" data-hovercard-id="anna@client.com" data-name="Anna K">Anna K</div>
  <div role="option" data-hovercard-id="Bob@Studio.io" data-name="Bob">Bob</div></div>
  <div class="Ap"><div class="Am Al editable" g_editable="true" contenteditable="true" role="textbox">
    <div>I'll try to send it soon.</div>
    <div class="gmail_signature">Best, Me</div>
    <div class="gmail_quote">On Mon, Anna wrote: old text</div>
  </div></div>
</form></div>`;

describe('hostOf', () => {
  it('knows the five mail hosts and nothing else', () => {
    expect(hostOf('mail.google.com')).toBe('gmail');
    for (const h of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) expect(hostOf(h)).toBe('outlook');
    expect(hostOf('example.com')).toBeNull();
    expect(hostOf('mail.google.com.evil.io')).toBeNull();
  });
});

describe('Gmail', () => {
  it('finds every compose body, each with its window', () => {
    const doc = page(GMAIL_COMPOSE + GMAIL_COMPOSE);
    const found = findEditors('gmail', doc);
    expect(found.status).toBe('ok');
    expect(found.editors).toHaveLength(2);
    expect(found.editors[0].compose.classList.contains('M9')).toBe(true);
    expect(found.editors[0].tier).toBe(0);
  });

  it('falls back to the generic textbox selector inside a compose window', () => {
    const doc = page('<div class="M9"><div contenteditable="true" role="textbox">x</div></div>');
    const found = findEditors('gmail', doc);
    expect(found.status).toBe('ok');
    expect(found.editors[0].tier).toBe(2);
  });

  it('ignores a generic textbox outside any compose window (chat, search)', () => {
    expect(findEditors('gmail', page('<div contenteditable="true" role="textbox">chat</div>')).status).toBe('idle');
  });

  it('says "not recognised" when a compose window has no body it can find', () => {
    const found = findEditors('gmail', page('<div class="M9"><div contenteditable="true" class="new-body">x</div></div>'));
    expect(found).toEqual({ status: 'not-recognised', editors: [], reason: 'compose window without a body' });
  });

  it('reads recipients from chips and, on the older layout, hidden inputs', () => {
    const doc = page(GMAIL_COMPOSE);
    const compose = findEditors('gmail', doc).editors[0].compose;
    expect(recipients('gmail', compose)).toEqual([
      { address: 'anna@client.com', name: 'Anna K' },
      { address: 'bob@studio.io', name: 'Bob' },
    ]);
    const old = page('<div class="M9"><div class="vR"><input type="hidden" value="Anna K &lt;anna@client.com&gt;"></div></div>');
    expect(recipients('gmail', old.querySelector('.M9')!)).toEqual([{ address: 'anna@client.com', name: 'Anna K' }]);
  });

  it('leaves signature and quoted history out of the text', () => {
    const doc = page(GMAIL_COMPOSE);
    const editor = findEditors('gmail', doc).editors[0].editor;
    expect(readText(editor, excludedNodes('gmail', editor)).text).toBe("I'll try to send it soon.");
  });
});

describe('Outlook', () => {
  const OUTLOOK = `
  <div role="main"><div id="docking_InitVisiblePart_0">
    <div contenteditable="true" role="textbox"><span class="textContainer-123">Anna K &lt;anna@client.com&gt;</span><span class="textContainer-123">Bob</span></div>
    <input type="text" autocomplete="off" value="Subject">
    <div contenteditable="true" role="textbox" aria-multiline="true">
      <div>We hope to deliver next week.</div>
      <div id="Signature"><div>Me, Studio</div></div>
      <div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Anna</div><div>old text</div>
    </div>
  </div></div>`;

  it('finds the body and not the recipient fields', () => {
    const found = findEditors('outlook', page(OUTLOOK));
    expect(found.status).toBe('ok');
    expect(found.editors).toHaveLength(1);
    expect(found.editors[0].editor.getAttribute('aria-multiline')).toBe('true');
  });

  it('reads chip text with and without an address', () => {
    const found = findEditors('outlook', page(OUTLOOK));
    expect(recipients('outlook', found.editors[0].compose)).toEqual([
      { address: 'anna@client.com', name: 'Anna K' },
      { address: null, name: 'Bob' },
    ]);
  });

  it('stops at the reply marker and skips the signature', () => {
    const editor = findEditors('outlook', page(OUTLOOK)).editors[0].editor;
    expect(readText(editor, excludedNodes('outlook', editor)).text).toBe('We hope to deliver next week.');
  });
});

describe('parseAddress', () => {
  it('reads the usual shapes', () => {
    expect(parseAddress('"Anna K" <Anna@x.com>')).toEqual({ address: 'anna@x.com', name: 'Anna K' });
    expect(parseAddress(' a@x.com ')).toEqual({ address: 'a@x.com', name: null });
    expect(parseAddress('Anna')).toEqual({ address: null, name: 'Anna' });
    expect(parseAddress('')).toEqual({ address: null, name: null });
  });
});

describe('appRecognised', () => {
  it('sees the app frame of each host, and not an unknown page', () => {
    expect(appRecognised('gmail', page('<div class="nH"><div role="main"></div></div>'))).toBe(true);
    expect(appRecognised('outlook', page('<div role="main"></div>'))).toBe(true);
    expect(appRecognised('gmail', page('<div class="x9Rt"><section class="z7Yh"><textarea></textarea></section></div>'))).toBe(false);
  });
});

describe('draftKeys', () => {
  it("names a Gmail draft by its saved id, its thread and its compose id, skipping Gmail's \"undefined\"", () => {
    const doc = page('<div class="M9"><form><input name="composeid" value=":r1"><input name="draft" value="undefined"><input name="rt" value=""></form></div>');
    expect(draftKeys('gmail', doc.querySelector('.M9')!, 'https://mail.google.com/mail/u/0/')).toEqual(['gmail:compose::r1']);
    doc.querySelector<HTMLInputElement>('input[name=draft]')!.value = '#msg-a:r-77';
    doc.querySelector<HTMLInputElement>('input[name=rt]')!.value = '18c0a1';
    expect(draftKeys('gmail', doc.querySelector('.M9')!, 'https://mail.google.com/mail/u/0/')).toEqual(['gmail:draft:#msg-a:r-77', 'gmail:thread:18c0a1', 'gmail:compose::r1']);
    expect(draftKeys('gmail', page('<div class="M9"></div>').querySelector('.M9')!, 'https://mail.google.com/')).toEqual([]);
  });

  it('names an Outlook draft by the page it is on and its compose element', () => {
    const doc = page('<div id="docking_InitVisiblePart_0"></div>');
    expect(draftKeys('outlook', doc.getElementById('docking_InitVisiblePart_0')!, 'https://outlook.office.com/mail/inbox/id/AAQ?x=1')).toEqual([
      'outlook:/mail/inbox/id/AAQ#docking_InitVisiblePart_0',
    ]);
  });
});

describe('SEND_BUTTON_SELECTORS', () => {
  it('finds Outlook\'s Send button by its test id or by its label in each of the five UI languages, and not the other buttons', async () => {
    const { SEND_BUTTON_SELECTORS } = await import('./selectors');
    const matches = (html: string) => {
      const doc = page(`<div class="compose">${html}</div>`);
      return SEND_BUTTON_SELECTORS.outlook.some((s) => doc.querySelector(s) !== null);
    };
    expect(matches('<button data-testid="ComposeSendButton">➤</button>')).toBe(true);
    for (const label of ['Send', 'Отправить', 'Надіслати', 'Wyślij', 'Sūtīt', 'Send (Ctrl+Enter)']) expect(matches(`<button aria-label="${label}">x</button>`), label).toBe(true);
    for (const label of ['Discard', 'Отменить', 'Sender', 'Sendungen', 'Wyślij później']) expect(matches(`<button aria-label="${label}">x</button>`), label).toBe(false);
  });
});
