/** Rectangles for the fallback overlay, for hit testing marks and for placing the card. Pure arithmetic. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The part of each rect inside `clip` (the editor's visible box); empty pieces are dropped. */
export function clipRects(rects: Iterable<RectLike>, clip: RectLike): Box[] {
  const out: Box[] = [];
  for (const r of rects) {
    const left = Math.max(r.left, clip.left);
    const right = Math.min(r.right, clip.right);
    const top = Math.max(r.top, clip.top);
    const bottom = Math.min(r.bottom, clip.bottom);
    if (right - left >= 1 && bottom - top >= 1) out.push({ left, top, width: right - left, height: bottom - top });
  }
  return out;
}

/** Whether (x, y) falls in any of the rects, with a little slack below for the underline. */
export function hits(rects: Iterable<RectLike>, x: number, y: number, slack = 2): boolean {
  for (const r of rects) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + slack) return true;
  }
  return false;
}

/**
 * Where a card of `size` goes for an anchor: under it when it fits, else above, else wherever it is
 * most visible; always inside the viewport with a margin.
 */
export function placeCard(anchor: RectLike, size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 6, margin = 8): { left: number; top: number } {
  const maxLeft = Math.max(margin, viewport.width - size.width - margin);
  const left = Math.min(Math.max(margin, anchor.left), maxLeft);
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - size.height;
  let top: number;
  if (below + size.height <= viewport.height - margin) top = below;
  else if (above >= margin) top = above;
  else top = Math.max(margin, viewport.height - size.height - margin);
  return { left, top };
}

/** The intersection of the editor box with its scrolling ancestors' boxes: what of it is on screen. */
export function intersect(a: RectLike, b: RectLike): RectLike {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}
