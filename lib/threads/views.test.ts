import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { hashedAddress } from '../storage/address-hash';
import { defaultSettings, type Settings } from '../storage/settings-schema';
import { emptyLedger, recordSentReply, recordSightings, threadKey } from './ledger';
import { commitmentsFromAnalysis, completePromise, promisedView, recordPromises } from './promises';
import type { Ledger, ThreadSighting } from './types';
import { badgeFor, percentile, popupView, responseStats, waitingThreads } from './views';

const at = (iso: string) => Date.parse(iso);
const H = 3_600_000;
const ACCOUNT = 'me@freelance.dev';

const settings: Settings = {
  ...defaultSettings(),
  timeZone: 'Europe/Riga',
  clients: [
    { id: 'acme', name: 'Acme', addresses: ['acme.com'] },
    { id: 'anna', name: 'Anna', addresses: ['anna@studio.lv'], responseTarget: { amount: 4, unit: 'business-hours' } },
    { id: 'gone', name: 'Gone Ltd', addresses: ['gone.com'] },
  ],
  ownAddresses: [ACCOUNT],
};

function sighting(threadId: string, messages: [from: string, iso: string][]): ThreadSighting {
  return {
    provider: 'gmail',
    account: ACCOUNT,
    threadId,
    subject: `About ${threadId}`,
    link: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
    messages: messages.map(([from, iso]) => ({ from: from === 'me' ? ACCOUNT : from, at: at(iso) })),
    seenAt: at(messages[messages.length - 1][1]),
  };
}

// Tuesday 1 December 2026, 14:30 in Riga; working hours 09:00-18:00 Monday to Friday.
const NOW = at('2026-12-01T14:30+02:00');
const inbox = recordSightings(
  emptyLedger(),
  [
    sighting('acme-monday', [['bob@acme.com', '2026-11-30T10:00+02:00']]),
    sighting('anna-today', [['anna@studio.lv', '2026-12-01T11:00+02:00']]),
    sighting('acme-saturday', [['alice@acme.com', '2026-11-28T12:00+02:00']]),
    sighting('acme-just-now', [['bob@acme.com', '2026-12-01T14:00+02:00']]),
    sighting('acme-answered', [['bob@acme.com', '2026-12-01T09:00+02:00'], ['me', '2026-12-01T09:20+02:00']]),
    sighting('gone-waiting', [['x@gone.com', '2026-11-20T10:00+02:00']]),
  ],
  settings,
);
const current: Settings = { ...settings, clients: settings.clients.filter((c) => c.id !== 'gone') };

describe('waiting for you', () => {
  const waiting = waitingThreads(inbox, current, NOW);

  it('lists unanswered client threads, longest business wait first', () => {
    expect(waiting.map((w) => w.threadId)).toEqual(['acme-saturday', 'acme-monday', 'anna-today', 'acme-just-now']);
  });

  it('counts an Outlook conversation once: the record keyed by the host name before the address was read gives way to the one seen since', () => {
    const outlook = (account: string, messages: [from: string, iso: string][], seen: string): ThreadSighting => ({
      ...sighting('AAQkADconv', messages),
      provider: 'outlook',
      account,
      link: 'https://outlook.office.com/mail/inbox/id/AAQkADconv',
      seenAt: at(seen),
    });
    // Seen on Monday under the host name (waiting), answered on Tuesday under the address.
    let ledger = recordSightings(emptyLedger(), [outlook('outlook.office.com', [['bob@acme.com', '2026-11-30T10:00+02:00']], '2026-11-30T10:05+02:00')], current);
    expect(waitingThreads(ledger, current, NOW).map((w) => w.threadId)).toEqual(['AAQkADconv']);
    ledger = recordSightings(ledger, [outlook(ACCOUNT, [['bob@acme.com', '2026-11-30T10:00+02:00'], ['me', '2026-12-01T09:00+02:00']], '2026-12-01T09:05+02:00')], current);
    expect(Object.keys(ledger.threads)).toHaveLength(2);
    expect(waitingThreads(ledger, current, NOW)).toEqual([]);
    // Gmail thread ids are per mailbox: two mailboxes' threads with one id both count.
    const gmail = recordSightings(emptyLedger(), [sighting('same', [['bob@acme.com', '2026-12-01T10:00+02:00']]), { ...sighting('same', [['bob@acme.com', '2026-12-01T10:00+02:00']]), account: 'other@freelance.dev' }], current);
    expect(waitingThreads(gmail, current, NOW)).toHaveLength(2);
  });

  it('gives the wait in business and calendar time', () => {
    // Saturday's message started the clock on Monday at 09:00.
    expect(waiting[0]).toMatchObject({ businessWaitMs: 14.5 * H, calendarWaitMs: NOW - at('2026-11-28T12:00+02:00'), client: { id: 'acme', name: 'Acme' } });
    expect(waiting[1].businessWaitMs).toBe(13.5 * H);
  });

  it('colours by the client’s target: over, close, within', () => {
    expect(waiting.map((w) => w.status)).toEqual(['over', 'over', 'close', 'within']);
    expect(waiting[0].deadline).toBe(at('2026-11-30T18:00+02:00'));
    expect(waiting[2]).toMatchObject({ target: { amount: 4, unit: 'business-hours' }, deadline: at('2026-12-01T15:00+02:00'), progress: 3.5 / 4 });
  });

  it('leaves out threads of clients no longer on the list', () => {
    expect(waitingThreads(inbox, settings, NOW).map((w) => w.threadId)).toContain('gone-waiting');
    expect(waiting.map((w) => w.threadId)).not.toContain('gone-waiting');
  });

  it('drops a thread once the reply is sent', () => {
    const replied = recordSentReply(inbox, { provider: 'gmail', account: ACCOUNT, threadId: 'acme-monday', at: NOW, to: ['bob@acme.com'] }, current);
    expect(waitingThreads(replied, current, NOW).map((w) => w.threadId)).toEqual(['acme-saturday', 'anna-today', 'acme-just-now']);
  });

  it('recomputes with new working hours', () => {
    const longer = waitingThreads(inbox, { ...current, workingHours: [{ start: '08:00', end: '20:00' }] }, NOW);
    expect(longer.find((w) => w.threadId === 'acme-saturday')?.businessWaitMs).toBe(12 * H + 6.5 * H);
  });
});

describe('badge', () => {
  const only = (ids: string[]): Ledger => ({ ...inbox, threads: Object.fromEntries(Object.entries(inbox.threads).filter(([, t]) => ids.includes(t.threadId))) });
  const badge = (ledger: Ledger, s: Settings = current) => badgeFor(waitingThreads(ledger, s, NOW), s);

  it('counts threads past their target, in red', () => {
    expect(badge(inbox)).toMatchObject({ text: '2', color: 'red', tooltip: { key: 'badgeOverTarget', count: 2, waiting: 4 } });
  });

  it('shows the longest wait in working time when none is past: amber when one is close', () => {
    expect(badge(only(['anna-today', 'acme-just-now']))).toMatchObject({ text: '3h', color: 'amber', tooltip: { key: 'badgeLongestWait', wait: '3h', client: 'Anna', waiting: 2 } });
  });

  it('green when all are within target', () => {
    expect(badge(only(['acme-just-now']))).toMatchObject({ text: '30m', color: 'green' });
  });

  it('says when nobody waits and when there are no clients yet', () => {
    expect(badge(only(['acme-answered']))).toMatchObject({ text: '', tooltip: { key: 'badgeNobodyWaiting' } });
    const noClients = { ...current, clients: [] };
    expect(badge(inbox, noClients)).toMatchObject({ text: '', tooltip: { key: 'badgeNoClients' } });
    expect(popupView(inbox, noClients, NOW).needsClients).toBe(true);
  });
});

describe('response time', () => {
  const history = recordSightings(
    emptyLedger(),
    [
      sighting('h1', [['bob@acme.com', '2026-11-23T10:00+02:00'], ['me', '2026-11-23T11:00+02:00'], ['bob@acme.com', '2026-11-24T17:00+02:00'], ['bob@acme.com', '2026-11-24T17:30+02:00'], ['me', '2026-11-25T10:00+02:00']]),
      sighting('h2', [['alice@acme.com', '2026-11-27T17:00+02:00'], ['me', '2026-11-30T12:00+02:00']]),
      sighting('h3', [['anna@studio.lv', '2026-11-25T09:00+02:00'], ['me', '2026-11-25T14:00+02:00']]),
      sighting('h4', [['bob@acme.com', '2026-10-01T09:00+03:00'], ['me', '2026-10-01T17:00+03:00']]),
    ],
    settings,
  );

  it('median and p90 first response over the last 30 days, share within target', () => {
    const stats = responseStats(history, current, NOW);
    // 1 h, 2 h (17:00 -> next morning 10:00), 4 h (Friday 17:00 -> Monday 12:00), 5 h (Anna).
    expect(stats.overall).toMatchObject({ count: 4, medianBusinessMs: 3 * H, p90BusinessMs: 4.7 * H, withinTargetShare: 0.75 });
    expect(stats.overall.medianCalendarMs).toBe((5 * H + 17 * H) / 2);
  });

  it('per client', () => {
    const { perClient } = responseStats(history, current, NOW);
    expect(perClient.map((c) => [c.client.name, c.figures.count, c.figures.medianBusinessMs, c.figures.withinTargetShare])).toEqual([
      ['Acme', 3, 2 * H, 1],
      ['Anna', 1, 5 * H, 0],
    ]);
  });

  it('changing working hours recomputes the past', () => {
    const stats = responseStats(history, { ...current, workingHours: [{ start: '08:00', end: '18:00' }] }, NOW);
    // 17:00 -> 10:00 is now 1 h + 2 h; Friday 17:00 -> Monday 12:00 is 1 h + 4 h.
    expect(stats.overall.medianBusinessMs).toBe(4 * H);
  });

  it('percentiles interpolate between ranks', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
  });
});

describe('promised dates', () => {
  const FRIDAY = at('2026-12-04T15:00+02:00');
  const sent = (threadId: string, due: string, what: string, extra: { dueTime?: string; at?: string } = {}) => ({
    provider: 'gmail' as const,
    account: ACCOUNT,
    threadId,
    at: at(extra.at ?? '2026-12-01T10:00+02:00'),
    to: ['Bob <bob@acme.com>'],
    subject: `About ${threadId}`,
    commitments: [{ what, due, ...(extra.dueTime ? { dueTime: extra.dueTime } : {}) }],
  });
  let ledger = recordSightings(emptyLedger(), [sighting('p6', [['bob@acme.com', '2026-11-30T10:00+02:00']])], settings);
  for (const p of [
    sent('p1', '2026-12-03', 'Draft by Thursday.'),
    sent('p2', '2026-12-04', 'Call at noon on Friday.', { dueTime: '12:00' }),
    sent('p3', '2026-12-04', 'Invoice on Friday.'),
    sent('p4', '2026-12-08', 'Final files by Tuesday.'),
    sent('p5', '2026-12-09', 'Handover on Wednesday.'),
    sent('p6', '2026-12-02', 'Mock-ups by Wednesday.'),
    sent('p7', '2026-12-03', 'Fonts by Thursday.'),
  ]) {
    ledger = recordPromises(ledger, p, settings);
  }
  // The user wrote in p6's thread on its due day: delivered or updated.
  ledger = recordSentReply(ledger, { provider: 'gmail', account: ACCOUNT, threadId: 'p6', at: at('2026-12-02T16:00+02:00'), to: ['bob@acme.com'] }, settings);
  const p7 = Object.values(ledger.promises).find((p) => p.threadId === 'p7')!;
  ledger = completePromise(ledger, p7.id, at('2026-12-03T12:00+02:00'));

  it('overdue ones first, then what is due today or in the next two working days', () => {
    const view = promisedView(ledger, current, FRIDAY);
    expect(view.overdue.map((i) => i.promise.threadId)).toEqual(['p1', 'p2']);
    expect(view.dueSoon.map((i) => i.promise.threadId)).toEqual(['p3', 'p4']);
    expect(view.dueSoon[0]).toMatchObject({ clientName: 'Acme', dueAt: at('2026-12-05T00:00+02:00'), overdue: false });
    expect(view.overdue[1].dueAt).toBe(at('2026-12-04T12:00+02:00'));
    expect(view.dueSoon[0].promise).toMatchObject({ to: hashedAddress('bob@acme.com'), subject: 'About p3', what: 'Invoice on Friday.', threadKey: threadKey('gmail', ACCOUNT, 'p3') });
  });

  // now -> [overdue, due soon, later]; p6 was answered in its thread on its day, p7 ticked off.
  const groupings: [string, string, string[], string[], string[]][] = [
    ['Tuesday: a promise for Friday is listed, in its own later group', '2026-12-01T12:00+02:00', [], ['p1'], ['p2', 'p3', 'p4', 'p5']],
    ['Friday afternoon', '2026-12-04T15:00+02:00', ['p1', 'p2'], ['p3', 'p4'], ['p5']],
    ['Saturday: the weekend does not count towards "soon"', '2026-12-05T10:00+02:00', ['p1', 'p2', 'p3'], ['p4'], ['p5']],
    ['Wednesday after: everything is late', '2026-12-10T09:00+02:00', ['p1', 'p2', 'p3', 'p4', 'p5'], [], []],
  ];
  it.each(groupings)('%s', (_name, now, overdue, dueSoon, later) => {
    const view = promisedView(ledger, current, at(now));
    const ids = (items: { promise: { threadId: string } }[]) => items.map((i) => i.promise.threadId);
    expect([ids(view.overdue), ids(view.dueSoon), ids(view.later)]).toEqual([overdue, dueSoon, later]);
    expect(view.later.every((i) => !i.overdue)).toBe(true);
  });

  it('records promises to clients only, once', () => {
    expect(recordPromises(ledger, sent('p1', '2026-12-03', 'Draft by Thursday.'), settings)).toBe(ledger);
    expect(recordPromises(emptyLedger(), { ...sent('x', '2026-12-03', 'Draft.'), to: ['friend@example.org'] }, settings)).toEqual(emptyLedger());
  });

  it('takes dated commitments from the analysis of a sent message', () => {
    const text = "Hi Bob,\n\nThanks for the notes. I'll send the revised draft by Friday. Yesterday we talked about the logo.\nThe invoice will follow on 10 December at 15:00.\n\nBest,\nMe";
    const result = analyze(text, { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga' });
    expect(commitmentsFromAnalysis(text, result)).toEqual([
      { what: "I'll send the revised draft by Friday.", due: '2026-12-04' },
      { what: 'The invoice will follow on 10 December at 15:00.', due: '2026-12-10', dueTime: '15:00' },
    ]);
  });
});
