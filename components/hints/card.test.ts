// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { analyze, OPEN_GATE, type Suggestion } from '@/lib/analysis';
import { withPhrasing } from '@/lib/analysis/phrasing';
import { HintCard } from './card';
import { severityOf } from './severity';
import type { CardActions, Hint } from './types';

// The fake browser of WXT's test plugin has no i18n.getMessage: keys stand in for the words.
vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join(',')}` : key) } }));

const NOW = '2026-12-01T09:00:00Z';

// The card shows what the engine offers; which suggestions the rewrite gate lets through is its own test's.
function hintsFor(text: string): Hint[] {
  return withPhrasing(analyze(text, { now: NOW, timeZone: 'UTC', rewriteGate: OPEN_GATE })).findings.map((finding, i) => ({ id: `h${i}`, finding, severity: severityOf(finding.rule), replaces: null }));
}

function card() {
  const actions = { apply: vi.fn<CardActions['apply']>(), dismiss: vi.fn(), disableRule: vi.fn(), close: vi.fn() };
  const c = new HintCard(document, actions);
  document.body.replaceChildren(c.element);
  return { c, actions };
}

describe('HintCard', () => {
  const hints = hintsFor('Hi Anna, I will try to send the mockups ASAP.');

  it('shows one section per finding with the stable test hooks', () => {
    const { c } = card();
    c.render(hints, { today: '2026-12-01', theme: 'light', activeId: null });
    const sections = c.element.querySelectorAll('[data-candor-finding]');
    expect(Array.from(sections).map((s) => s.getAttribute('data-candor-finding'))).toEqual(hints.map((h) => h.finding.rule));
    for (const s of Array.from(sections)) {
      expect(s.querySelector('[data-candor-dismiss]')).not.toBeNull();
      expect(s.getAttribute('role')).toBe('group');
    }
    expect(c.element.getAttribute('role')).toBe('dialog');
  });

  it('pre-fills the date picker with the proposed day and applies the picked one', () => {
    const { c, actions } = card();
    const withDate = hints.find((h) => h.finding.suggestions[0]?.placeholder)!;
    c.render([withDate], { today: '2026-12-01', theme: 'dark', activeId: withDate.id });
    const picker = c.element.querySelector<HTMLInputElement>('[data-candor-date]')!;
    const proposed = withDate.finding.suggestions[0].placeholder!.proposed;
    expect(picker.value).toBe(proposed);
    picker.value = '2026-12-15';
    picker.dispatchEvent(new Event('input'));
    expect(c.element.querySelector('.suggestion')!.textContent).toMatch(/15 December/);
    c.element.querySelector<HTMLButtonElement>('[data-candor-apply]')!.click();
    const applied = actions.apply.mock.calls[0][1] as Suggestion;
    expect(applied.text).toMatch(/15 December/);
    expect(applied.placeholder!.proposed).toBe('2026-12-15');
  });

  it('ignores a picked day in the past and applies the proposal', () => {
    const { c, actions } = card();
    const withDate = hints.find((h) => h.finding.suggestions[0]?.placeholder)!;
    c.render([withDate], { today: '2026-12-01', theme: 'light', activeId: null });
    c.element.querySelector<HTMLInputElement>('[data-candor-date]')!.value = '2026-11-02';
    c.element.querySelector<HTMLButtonElement>('[data-candor-apply]')!.click();
    expect(actions.apply.mock.calls[0][1]).toEqual(withDate.finding.suggestions[0]);
  });

  it('puts draft text in as text, never as markup', () => {
    const { c } = card();
    const [hint] = hintsFor('I will try to send <img src=x onerror=alert(1)> ASAP.');
    c.render([hint], { today: '2026-12-01', theme: 'light', activeId: null });
    expect(c.element.querySelector('img')).toBeNull();
    expect(c.element.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('keeps a notice across re-renders only when asked, and reports button presses', () => {
    const { c, actions } = card();
    c.render(hints, { today: '2026-12-01', theme: 'light', activeId: null });
    c.setNotice('changed');
    c.render(hints, { today: '2026-12-01', theme: 'light', activeId: null }, true);
    expect(c.element.querySelector('.notice')!.textContent).toBe('changed');
    c.render(hints, { today: '2026-12-01', theme: 'light', activeId: null });
    expect(c.element.querySelector<HTMLElement>('.notice')!.hidden).toBe(true);
    c.element.querySelector<HTMLButtonElement>('[data-candor-dismiss]')!.click();
    c.element.querySelector<HTMLButtonElement>('[data-candor-disable-rule]')!.click();
    expect(actions.dismiss).toHaveBeenCalledWith(hints[0]);
    expect(actions.disableRule).toHaveBeenCalledWith(hints[0]);
    c.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.close).toHaveBeenCalledWith(true);
  });

  it('keeps the editor focused when a button is pressed with the pointer', () => {
    const { c } = card();
    c.render(hints, { today: '2026-12-01', theme: 'light', activeId: null });
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    c.element.querySelector('[data-candor-apply]')!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });
});
