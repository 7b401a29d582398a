import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashedAccount, hashedAddress } from '../storage/address-hash';
import { defaultSettings, type Settings } from '../storage/settings-schema';
import { createAddressBook } from './clients';
import { emptyLedger, isWaiting, MAX_EVENTS_PER_THREAD, mergeLedgers, pruneLedger, recordSentReply, recordSightings, settleThread, threadKey, trimEvents } from './ledger';
import { repairThread } from '../storage/ledger-repair';
import { responseSamples } from './views';
import type { Ledger, MessageEvent, ThreadSighting } from './types';

const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;

const settings: Settings = {
  ...defaultSettings(),
  timeZone: 'Europe/Riga',
  clients: [
    { id: 'acme', name: 'Acme', addresses: ['acme.com'] },
    { id: 'anna', name: 'Anna', addresses: ['anna@studio.lv'] },
    { id: 'boss', name: 'Acme CEO', addresses: ['ceo@acme.com'] },
  ],
  ownAddresses: ['me@freelance.dev', 'me@acme.com'],
};

const ACCOUNT = 'me@freelance.dev';
const openThread = (threadId: string, messages: { from: string; at: string }[], seenAt = messages[messages.length - 1]?.at ?? '2026-12-01T12:00+02:00'): ThreadSighting => ({
  provider: 'gmail',
  account: ACCOUNT,
  threadId,
  subject: `Subject ${threadId}`,
  link: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
  messages: messages.map((m) => ({ from: m.from, at: at(m.at) })),
  seenAt: at(seenAt),
});

const thread = (ledger: Ledger, id: string) => ledger.threads[threadKey('gmail', ACCOUNT, id)];

describe('address book', () => {
  const book = createAddressBook(settings);

  it('matches addresses and whole domains, case-insensitively, subdomains included', () => {
    expect(book.client('Bob@ACME.com')?.id).toBe('acme');
    expect(book.client('bob@eu.acme.com')?.id).toBe('acme');
    expect(book.client('Anna Berzina <ANNA@studio.lv>')?.id).toBe('anna');
    expect(book.client('ivars@studio.lv')).toBeNull();
    expect(book.client('someone@notacme.com')).toBeNull();
    expect(book.client('not an address')).toBeNull();
  });

  it('prefers an exact address over its domain', () => {
    expect(book.client('ceo@acme.com')?.id).toBe('boss');
  });

  it('knows the user: own addresses and the mailbox, even at a client domain', () => {
    expect(book.side('me@acme.com')).toBe('user');
    expect(book.side('ME@freelance.dev')).toBe('user');
    expect(book.side('work@agency.io', 'work@agency.io')).toBe('user');
    expect(book.side('bob@acme.com')).toBe('client');
    expect(book.side('stranger@example.org')).toBeNull();
  });

  // The ledger keeps addresses and accounts hashed: the same answers must come from the hashes.
  it.each([
    ['bob@acme.com', 'acme'],
    ['bob@eu.acme.com', 'acme'],
    ['anna@studio.lv', 'anna'],
    ['ceo@acme.com', 'boss'],
    ['ivars@studio.lv', null],
    ['someone@notacme.com', null],
    ['me@acme.com', 'acme'],
  ])('matches the hashed address of %s as the plain one (%s)', (address, id) => {
    expect(book.client(hashedAddress(address))?.id ?? null).toBe(id);
    expect(book.client(address)?.id ?? null).toBe(id);
  });

  it.each([
    // address, account, own?
    ['me@acme.com', 'someone@else.dev', true],
    ['me@freelance.dev', 'u/0', true],
    ['work@agency.io', 'work@agency.io', true],
    ['work@agency.io', 'u/0', false],
    ['bob@acme.com', 'me@freelance.dev', false],
  ] as const)('knows %s as the user’s own (account %s): %s, hashed or not', (address, account, own) => {
    expect(book.isOwn(hashedAddress(address), hashedAccount(account))).toBe(own);
    expect(book.isOwn(hashedAddress(address), account)).toBe(own);
    expect(book.isOwn(address, hashedAccount(account))).toBe(own);
    expect(book.isOwn(address, account)).toBe(own);
  });
});

describe('recording sightings', () => {
  it('keeps client threads only', () => {
    const ledger = recordSightings(
      emptyLedger(),
      [openThread('t1', [{ from: 'bob@acme.com', at: '2026-12-01T10:00+02:00' }]), openThread('t2', [{ from: 'news@shop.example', at: '2026-12-01T10:00+02:00' }])],
      settings,
    );
    expect(Object.keys(ledger.threads)).toEqual([threadKey('gmail', ACCOUNT, 't1')]);
    expect(thread(ledger, 't1')).toMatchObject({ clientAddress: hashedAddress('bob@acme.com'), account: hashedAccount(ACCOUNT), subject: 'Subject t1', waitingSince: at('2026-12-01T10:00+02:00'), userLastAt: null });
  });

  it('a thread answered, then the client writes again', () => {
    let ledger = recordSightings(
      emptyLedger(),
      [openThread('t1', [{ from: 'bob@acme.com', at: '2026-11-30T10:00+02:00' }, { from: 'me@freelance.dev', at: '2026-11-30T11:00+02:00' }])],
      settings,
    );
    expect(isWaiting(thread(ledger, 't1'))).toBe(false);
    expect(thread(ledger, 't1').userLastAt).toBe(at('2026-11-30T11:00+02:00'));
    // Two new client messages: the wait starts at the first of them.
    ledger = recordSightings(
      ledger,
      [
        openThread('t1', [
          { from: 'bob@acme.com', at: '2026-11-30T10:00+02:00' },
          { from: 'me@freelance.dev', at: '2026-11-30T11:00+02:00' },
          { from: 'bob@acme.com', at: '2026-12-01T09:30+02:00' },
          { from: 'alice@acme.com', at: '2026-12-01T10:15+02:00' },
        ]),
      ],
      settings,
    );
    expect(thread(ledger, 't1')).toMatchObject({ waitingSince: at('2026-12-01T09:30+02:00'), clientLastAt: at('2026-12-01T10:15+02:00') });
    ledger = recordSentReply(ledger, { provider: 'gmail', account: ACCOUNT, threadId: 't1', at: at('2026-12-01T10:40+02:00'), to: ['bob@acme.com'] }, settings);
    expect(thread(ledger, 't1')).toMatchObject({ waitingSince: null, userLastAt: at('2026-12-01T10:40+02:00') });
  });

  it('duplicate sightings change nothing', () => {
    const sighting = openThread('t1', [{ from: 'bob@acme.com', at: '2026-12-01T10:00+02:00' }]);
    const once = recordSightings(emptyLedger(), [sighting], settings);
    const twice = recordSightings(once, [sighting], settings);
    expect(twice).toBe(once);
    // The list is re-read minutes later: nothing new, so nothing to store.
    const again = recordSightings(once, [sighting, sighting, { ...sighting, seenAt: sighting.seenAt + 5 * 60_000 }], settings);
    expect(again).toBe(once);
    expect(thread(once, 't1').events).toHaveLength(1);
  });

  it('never counts the user’s own messages as the client’s, even from an address at the client’s domain', () => {
    const ledger = recordSightings(
      emptyLedger(),
      [
        openThread('t1', [
          { from: 'bob@acme.com', at: '2026-12-01T10:00+02:00' },
          { from: 'Me <me@acme.com>', at: '2026-12-01T10:30+02:00' },
        ]),
        // A thread in which only the user wrote, from the client-domain address: not a client thread.
        openThread('t2', [{ from: 'me@acme.com', at: '2026-12-01T10:00+02:00' }]),
      ],
      settings,
    );
    expect(thread(ledger, 't1')).toMatchObject({ waitingSince: null, userLastAt: at('2026-12-01T10:30+02:00'), clientLastAt: at('2026-12-01T10:00+02:00') });
    expect(thread(ledger, 't2')).toBeUndefined();
  });

  it('reads list rows: an unread row is the client’s only when every other participant is a client', () => {
    const row = (threadId: string, participants: string[], unread: boolean): ThreadSighting => ({
      provider: 'gmail',
      account: ACCOUNT,
      threadId,
      subject: 'Row',
      participants,
      unread,
      messages: [{ at: at('2026-12-01T08:12:40+02:00') }],
      seenAt: at('2026-12-01T12:00+02:00'),
    });
    const ledger = recordSightings(
      emptyLedger(),
      [row('r1', ['me@freelance.dev', 'bob@acme.com'], true), row('r2', ['bob@acme.com', 'me@freelance.dev'], false), row('r3', ['bob@acme.com', 'partner@other.org'], true)],
      settings,
    );
    expect(thread(ledger, 'r1').waitingSince).toBe(at('2026-12-01T08:12+02:00'));
    // A read row does not say who wrote last; a stranger in the row makes an unread one unknowable too.
    expect(thread(ledger, 'r2').events).toEqual([]);
    expect(thread(ledger, 'r3').events).toEqual([]);
    // The same minute seen later in the open thread is the same message.
    const opened = recordSightings(ledger, [openThread('r1', [{ from: 'bob@acme.com', at: '2026-12-01T08:12:00+02:00' }])], settings);
    expect(thread(opened, 'r1').events).toEqual(thread(ledger, 'r1').events);
  });

  describe('a list row, read or unread', () => {
    const ROW_AT = '2026-12-01T08:12:40+02:00';
    const row = (participants: string[], unread: boolean, date = ROW_AT, threadId = 'r'): ThreadSighting => ({
      provider: 'gmail',
      account: ACCOUNT,
      threadId,
      subject: 'Row',
      participants,
      unread,
      messages: [{ at: at(date) }],
      seenAt: at('2026-12-01T12:00+02:00'),
    });
    const minute = at('2026-12-01T08:12+02:00');
    // participants, unread -> the events the row adds (null: no thread kept at all)
    const cases: [string, string[], boolean, MessageEvent[] | null][] = [
      ['only the client, read: a message read and put off', ['bob@acme.com'], false, [{ at: minute, by: 'client' }]],
      ['only the client, unread', ['bob@acme.com'], true, [{ at: minute, by: 'client' }]],
      ['two clients, read', ['bob@acme.com', 'anna@studio.lv'], false, [{ at: minute, by: 'client' }]],
      ['the client and the user, read: either may have written last', ['bob@acme.com', 'me@freelance.dev'], false, []],
      ['the user by the client-domain address, read', ['Me <me@acme.com>', 'bob@acme.com'], false, []],
      ['the client and the user, unread: the client wrote last', ['me@freelance.dev', 'bob@acme.com'], true, [{ at: minute, by: 'client' }]],
      ['the client and a stranger, read', ['bob@acme.com', 'partner@other.org'], false, []],
      ['the client and a stranger, unread', ['bob@acme.com', 'partner@other.org'], true, []],
      ['a stranger only, read', ['partner@other.org'], false, null],
      ['the user only, read', ['me@freelance.dev'], false, null],
      ['no participants shown', [], true, null],
    ];
    it.each(cases)('%s', (_name, participants, unread, expected) => {
      const t = thread(recordSightings(emptyLedger(), [row(participants, unread)], settings), 'r');
      if (expected === null) expect(t).toBeUndefined();
      else expect(t.events).toEqual(expected);
    });

    const reply = (iso: string) => ({ provider: 'gmail' as const, account: ACCOUNT, threadId: 'r', at: at(iso), to: ['bob@acme.com'] });
    // steps -> whether the thread waits at the end, and since when
    const sequences: [string, (l: Ledger) => Ledger, number | null][] = [
      [
        'a read row re-seen after the user answered keeps it answered',
        (l) => recordSightings(recordSentReply(recordSightings(l, [row(['bob@acme.com'], false)], settings), reply('2026-12-01T09:00+02:00'), settings), [row(['bob@acme.com'], false)], settings),
        null,
      ],
      [
        'a read row dated the same minute as the user’s reply does not reopen the wait',
        (l) =>
          recordSightings(
            recordSightings(l, [openThread('r', [{ from: 'bob@acme.com', at: '2026-12-01T07:00+02:00' }, { from: ACCOUNT, at: ROW_AT }])], settings),
            [row(['bob@acme.com'], false)],
            settings,
          ),
        null,
      ],
      [
        'a row seen before and after the user’s reply (then showing the user): answered',
        (l) =>
          recordSightings(
            recordSentReply(recordSightings(l, [row(['bob@acme.com'], false)], settings), reply('2026-12-01T08:40+02:00'), settings),
            [row(['bob@acme.com', 'me@freelance.dev'], false, '2026-12-01T08:40+02:00')],
            settings,
          ),
        null,
      ],
      [
        'after the answer the client writes again: an unread row with the user in it waits from the new message',
        (l) => recordSightings(recordSentReply(recordSightings(l, [row(['bob@acme.com'], false)], settings), reply('2026-12-01T08:40+02:00'), settings), [row(['bob@acme.com', 'me@freelance.dev'], true, '2026-12-01T10:05+02:00')], settings),
        at('2026-12-01T10:05+02:00'),
      ],
      [
        'the client wrote twice, the row shows the second: the open thread moves the wait to the first',
        (l) =>
          recordSightings(
            recordSightings(l, [row(['bob@acme.com'], false, '2026-12-01T11:00+02:00')], settings),
            [openThread('r', [{ from: 'bob@acme.com', at: '2026-12-01T09:00+02:00' }, { from: 'bob@acme.com', at: '2026-12-01T11:00+02:00' }])],
            settings,
          ),
        at('2026-12-01T09:00+02:00'),
      ],
      [
        'the open thread first, then a read row of the later message: still waiting since the first',
        (l) =>
          recordSightings(
            recordSightings(l, [openThread('r', [{ from: 'bob@acme.com', at: '2026-12-01T09:00+02:00' }])], settings),
            [row(['bob@acme.com'], false, '2026-12-01T11:00+02:00')],
            settings,
          ),
        at('2026-12-01T09:00+02:00'),
      ],
      [
        'answered from the phone: the row now showing the user says nothing, so the wait stands until the thread is opened',
        (l) => recordSightings(recordSightings(l, [row(['bob@acme.com'], false)], settings), [row(['bob@acme.com', 'me@freelance.dev'], false, '2026-12-01T09:30+02:00')], settings),
        minute,
      ],
      [
        'answered from the phone, then the thread opened: answered',
        (l) =>
          recordSightings(
            recordSightings(recordSightings(l, [row(['bob@acme.com'], false)], settings), [row(['bob@acme.com', 'me@freelance.dev'], false, '2026-12-01T09:30+02:00')], settings),
            [openThread('r', [{ from: 'bob@acme.com', at: ROW_AT }, { from: ACCOUNT, at: '2026-12-01T09:30+02:00' }])],
            settings,
          ),
        null,
      ],
      [
        'a read row older than the answer seen in a second tab, merged: answered',
        (l) => mergeLedgers(recordSightings(l, [row(['bob@acme.com'], false)], settings), recordSentReply(l, reply('2026-12-01T08:30+02:00'), settings)),
        null,
      ],
    ];
    it.each(sequences)('%s', (_name, steps, waitingSince) => {
      expect(thread(steps(emptyLedger()), 'r').waitingSince).toBe(waitingSince);
    });

    it('a row dated at the user\'s known reply (the list shows only the client) adds no client message the reply would answer in no time', () => {
      const answered = recordSentReply(recordSightings(emptyLedger(), [row(['bob@acme.com'], false)], settings), reply('2026-12-01T09:30+02:00'), settings);
      const after = recordSightings(answered, [row(['bob@acme.com'], false, '2026-12-01T09:30:20+02:00')], settings);
      expect(thread(after, 'r').events.map((e) => e.by)).toEqual(['client', 'user']);
      expect(after).toBe(answered);
    });

    it('the same holds when the open thread with the reply comes in the same batch as the row', () => {
      const open = openThread('r', [{ from: 'bob@acme.com', at: ROW_AT }, { from: ACCOUNT, at: '2026-12-01T09:30+02:00' }]);
      const both = recordSightings(emptyLedger(), [row(['bob@acme.com'], false, '2026-12-01T09:30:20+02:00'), open], settings);
      expect(thread(both, 'r').events.map((e) => e.by)).toEqual(['client', 'user']);
    });
  });

  it('ignores broken sightings instead of throwing', () => {
    const junk = [null, { provider: 'gmail', account: ACCOUNT, threadId: '', messages: [], seenAt: 0 }, { ...openThread('t1', []), participants: ['bob@acme.com'], messages: [{ from: 'bob@acme.com', at: Number.NaN }, null] }] as unknown as ThreadSighting[];
    const ledger = recordSightings(emptyLedger(), junk, settings);
    expect(Object.values(ledger.threads).map((t) => t.events)).toEqual([[]]);
  });

  it('keys threads by provider, account and id', () => {
    const a = openThread('t1', [{ from: 'bob@acme.com', at: '2026-12-01T10:00+02:00' }]);
    const ledger = recordSightings(emptyLedger(), [a, { ...a, account: 'Other@Freelance.dev' }, { ...a, provider: 'outlook' }], settings);
    const me = hashedAccount('me@freelance.dev');
    const other = hashedAccount('other@freelance.dev');
    expect(Object.keys(ledger.threads).sort()).toEqual([`gmail|${me}|t1`, `gmail|${other}|t1`, `outlook|${me}|t1`].sort());
    // Nothing but hashes of the addresses is kept.
    expect(JSON.stringify(ledger)).not.toMatch(/freelance\.dev|acme\.com/);
  });
});

describe('sent replies', () => {
  it('adds a thread the ledger did not know when a recipient is a client, and ignores others', () => {
    const reply = { provider: 'outlook' as const, account: ACCOUNT, threadId: 'c9', at: at('2026-12-01T10:00+02:00'), to: ['Anna <anna@studio.lv>'], subject: 'Logo' };
    const ledger = recordSentReply(emptyLedger(), reply, settings);
    expect(ledger.threads[threadKey('outlook', ACCOUNT, 'c9')]).toMatchObject({ clientAddress: hashedAddress('anna@studio.lv'), userLastAt: reply.at, waitingSince: null, subject: 'Logo' });
    expect(recordSentReply(emptyLedger(), { ...reply, to: ['friend@example.org'] }, settings)).toEqual(emptyLedger());
    // The same send reported twice (compose observer and the sent-mail view) is one reply.
    expect(recordSentReply(ledger, reply, settings)).toBe(ledger);
  });
});

describe('the same thread seen in two tabs', () => {
  const list: ThreadSighting = {
    provider: 'gmail',
    account: ACCOUNT,
    threadId: 't1',
    subject: 'Invoice',
    participants: ['bob@acme.com'],
    unread: true,
    messages: [{ at: at('2026-12-01T10:00+02:00') }],
    seenAt: at('2026-12-01T10:05+02:00'),
  };
  const open = openThread('t1', [{ from: 'bob@acme.com', at: '2026-11-30T16:00+02:00' }, { from: 'me@freelance.dev', at: '2026-11-30T17:00+02:00' }, { from: 'bob@acme.com', at: '2026-12-01T10:00+02:00' }], '2026-12-01T10:06+02:00');
  const tabA = recordSightings(emptyLedger(), [list], settings);
  const tabB = recordSightings(emptyLedger(), [open], settings);

  it('merges into the same ledger whichever order, and merging again changes nothing', () => {
    const ab = mergeLedgers(tabA, tabB);
    expect(mergeLedgers(tabB, tabA)).toEqual(ab);
    expect(mergeLedgers(ab, tabB)).toEqual(ab);
    expect(mergeLedgers(ab, ab)).toEqual(ab);
    expect(thread(ab, 't1')).toMatchObject({ waitingSince: at('2026-12-01T10:00+02:00'), userLastAt: at('2026-11-30T17:00+02:00'), firstSeenAt: list.seenAt, lastSeenAt: Date.parse('2026-12-01T00:00Z') });
  });

  it('a merge equals recording both sightings in one ledger, in either order', () => {
    const both = recordSightings(emptyLedger(), [list, open], settings);
    const reversed = recordSightings(emptyLedger(), [open, list], settings);
    const strip = (l: Ledger) => Object.values(l.threads).map(({ events, waitingSince, userLastAt, clientLastAt, firstSeenAt, lastSeenAt }) => ({ events, waitingSince, userLastAt, clientLastAt, firstSeenAt, lastSeenAt }));
    expect(strip(both)).toEqual(strip(reversed));
    expect(strip(mergeLedgers(tabA, tabB))).toEqual(strip(both));
  });

  it('merge is commutative, associative and idempotent on random event sets', () => {
    const events = fc.array(fc.record({ at: fc.integer({ min: 0, max: 500 }).map((m) => at('2026-11-20T00:00Z') + m * 60_000), by: fc.constantFrom('client' as const, 'user' as const) }), { maxLength: 12 });
    const ledgerOf = (evs: MessageEvent[], seen: number) =>
      recordSightings(emptyLedger(), [{ provider: 'gmail', account: ACCOUNT, threadId: 'x', participants: ['bob@acme.com'], messages: evs.map((e) => ({ at: e.at, from: e.by === 'client' ? 'bob@acme.com' : ACCOUNT })), seenAt: seen }], settings);
    fc.assert(
      fc.property(events, events, events, fc.nat(1000), fc.nat(1000), fc.nat(1000), (e1, e2, e3, s1, s2, s3) => {
        const [a, b, c] = [ledgerOf(e1, s1), ledgerOf(e2, s2), ledgerOf(e3, s3)];
        expect(mergeLedgers(a, b)).toEqual(mergeLedgers(b, a));
        expect(mergeLedgers(mergeLedgers(a, b), c)).toEqual(mergeLedgers(a, mergeLedgers(b, c)));
        expect(mergeLedgers(a, a)).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});

describe('bounded storage', () => {
  const now = at('2026-12-01T12:00+02:00');
  const threadAt = (id: string, clientAt: number, userAt: number | null) =>
    openThread(id, [{ from: 'bob@acme.com', at: new Date(clientAt).toISOString() }, ...(userAt === null ? [] : [{ from: ACCOUNT, at: new Date(userAt).toISOString() }])], new Date(userAt ?? clientAt).toISOString());

  it('prunes answered threads idle for more than 90 days, keeps waiting ones and recent ones', () => {
    const ledger = recordSightings(
      emptyLedger(),
      [threadAt('old-answered', now - 95 * DAY, now - 91 * DAY), threadAt('recent-answered', now - 95 * DAY, now - 89 * DAY), threadAt('old-waiting', now - 200 * DAY, null)],
      settings,
    );
    const pruned = pruneLedger(ledger, now);
    expect(Object.values(pruned.threads).map((t) => t.threadId).sort()).toEqual(['old-waiting', 'recent-answered']);
  });

  it('prunes promises done or due more than 90 days ago', () => {
    const base = { what: 'x', to: 'bob@acme.com', madeAt: now - 200 * DAY, provider: 'gmail' as const, account: ACCOUNT, threadId: 't', threadKey: 'k', subject: '', link: '' };
    const ledger: Ledger = {
      threads: {},
      promises: {
        old: { ...base, id: 'old', due: '2026-08-01' },
        done: { ...base, id: 'done', due: '2026-11-20', doneAt: now - 91 * DAY },
        open: { ...base, id: 'open', due: '2026-11-20' },
      },
    };
    expect(Object.keys(pruneLedger(ledger, now).promises)).toEqual(['open']);
  });

  it('caps the number of threads, dropping the least recently active answered ones first', () => {
    const sightings = Array.from({ length: 30 }, (_, i) => threadAt(`t${i}`, now - (40 - i) * DAY, i % 3 === 0 ? null : now - (39 - i) * DAY));
    const pruned = pruneLedger(recordSightings(emptyLedger(), sightings, settings), now, { maxThreads: 12 });
    const kept = Object.values(pruned.threads);
    expect(kept).toHaveLength(12);
    expect(kept.filter(isWaiting)).toHaveLength(10);
    expect(kept.filter((t) => !isWaiting(t)).map((t) => t.threadId).sort()).toEqual(['t28', 't29']);
  });

  it('trims events without changing the thread’s state', () => {
    const events: MessageEvent[] = [];
    for (let i = 0; i < 100; i++) events.push({ at: now - (100 - i) * DAY, by: i === 70 ? 'user' : 'client' });
    const trimmed = trimEvents(events, now);
    expect(trimmed.length).toBeLessThanOrEqual(MAX_EVENTS_PER_THREAD);
    // The answer and everything after it stay; older history only within 90 days.
    expect(trimmed.slice(-30)).toEqual(events.slice(70));
    expect(trimmed.every((e) => e.at >= now - 90 * DAY)).toBe(true);
    const long: MessageEvent[] = Array.from({ length: 100 }, (_, i) => ({ at: now - (100 - i) * 3_600_000, by: 'client' }));
    const kept = trimEvents(long, now);
    expect(kept).toHaveLength(MAX_EVENTS_PER_THREAD);
    expect(kept[0]).toEqual(long[0]);
    expect(kept[kept.length - 1]).toEqual(long[99]);
  });

  it('keeps a long unanswered stretch’s start when a sighting overflows the cap', () => {
    const messages = Array.from({ length: MAX_EVENTS_PER_THREAD + 15 }, (_, i) => ({ from: 'bob@acme.com', at: new Date(now - (100 - i) * 3_600_000).toISOString() }));
    const ledger = recordSightings(emptyLedger(), [openThread('long', messages)], settings);
    expect(thread(ledger, 'long').events).toHaveLength(MAX_EVENTS_PER_THREAD);
    expect(thread(ledger, 'long').waitingSince).toBe(Date.parse(messages[0].at));
  });
});

describe('no reply needed', () => {
  const open = openThread('s1', [{ from: 'bob@acme.com', at: '2026-12-01T09:00+02:00' }]);
  const waiting = recordSightings(emptyLedger(), [open], settings);
  const key = Object.keys(waiting.threads)[0];
  const settled = settleThread(waiting, key, at('2026-12-01T11:00+02:00'));

  it('ends the wait without counting as an answer', () => {
    expect(waiting.threads[key].waitingSince).toBe(at('2026-12-01T09:00+02:00'));
    expect(settled.threads[key].waitingSince).toBeNull();
    expect(settled.threads[key].userLastAt).toBeNull();
    expect(responseSamples(settled.threads[key])).toEqual([]);
  });

  it('a later client message waits again; a real answer after it is timed from that message', () => {
    const again = recordSightings(settled, [openThread('s1', [{ from: 'bob@acme.com', at: '2026-12-01T09:00+02:00' }, { from: 'bob@acme.com', at: '2026-12-02T10:00+02:00' }])], settings);
    expect(again.threads[key].waitingSince).toBe(at('2026-12-02T10:00+02:00'));
    const answered = recordSentReply(again, { provider: 'gmail', account: ACCOUNT, threadId: 's1', at: at('2026-12-02T12:00+02:00'), to: ['bob@acme.com'] }, settings);
    expect(responseSamples(answered.threads[key]).map((s) => [s.askedAt, s.answeredAt])).toEqual([[at('2026-12-02T10:00+02:00'), at('2026-12-02T12:00+02:00')]]);
  });

  it('changes nothing on a thread that does not wait, or one the ledger does not know', () => {
    expect(settleThread(settled, key, at('2026-12-01T12:00+02:00'))).toBe(settled);
    expect(settleThread(settled, 'gmail|#0000000000000000|nope', at('2026-12-01T12:00+02:00'))).toBe(settled);
  });

  it('survives a read back from storage, and a merge with a copy that never saw it', () => {
    expect(repairThread(key, JSON.parse(JSON.stringify(settled.threads[key])))).toEqual(settled.threads[key]);
    expect(mergeLedgers(waiting, settled).threads[key].waitingSince).toBeNull();
    expect(mergeLedgers(settled, waiting).threads[key].waitingSince).toBeNull();
  });
});
