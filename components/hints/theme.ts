import type { Theme } from './types';

/** "rgb(32, 33, 36)" / "rgba(0, 0, 0, 0)" -> channels, or null for anything else. */
export function parseCssColor(value: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: +m[1], g: +m[2], b: +m[3], a: alpha };
}

/** Relative luminance (WCAG) below the middle grey counts as a dark background. */
export function isDarkColor(c: { r: number; g: number; b: number }): boolean {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b) < 0.18;
}

/**
 * The theme the writer sees around an editor: the first opaque background up the tree (the apps set
 * their dark themes there, not through prefers-color-scheme), else the system preference.
 */
export function themeAround(el: Element): Theme {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let node: Element | null = el; node; node = node.parentElement) {
    const c = parseCssColor(view.getComputedStyle(node).backgroundColor);
    if (c && c.a >= 0.5) return isDarkColor(c) ? 'dark' : 'light';
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
