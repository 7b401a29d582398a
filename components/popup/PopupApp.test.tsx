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
let actions: { openLink: Mock<PopupActions['openLink']>; openOptions: Mock<PopupActions['openOptions']>; completePromise: Mock<PopupActions['completePromise']> };

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  actions = { openLink: vi.fn<PopupActions['openLink']>(), openOptions: vi.fn<PopupActions['openOptions']>(), completePromise: vi.fn<PopupActions['completePromise']>() };
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function render(ledger: Ledger, withSettings: Settings = settings) {
  act(() => root.render(<PopupContent settings={withSettings} ledger={ledger} now={NOW} actions={actions} locale="en-GB" />));
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
    // Monday 10:00 to Tuesday 15:00: 14 working hours (a working day is 9 h), 29 calendar hours.
    const times = (business: number, calendar: number) => `popupWaitTimes:${formatDuration(business, 'en-GB', 9 * HOUR)}|${formatDuration(calendar, 'en-GB')}`;
    expect(rows[0].querySelector('.candor-times')!.textContent).toBe(times(14 * HOUR, 29 * HOUR));
    expect(rows[1].querySelector('.candor-times')!.textContent).toBe(times(5 * HOUR, 5 * HOUR));
    expect(rows[0].querySelector('.candor-client')!.textContent).toBe('Bolt');
  });

  it('opens a thread by its link, and never a link that leaves the mail apps', () => {
    const ledger = recordSightings(emptyLedger(), [sighting('good', 'anna@acme.com', NOW - HOUR), sighting('evil', 'anna@acme.com', NOW - 2 * HOUR, 'javascript:alert(1)')], settings);
    render(ledger);
    const [evil, good] = [...host.querySelectorAll<HTMLElement>('[data-candor-thread] button')];
    expect(evil.hasAttribute('disabled')).toBe(true);
    act(() => good.click());
    expect(actions.openLink).toHaveBeenCalledWith('https://mail.google.com/mail/u/0/#inbox/good');
    act(() => evil.click());
    expect(actions.openLink).toHaveBeenCalledTimes(1);
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
    // Answers after 2 and 4 working hours.
    expect(stats.querySelector('[data-candor-stat=median]')!.textContent).toBe(formatDuration(3 * HOUR, 'en-GB', 9 * HOUR));
    // Bolt's 4-hour target was met exactly; Acme's one working day easily.
    expect(stats.querySelector('[data-candor-stat=within-target]')!.textContent).toBe('100%');
    expect(stats.querySelector('[data-candor-stats-client]')).toBeNull();
    act(() => stats.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click());
    expect([...stats.querySelectorAll<HTMLElement>('[data-candor-stats-client]')].map((li) => li.dataset.candorStatsClient).sort()).toEqual(['acme', 'bolt']);
  });
});
