// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { replaceSpan, type ReplaceRequest } from './replace';
import { readText } from './text-model';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

/** Stands in for execCommand('insertText'): replaces the selection with a text node, as the browser does. */
function fakeInsert(doc: Document, text: string): boolean {
  const range = doc.getSelection()!.getRangeAt(0);
  range.deleteContents();
  range.insertNode(doc.createTextNode(text));
  return true;
}

function request(el: HTMLElement, expected: string, replacement: string, extra: Partial<ReplaceRequest> = {}): ReplaceRequest {
  const text = readText(el).text;
  const start = text.indexOf(expected);
  return { root: el, read: () => readText(el), start, end: start + expected.length, expected, replacement, undo: 'native', insertText: fakeInsert, ...extra };
}

describe('replaceSpan', () => {
  it('replaces exactly the flagged sentence and nothing around it', () => {
    const el = editor('<div>Hi Anna,</div><div>Sorry, I will try to send it <b>soon</b>. Thanks!</div>');
    const out = replaceSpan(request(el, 'Sorry, I will try to send it soon.', "I'll send it by Friday."));
    expect(out).toEqual({ ok: true, text: "Hi Anna,\nI'll send it by Friday. Thanks!" });
    expect(el.querySelectorAll('div')).toHaveLength(2);
  });

  it('leaves the draft alone when the text moved under the card', () => {
    const el = editor('<div>I will try to send it soon.</div>');
    const req = request(el, 'I will try to send it soon.', 'I will send it by Friday.');
    el.firstElementChild!.firstChild!.textContent = 'Now I will try to send it soon.';
    const insert = vi.fn(fakeInsert);
    expect(replaceSpan({ ...req, insertText: insert })).toEqual({ ok: false, reason: 'changed' });
    expect(insert).not.toHaveBeenCalled();
    expect(readText(el).text).toBe('Now I will try to send it soon.');
  });

  it('reports a command that did nothing as failed with the draft intact', () => {
    const el = editor('<div>I will try.</div>');
    const out = replaceSpan(request(el, 'I will try.', 'I will.', { insertText: () => false }));
    expect(out).toEqual({ ok: false, reason: 'failed', restored: true });
    expect(readText(el).text).toBe('I will try.');
  });

  it('refuses a replacement that would split the paragraph', () => {
    const el = editor('<div>I will try.</div>');
    expect(replaceSpan(request(el, 'I will try.', 'I will.\nReally.'))).toEqual({ ok: false, reason: 'changed' });
  });

  it('brackets a roosterjs edit with the snapshot events its undo plugin listens to', () => {
    const el = editor('<div>We hope to ship soon.</div>');
    const seen: string[] = [];
    el.addEventListener('compositionend', () => seen.push(`snapshot:${readText(el).text}`));
    const out = replaceSpan(request(el, 'We hope to ship soon.', 'We will ship on Friday.', { undo: 'roosterjs' }));
    expect(out.ok).toBe(true);
    expect(seen).toEqual(['snapshot:We hope to ship soon.', 'snapshot:We will ship on Friday.']);
  });

  it('sends no snapshot events to a plain contenteditable', () => {
    const el = editor('<div>We hope to ship soon.</div>');
    const seen = vi.fn();
    el.addEventListener('compositionend', seen);
    replaceSpan(request(el, 'We hope to ship soon.', 'We will ship on Friday.'));
    expect(seen).not.toHaveBeenCalled();
  });
});
