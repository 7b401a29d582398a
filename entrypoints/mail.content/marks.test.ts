// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Marks } from './marks';

function rangeWithRects(rects: DOMRect[]): Range {
  const r = document.createRange();
  r.getClientRects = () => rects as unknown as DOMRectList;
  return r;
}

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;

describe('Marks, fallback boxes', () => {
  it('draws a box per visible line of each range, clipped to the editor, and clears per owner', () => {
    const layer = document.createElement('div');
    const marks = new Marks(document, layer, true);
    expect(marks.usesHighlights).toBe(false);
    const a = {};
    const b = {};
    const clip = () => ({ left: 0, top: 0, right: 200, bottom: 100 });
    marks.set(a, [{ range: rangeWithRects([rect(10, 10, 50, 16), rect(0, 120, 50, 16)]), severity: 'high', active: false }], clip);
    marks.set(b, [{ range: rangeWithRects([rect(20, 40, 30, 16)]), severity: 'low', active: true }], clip);
    const boxes = Array.from(layer.querySelectorAll<HTMLElement>('.box'));
    expect(boxes.map((x) => [x.dataset.severity, x.style.left, x.style.top, x.hasAttribute('data-active')])).toEqual([
      ['high', '10px', '10px', false],
      ['low', '20px', '40px', true],
    ]);
    marks.clear(a);
    expect(layer.querySelectorAll('.box')).toHaveLength(1);
    marks.destroy();
    expect(layer.childElementCount).toBe(0);
  });

  it('injects the ::highlight rules once into the page when highlights are used', () => {
    const store = new Map<string, unknown>();
    class FakeHighlight {
      priority = 0;
      constructor(...ranges: Range[]) {
        void ranges;
      }
    }
    vi.stubGlobal('CSS', { highlights: store });
    vi.stubGlobal('Highlight', FakeHighlight);
    try {
      const layer = document.createElement('div');
      new Marks(document, layer).destroy();
      const marks = new Marks(document, layer);
      expect(marks.usesHighlights).toBe(true);
      expect(document.querySelectorAll('#candor-highlight-style')).toHaveLength(1);
      marks.set({}, [{ range: document.createRange(), severity: 'medium', active: true }], () => null);
      expect([...store.keys()].sort()).toEqual(['candor-active', 'candor-medium']);
      marks.destroy();
      expect(store.size).toBe(0);
      expect(document.getElementById('candor-highlight-style')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
