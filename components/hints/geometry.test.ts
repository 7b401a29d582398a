import { describe, expect, it } from 'vitest';
import { clipRects, hits, placeCard } from './geometry';

describe('geometry', () => {
  const clip = { left: 0, top: 0, right: 100, bottom: 50 };

  it('clips line boxes to the visible editor and drops what is scrolled away', () => {
    expect(clipRects([{ left: 10, top: 10, right: 60, bottom: 25 }, { left: 90, top: 40, right: 140, bottom: 55 }, { left: 0, top: 60, right: 50, bottom: 75 }], clip)).toEqual([
      { left: 10, top: 10, width: 50, height: 15 },
      { left: 90, top: 40, width: 10, height: 10 },
    ]);
  });

  it('hit-tests points against the line boxes, with slack for the underline', () => {
    const rects = [{ left: 10, top: 10, right: 60, bottom: 25 }];
    expect(hits(rects, 30, 20)).toBe(true);
    expect(hits(rects, 30, 26)).toBe(true);
    expect(hits(rects, 30, 30)).toBe(false);
    expect(hits(rects, 61, 20)).toBe(false);
  });

  it('puts the card under the anchor, above it when there is no room, and inside the viewport', () => {
    const viewport = { width: 800, height: 600 };
    expect(placeCard({ left: 100, top: 100, right: 200, bottom: 120 }, { width: 300, height: 200 }, viewport)).toEqual({ left: 100, top: 126 });
    expect(placeCard({ left: 100, top: 500, right: 200, bottom: 520 }, { width: 300, height: 200 }, viewport)).toEqual({ left: 100, top: 294 });
    expect(placeCard({ left: 700, top: 100, right: 790, bottom: 120 }, { width: 300, height: 200 }, viewport).left).toBe(492);
    expect(placeCard({ left: 0, top: 150, right: 10, bottom: 450 }, { width: 300, height: 500 }, viewport).top).toBe(92);
  });
});
