// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { insertParagraph, insertionOffset, textWithSentence } from './insert-paragraph';
import { readText } from './text-model';

const SENTENCE = 'I answer email within one working day, Monday to Friday, 9:00–18:00 Riga time.';
const SKIP = '.gmail_signature, .gmail_quote';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

const read = (el: HTMLElement) => () => readText(el, { nodes: el.querySelectorAll(SKIP) });

/**
 * Stands in for execCommand('insertText') where happy-dom has none: a "\n" splits the caret's block
 * into two, as Chrome does, and the text goes in as a text node.
 */
function fakeInsert(doc: Document, text: string): boolean {
  const range = doc.getSelection()!.getRangeAt(0);
  const [head, ...lines] = text.split('\n');
  if (head) range.insertNode(doc.createTextNode(head));
  if (lines.length === 0) return true;
  const container = range.startContainer;
  const block = (container.nodeType === 3 ? container.parentElement : (container as Element))!.closest('div:not([contenteditable])')!;
  let last: Element = block;
  for (const line of lines) {
    const div = doc.createElement('div');
    div.textContent = line;
    last.after(div);
    last = div;
  }
  return true;
}

describe('insertion point and expected text', () => {
  it.each([
    ['after the last word, not after blank lines', 'Hi Anna,\n\nthe logo is attached.\n\n', 'Hi Anna,\n\nthe logo is attached.'.length],
    ['an empty draft', '', 0],
    ['a draft of blank lines', '\n\n  ', 0],
  ])('%s', (_name, text, offset) => {
    expect(insertionOffset({ root: document.body, text, segments: [] })).toBe(offset);
  });

  it.each([
    ['Hi Anna,\nthe logo is attached.', `Hi Anna,\nthe logo is attached.\n${SENTENCE}`],
    ['Hi Anna,\n\n', `Hi Anna,\n${SENTENCE}`],
    ['', SENTENCE],
  ])('%j with the sentence reads as expected', (before, after) => {
    expect(textWithSentence(before, SENTENCE)).toBe(after);
  });
});

describe('insertParagraph', () => {
  it('adds the sentence as its own paragraph above the signature', () => {
    const el = editor('<div>Hi Anna,</div><div>the logo is attached.</div><div><br></div><div class="gmail_signature">-- <br>Ada</div>');
    const out = insertParagraph({ root: el, read: read(el), sentence: SENTENCE, undo: 'native', insertText: fakeInsert });
    expect(out).toEqual({ ok: true, text: `Hi Anna,\nthe logo is attached.\n${SENTENCE}` });
    const blocks = Array.from(el.children).map((d) => d.textContent);
    expect(blocks).toEqual(['Hi Anna,', 'the logo is attached.', SENTENCE, '', '-- Ada']);
  });

  it('stays out of quoted history', () => {
    const el = editor('<div>Thanks, will do.</div><div class="gmail_quote"><div>On Monday Anna wrote: I reply within a day.</div></div>');
    const out = insertParagraph({ root: el, read: read(el), sentence: SENTENCE, undo: 'native', insertText: fakeInsert });
    expect(out.ok).toBe(true);
    expect(el.children[1].textContent).toBe(SENTENCE);
    expect(el.querySelector('.gmail_quote')!.textContent).not.toContain('Riga');
  });

  it('never passes markup through: the sentence arrives as text', () => {
    const el = editor('<div>Hi,</div>');
    const sentence = 'I answer <b>fast</b> & well.';
    const insert = vi.fn(fakeInsert);
    insertParagraph({ root: el, read: read(el), sentence, undo: 'native', insertText: insert });
    expect(insert).toHaveBeenCalledWith(document, `\n${sentence}`);
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toContain('<b>fast</b>');
  });

  it('refuses a sentence with a line break and leaves the draft alone', () => {
    const el = editor('<div>Hi,</div>');
    const insert = vi.fn(fakeInsert);
    expect(insertParagraph({ root: el, read: read(el), sentence: 'One.\nTwo.', undo: 'native', insertText: insert })).toEqual({ ok: false, reason: 'invalid' });
    expect(insert).not.toHaveBeenCalled();
  });

  it('reports a command that did nothing, with the draft intact', () => {
    const el = editor('<div>Hi,</div>');
    expect(insertParagraph({ root: el, read: read(el), sentence: SENTENCE, undo: 'native', insertText: () => false })).toEqual({ ok: false, reason: 'failed', restored: true });
    expect(readText(el).text).toBe('Hi,');
  });

  it('brackets a roosterjs edit with its undo snapshots', () => {
    const el = editor('<div>Hi Anna,</div>');
    const seen: string[] = [];
    el.addEventListener('compositionend', () => seen.push(readText(el).text));
    expect(insertParagraph({ root: el, read: read(el), sentence: SENTENCE, undo: 'roosterjs', insertText: fakeInsert }).ok).toBe(true);
    expect(seen).toEqual(['Hi Anna,', `Hi Anna,\n${SENTENCE}`]);
  });
});
