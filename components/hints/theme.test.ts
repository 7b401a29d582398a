// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isDarkColor, parseCssColor, themeAround } from './theme';

describe('theme', () => {
  it('parses computed colours', () => {
    expect(parseCssColor('rgb(32, 33, 36)')).toEqual({ r: 32, g: 33, b: 36, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseCssColor('transparent')).toBeNull();
  });

  it('tells dark backgrounds from light ones', () => {
    expect(isDarkColor({ r: 32, g: 33, b: 36 })).toBe(true);
    expect(isDarkColor({ r: 255, g: 255, b: 255 })).toBe(false);
    expect(isDarkColor({ r: 128, g: 128, b: 128 })).toBe(false);
  });

  it('takes the first opaque background above the editor', () => {
    document.body.innerHTML = '<div id="app" style="background-color: rgb(31, 31, 31)"><div id="pane" style="background-color: rgba(255, 255, 255, 0.1)"><div id="ed"></div></div></div>';
    expect(themeAround(document.getElementById('ed')!)).toBe('dark');
    document.getElementById('app')!.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(themeAround(document.getElementById('ed')!)).toBe('light');
  });
});
