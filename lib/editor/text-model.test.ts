// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offsetOf, pointAt, rangeFor, readText } from './text-model';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('readText', () => {
  it('turns Gmail-style line divs and <br> into newlines', () => {
    const el = editor('<div>Hi Anna,</div><div><br></div><div>I will send it <b>soon</b>.</div><div>Line one<br>line two</div>');
    expect(readText(el).text).toBe('Hi Anna,\n\nI will send it soon.\nLine one\nline two');
  });

  it('reads plain text and inline markup without adding breaks', () => {
    const el = editor('Hello <span>there</span>, <i>friend</i>');
    expect(readText(el).text).toBe('Hello there, friend');
  });

  it('skips excluded subtrees and stops at the start of history', () => {
    const el = editor('<div>Mine.</div><div class="sig">-- Me</div><div>Also mine.</div><div id="appendonsend"></div><div>Quoted text</div>');
    const text = readText(el, { nodes: [el.querySelector('.sig')!], historyStart: el.querySelector('#appendonsend') }).text;
    expect(text).toBe('Mine.\nAlso mine.');
  });

  it('keeps one character per character: NBSP and stray newlines read as spaces', () => {
    const el = editor('<div>a\u00a0 b</div>\n  <div>c</div>');
    const m = readText(el);
    expect(m.text).toBe('a  b\nc');
    expect(m.segments.filter((s) => s.node).map((s) => s.end - s.start)).toEqual([4, 1]);
  });

  it('has no trailing newline from the last block or a final <br>', () => {
    expect(readText(editor('<div>x<br></div>')).text).toBe('x');
    expect(readText(editor('<p>x</p><p>y</p>')).text).toBe('x\ny');
    expect(readText(editor('')).text).toBe('');
  });
});

describe('offsets and ranges', () => {
  const html = '<div>First <b>bold</b> sentence.</div><div>Second one.</div>';

  it('builds a Range whose text is the slice, across inline elements', () => {
    const el = editor(html);
    const m = readText(el);
    const start = m.text.indexOf('bold');
    const end = m.text.indexOf('.') + 1;
    const r = rangeFor(m, start, end)!;
    expect(r.toString()).toBe('bold sentence.');
    expect(r.startContainer.textContent).toBe('bold');
  });

  it('starts a range after a line break in the next text node and ends it in the previous one', () => {
    const el = editor(html);
    const m = readText(el);
    const nl = m.text.indexOf('\n');
    expect(pointAt(m, nl + 1, 'after')!.node.data).toBe('Second one.');
    expect(pointAt(m, nl, 'before')!.node.data).toBe(' sentence.');
    expect(rangeFor(m, nl + 1, m.text.length)!.toString()).toBe('Second one.');
  });

  it('refuses offsets outside the text or empty spans', () => {
    const m = readText(editor(html));
    expect(rangeFor(m, -1, 3)).toBeNull();
    expect(rangeFor(m, 2, m.text.length + 1)).toBeNull();
    expect(rangeFor(m, 4, 4)).toBeNull();
  });

  it('maps DOM positions back to offsets, for text and element boundaries', () => {
    const el = editor(html);
    const m = readText(el);
    const bold = el.querySelector('b')!.firstChild!;
    expect(offsetOf(m, bold, 2)).toBe(m.text.indexOf('bold') + 2);
    const second = el.children[1];
    expect(offsetOf(m, el, 1)).toBe(m.text.indexOf('Second'));
    expect(offsetOf(m, second, 1)).toBe(m.text.length);
    expect(offsetOf(m, document.body, 0)).toBeNull();
  });

  it('round-trips every offset through a DOM point', () => {
    const el = editor('<div>ab<i>cd</i></div><div><br></div><div>ef</div>');
    const m = readText(el);
    for (let i = 0; i <= m.text.length; i++) {
      if (m.text[i] === '\n' || m.text[i - 1] === '\n') continue;
      const p = pointAt(m, i, 'after') ?? pointAt(m, i, 'before')!;
      expect(offsetOf(m, p.node, p.offset)).toBe(i);
    }
  });
});
