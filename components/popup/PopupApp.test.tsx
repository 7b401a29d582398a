// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/storage/settings';
import { emptyLedger, recordPromises, recordSentReply, recordSightings, threadKey, type Ledger, type ThreadSighting } from '@/lib/threads';
import { formatDuration } from './format';
import { PopupContent, type PopupActions } from './PopupApp';

vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join('|')}` : key) } }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOUR = 3_600_000;
// Tuesday 1 December 2026, 15:00 UTC; working week Monday to Friday, 09:00-18:00 UTC.
const NOW = Date.UTC(2026, 11, 1, 15, 0);
const ME = 'me@freelance.dev';

const settings: Settings = {
  ...defaultSettings(),
  timeZone: 'UTC',
  ownAddresses: [ME],
  clients: [
    { id: 'acme', name: 'Acme', addresses: ['acme.com'] },
    { id: 'bolt', name: 'Bolt', addresses: ['ivo@bolt.example'], responseTarget: { amount: 4, unit: 'business-hours' } },
  ],
};

function sighting(threadId: string, from: string, at: number, link = `https://mail.google.com/mail/u/0/#inbox/${threadId}`): ThreadSighting {
  return { provider: 'gmail', account: ME, threadId, subject: `Subject ${threadId}`, link, messages: [{ from, at }], seenAt: NOW };
}

let root: Root;
let host: HTMLElement;
let actions: { openLink: Mock<PopupActions['openLink']>; openOptions: Mock<PopupActions['openOptions']>; completePromise: Mock<PopupActions['completePromise']>; settleThread: Mock<PopupActions['settleThread']> };

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  actions = { openLink: vi.fn<PopupActions['openLink']>(), openOptions: vi.fn<PopupActions['openOptions']>(), completePromise: vi.fn<PopupActions['completePromise']>(), settleThread: vi.fn<PopupActions['settleThread']>() };
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function render(ledger: Ledger, withSettings: Settings = settings, now = NOW) {
  act(() => root.render(<PopupContent settings={withSettings} ledger={ledger} now={now} actions={actions} locale="en-GB" />));
}

describe('PopupContent', () => {
  it('asks for clients first, with a button to the options page', () => {
    render(emptyLedger(), { ...settings, clients: [] });
    expect(host.querySelector('[data-candor-section=waiting]')).toBeNull();
    const button = host.querySelector<HTMLButtonElement>('[data-candor-action=open-options]')!;
    expect(button.textContent).toBe('popupOpenOptions');
    act(() => button.click());
    expect(actions.openOptions).toHaveBeenCalledOnce();
  });

  it('lists waiting client threads longest wait first, with both waits and a worded status', () => {
    const ledger = recordSightings(
      emptyLedger(),
      [
        sighting('fresh', 'anna@acme.com', NOW - HOUR),
        sighting('oldest', 'ivo@bolt.example', Date.UTC(2026, 10, 30, 10, 0)),
        sighting('middle', 'anna@acme.com', NOW - 5 * HOUR),
        sighting('stranger', 'nobody@else.example', NOW - 50 * HOUR),
      ],
      settings,
    );
    render(ledger);
    const rows = [...host.querySelectorAll<HTMLElement>('[data-candor-thread]')];
    expect(rows.map((r) => r.dataset.candorThread)).toEqual(['oldest', 'middle', 'fresh'].map((id) => threadKey('gmail', 'me@freelance.dev', id)));
    expect(rows.map((r) => r.dataset.candorStatus)).toEqual(['over', 'within', 'within']);
    expect(rows[0].querySelector('.candor-status-label')!.textContent).toBe('popupStatusOver');
    // Monday 10:00 to Tuesday 15:00: 14 working hours, 1.5 working days of 9 h (rounded down), 29 calendar hours.
    expect(rows[0].querySelector('.candor-times')!.textContent).toBe(`popupWaitTimes:popupWorkingDaysOther:1.5|${formatDuration(29 * HOUR, 'en-GB')}`);
    expect(rows[1].querySelector('.candor-times')!.textContent).toBe(`popupWaitTimes:popupWorkingHoursOther:5|${formatDuration(5 * HOUR, 'en-GB')}`);
    // Which clock each target runs on, with the working week it counts.
    expect(rows.map((r) => r.querySelector('.candor-target')!.textContent)).toEqual([
      'popupTargetWorking:popupWorkingHoursOther:4|Mon–Fri 09:00–18:00',
      'popupTargetWorking:popupWorkingDaysOne:1|Mon–Fri 09:00–18:00',
      'popupTargetWorking:popupWorkingDaysOne:1|Mon–Fri 09:00–18:00',
    ]);
    expect(rows[0].querySelector('.candor-client')!.textContent).toBe('Bolt');
  });

  it('says a waiting thread needs no reply from its own button, without opening it', () => {
    const ledger = recordSightings(emptyLedger(), [sighting('thanks', 'anna@acme.com', NOW - HOUR)], settings);
    render(ledger);
    const row = host.querySelector<HTMLElement>('[data-candor-thread]')!;
    const settle = row.querySelector<HTMLButtonElement>('[data-candor-action=settle-thread]')!;
    expect(settle.textContent).toBe('popupNoReplyNeeded');
    act(() => settle.click());
    expect(actions.settleThread).toHaveBeenCalledWith(row.dataset.candorThread);
    expect(actions.openLink).not.toHaveBeenCalled();
  });

  it('opens a thread by its link, and never a link that leaves the mail apps', () => {
    const ledger = recordSightings(emptyLedger(), [sighting('good', 'anna@acme.com', NOW - HOUR), sighting('evil', 'anna@acme.com', NOW - 2 * HOUR, 'javascript:alert(1)')], settings);
    render(ledger);
    const [evil, good] = [...host.querySelectorAll<HTMLElement>('[data-candor-thread] .candor-row-button')];
    expect(evil.hasAttribute('disabled')).toBe(true);
    act(() => good.click());
    expect(actions.openLink).toHaveBeenCalledWith('https://mail.google.com/mail/u/0/#inbox/good');
    act(() => evil.click());
    expect(actions.openLink).toHaveBeenCalledTimes(1);
  });

  it('explains a wait with no working time in it instead of printing a bare zero beside a red status', () => {
    const weekend: Settings = { ...settings, clients: [{ id: 'cal', name: 'Cal', addresses: ['cal.example'], responseTarget: { amount: 4, unit: 'hours' } }, ...settings.clients] };
    const saturday = Date.UTC(2026, 11, 5, 15, 0);
    const ledger = recordSightings(emptyLedger(), [sighting('cal', 'eva@cal.example', saturday - 5 * HOUR), sighting('acme', 'anna@acme.com', saturday - 2 * HOUR)], weekend);
    render(ledger, weekend, saturday);
    const rows = Object.fromEntries([...host.querySelectorAll<HTMLElement>('[data-candor-thread]')].map((r) => [r.dataset.candorThread!.split('|')[2], r]));
    const text = (row: HTMLElement, selector: string) => row.querySelector(selector)!.textContent;
    expect(rows.cal.dataset.candorStatus).toBe('over');
    expect(text(rows.cal, '.candor-times')).toBe(`popupWaitTimes:popupWaitOutsideHours:${formatDuration(0, 'en-GB')}|${formatDuration(5 * HOUR, 'en-GB')}`);
    expect(text(rows.cal, '.candor-target')).toBe(`popupTargetCalendar:${formatDuration(4 * HOUR, 'en-GB')}`);
    expect(rows.acme.dataset.candorStatus).toBe('within');
    expect(text(rows.acme, '.candor-times')).toMatch(/^popupWaitTimes:popupWaitOutsideHours:/);
  });

  it('shows every open promise in three groups: overdue, due soon, later', () => {
    const sent = (threadId: string, due: string, what: string) => ({ provider: 'gmail' as const, account: ME, threadId, at: NOW - 48 * HOUR, to: ['anna@acme.com'], link: `https://mail.google.com/mail/u/0/#inbox/${threadId}`, commitments: [{ what, due }] });
    let ledger = emptyLedger();
    // Tuesday: Thursday is within two working days, the following Monday (five working days on) is later.
    for (const [id, due] of [['late', '2026-11-30'], ['mon', '2026-12-07'], ['thu', '2026-12-03'], ['wed', '2026-12-02'], ['xmas', '2026-12-24']]) ledger = recordPromises(ledger, sent(id, due, `Promise ${id}.`), settings);
    render(ledger);
    const groups = [...host.querySelectorAll<HTMLElement>('[data-candor-promise-group]')];
    expect(groups.map((g) => [g.dataset.candorPromiseGroup, g.querySelector('h3')!.textContent, [...g.querySelectorAll('[data-candor-promise] .candor-subject')].map((e) => e.textContent)])).toEqual([
      ['overdue', 'popupPromisedOverdueTitle', ['Promise late.']],
      ['dueSoon', 'popupPromisedSoonTitle', ['Promise wed.', 'Promise thu.']],
      ['later', 'popupPromisedLaterTitle', ['Promise mon.', 'Promise xmas.']],
    ]);
    // Each list is named by its heading.
    for (const g of groups) expect(host.querySelector(`#${g.querySelector('ul')!.getAttribute('aria-labelledby')}`)).toBe(g.querySelector('h3'));
  });

  it('says so when nothing is promised', () => {
    render(recordSightings(emptyLedger(), [sighting('a', 'anna@acme.com', NOW - HOUR)], settings));
    expect(host.querySelector('[data-candor-section=promised]')!.textContent).toContain('popupPromisedNone');
    expect(host.querySelector('[data-candor-promise-group]')).toBeNull();
  });

  it('shows overdue and soon-due promises, overdue first, each opening its thread', () => {
    const sent = (threadId: string, due: string, what: string) => ({ provider: 'gmail' as const, account: ME, threadId, at: NOW - 48 * HOUR, to: ['anna@acme.com'], link: `https://mail.google.com/mail/u/0/#inbox/${threadId}`, commitments: [{ what, due }] });
    let ledger = recordPromises(emptyLedger(), sent('p1', '2026-12-03', 'Draft by Thursday.'), settings);
    ledger = recordPromises(ledger, sent('p2', '2026-11-30', 'Logo by Monday.'), settings);
    ledger = recordPromises(ledger, sent('p3', '2026-12-20', 'Launch later.'), settings);
    render(ledger);
    const items = [...host.querySelectorAll<HTMLElement>('[data-candor-promise]')];
    expect(items.map((i) => [i.dataset.candorOverdue, i.querySelector('.candor-subject')!.textContent])).toEqual([
      ['true', 'Logo by Monday.'],
      ['false', 'Draft by Thursday.'],
      ['false', 'Launch later.'],
    ]);
    expect(items[1].querySelector('.candor-status-label')!.textContent).toBe('popupDue:Thu 3 Dec');
    act(() => items[0].querySelector('button')!.click());
    expect(actions.openLink).toHaveBeenCalledWith('https://mail.google.com/mail/u/0/#inbox/p2');
    act(() => items[1].querySelector<HTMLButtonElement>('[data-candor-action=complete-promise]')!.click());
    expect(actions.completePromise).toHaveBeenCalledWith(items[1].dataset.candorPromise);
    expect(actions.openLink).toHaveBeenCalledTimes(1);
  });

  it('reports first-response figures over 30 days, per client on demand', () => {
    let ledger = recordSightings(emptyLedger(), [sighting('a', 'anna@acme.com', NOW - 6 * HOUR), sighting('b', 'ivo@bolt.example', NOW - 4 * HOUR)], settings);
    ledger = recordSentReply(ledger, { provider: 'gmail', account: ME, threadId: 'a', at: NOW - 4 * HOUR, to: ['anna@acme.com'] }, settings);
    ledger = recordSentReply(ledger, { provider: 'gmail', account: ME, threadId: 'b', at: NOW, to: ['ivo@bolt.example'] }, settings);
    render(ledger);
    const stats = host.querySelector('[data-candor-section=stats]')!;
    // Two answers are too few for a median that means anything; a 90th percentile needs ten.
    expect(stats.querySelector('[data-candor-stat=median]')!.textContent).toBe('popupStatsTooFew');
    expect(stats.querySelector('[data-candor-stat=p90]')).toBeNull();
    // Bolt's 4-hour target was met exactly; Acme's one working day easily.
    expect(stats.querySelector('[data-candor-stat=within-target]')!.textContent).toBe('100%');
    expect(stats.querySelector('[data-candor-stats-client]')).toBeNull();
    act(() => stats.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click());
    expect([...stats.querySelectorAll<HTMLElement>('[data-candor-stats-client]')].map((li) => li.dataset.candorStatsClient).sort()).toEqual(['acme', 'bolt']);
  });

  it('gives a median in working time with the calendar time beside it, so an answer at the weekend reads as what it was', () => {
    const reply = (threadId: string, to: string, at: number) => ({ provider: 'gmail' as const, account: ME, threadId, at, to: [to] });
    const saturday = Date.UTC(2026, 10, 28, 10, 0);
    let ledger = recordSightings(emptyLedger(), [sighting('a', 'anna@acme.com', NOW - 6 * HOUR), sighting('b', 'anna@acme.com', NOW - 4 * HOUR), sighting('w', 'anna@acme.com', saturday)], settings);
    ledger = recordSentReply(ledger, reply('a', 'anna@acme.com', NOW - 4 * HOUR), settings);
    ledger = recordSentReply(ledger, reply('b', 'anna@acme.com', NOW), settings);
    // Asked and answered on Saturday: no working time, ten hours in all.
    ledger = recordSentReply(ledger, reply('w', 'anna@acme.com', saturday + 10 * HOUR), settings);
    render(ledger);
    const stats = host.querySelector('[data-candor-section=stats]')!;
    // Working times 0, 2 h, 4 h; calendar times 2 h, 4 h, 10 h.
    expect(stats.querySelector('[data-candor-stat=median]')!.textContent).toBe(`popupStatsFigure:popupWorkingHoursOther:2|${formatDuration(4 * HOUR, 'en-GB')}`);
    expect(stats.querySelector('[data-candor-stat=within-target]')!.textContent).toBe('100%');
  });
});
