// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { emptyLedger, recordSightings, threadKey } from '../threads/ledger';
import { gmailAccount, gmailThreadId, mailboxAccount, pageAccountAddress, parseMailDate, readThreads, subjectFromRowLabel } from './threads-dom';

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();
const NOV_30_1620 = local(2026, 11, 30, 16, 20);

describe('parseMailDate', () => {
  it('is still importable from here; its cases live in mail-dates.test.ts', () => {
    expect(parseMailDate('Mon, Nov 30, 2026, 4:20 PM')).toBe(NOV_30_1620);
  });
});

describe('Gmail ids and mailbox', () => {
  it('turns both forms of a thread id into the hex one the address bar uses', () => {
    expect(gmailThreadId('#thread-f:1784120000000000001')).toBe(BigInt('1784120000000000001').toString(16));
    expect(gmailThreadId('18C0A1B2C3D4E5F1')).toBe('18c0a1b2c3d4e5f1');
    expect(gmailThreadId('FMfcgzQXJGkqTPmXvNcXhShSZqwJkrHB')).toBeNull();
  });

  it('takes the mailbox from the title, else the account index from the path', () => {
    expect(gmailAccount('https://mail.google.com/mail/u/1/#inbox', 'Inbox (3) - Me@Freelance.example - Gmail')).toBe('me@freelance.example');
    expect(gmailAccount('https://mail.google.com/mail/u/1/#inbox', 'Gmail')).toBe('u/1');
  });
});

const GMAIL = { now: NOV_30_1620 + 3_600_000, url: 'https://mail.google.com/mail/u/0/#inbox', title: 'Inbox - me@freelance.example - Gmail' };

function gmailRow(opts: { legacy: string; unread: boolean; people: [string, string][]; subject: string; title: string }): string {
  const people = opts.people.map(([email, name]) => `<span email="${email}" name="${name}">${name}</span>`).join(', ');
  return `<tr class="zA ${opts.unread ? 'zE' : 'yO'}" role="row">
    <td class="yX xY"><div class="yW">${people}</div></td>
    <td class="xY a4W"><div class="y6"><span class="bog"><span data-thread-id="#thread-f:1" data-legacy-thread-id="${opts.legacy}">${opts.subject}</span></span></div></td>
    <td class="xW xY"><span title="${opts.title}"><span>4:20 PM</span></span></td>
  </tr>`;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('readThreads on Gmail', () => {
  it('reads each list row: id, participants, subject, the latest date, unread', () => {
    document.body.innerHTML = `<div role="main"><table><tbody>
      ${gmailRow({ legacy: '18c0a1b2c3d4e5f1', unread: true, people: [['anna@acme.example', 'Anna']], subject: 'Homepage mockups', title: 'Mon, Nov 30, 2026, 4:20 PM' })}
      ${gmailRow({ legacy: '18c0a1b2c3d4e5f2', unread: false, people: [['anna@acme.example', 'Anna'], ['me@freelance.example', 'me']], subject: 'Invoice', title: 'a date Gmail never wrote' })}
    </tbody></table></div>`;
    const { sightings, recognised } = readThreads('gmail', document, GMAIL);
    expect(recognised).toBe(true);
    expect(sightings).toEqual([
      {
        provider: 'gmail',
        account: 'me@freelance.example',
        threadId: '18c0a1b2c3d4e5f1',
        subject: 'Homepage mockups',
        link: 'https://mail.google.com/mail/u/0/#all/18c0a1b2c3d4e5f1',
        participants: ['anna@acme.example'],
        messages: [{ at: NOV_30_1620 }],
        unread: true,
        seenAt: GMAIL.now,
      },
      expect.objectContaining({ threadId: '18c0a1b2c3d4e5f2', participants: ['anna@acme.example', 'me@freelance.example'], messages: [], unread: false }),
    ]);
  });

  it('reads an open thread message by message, with who sent each', () => {
    document.body.innerHTML = `<div class="AO"><div role="main">
      <div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:1784120000000000001" data-legacy-thread-id="18c0a1b2c3d4e5f1">Re: Homepage mockups</h2></div>
      <div class="adn ads" data-message-id="#msg-f:1"><div class="gE"><span class="gD" email="anna@acme.example" name="Anna">Anna</span><span class="g3" title="Mon, Nov 30, 2026, 4:20 PM">4:20 PM</span></div></div>
      <div class="adn ads" data-message-id="#msg-f:2"><div class="gE"><span class="gD" email="me@freelance.example" name="me">me</span><span class="g3" title="Mon, Nov 30, 2026, 5:02 PM">5:02 PM</span></div></div>
      <div class="adn ads" data-message-id="#msg-f:3"><div class="gE"><span class="gD" email="anna@acme.example" name="Anna">Anna</span><span class="g3" title="yesterday-ish">?</span></div></div>
    </div></div>`;
    const [open] = readThreads('gmail', document, GMAIL).sightings;
    expect(open).toMatchObject({
      threadId: '18c0a1b2c3d4e5f1',
      subject: 'Re: Homepage mockups',
      participants: ['anna@acme.example', 'me@freelance.example'],
      // The third message's date is unreadable: it is left out rather than guessed.
      messages: [
        { from: 'anna@acme.example', at: NOV_30_1620 },
        { from: 'me@freelance.example', at: local(2026, 11, 30, 17, 2) },
      ],
    });
  });

  it('takes the open thread id from the address when the heading has none', () => {
    document.body.innerHTML = `<h2 class="hP">Re: x</h2><div class="adn" data-message-id="1"><span class="gD" email="a@b.example">A</span><span class="g3" title="30.11.2026, 16:20">x</span></div>`;
    const [open] = readThreads('gmail', document, { ...GMAIL, url: 'https://mail.google.com/mail/u/0/#inbox/18c0a1b2c3d4e5f9' }).sightings;
    expect(open.threadId).toBe('18c0a1b2c3d4e5f9');
  });
});

/** A list row as Outlook draws it (docs/mail-dom.md): label, hashed classes, title-carrying spans. */
function outlookRow(o: { convId: string; selected?: boolean; unread?: boolean; from: [string, string]; subject: string; title: string; shown: string; subjectClass?: string }): string {
  const label = `${o.unread ? 'Unread ' : ''}${o.from[1]} ${o.subject} ${o.shown} Could you send the files?`;
  return `<div role="option" data-convid="${o.convId}" aria-selected="${o.selected ? 'true' : 'false'}" aria-label="${label}" class="hcptT gDC9O">
    <div class="XG5Jd"><span class="OZZZK" title="${o.from[0]}">${o.from[1]}</span></div>
    <div class="IjzWp"><span class="${o.subjectClass ?? 'TtcXM'}" title="${o.subject}">${o.subject}</span><span class="_rWRU" title="${o.title}">${o.shown}</span></div>
    <div class="Mr5d6"><span>Could you send the files?</span></div>
  </div>`;
}

/** A document of its own: Outlook's account is remembered per page. */
function page(html: string, lang = 'en-US'): Document {
  const doc = document.implementation.createHTMLDocument('Mail - Outlook');
  doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = html;
  return doc;
}

const OUTLOOK = { now: 1, url: 'https://outlook.office.com/mail/', title: 'Mail - Jonas Ozols - Outlook' };
const SUN_DEC_6_0900 = local(2026, 12, 6, 9, 0);

describe('readThreads on Outlook', () => {
  it('reads rows in the real markup, an en-US date on day 6 included', () => {
    const doc = page(`<div role="listbox" aria-label="Message list">
      ${outlookRow({ convId: 'AAQk-1', selected: true, unread: true, from: ['ivo@bolt.example', 'Ivo'], subject: 'Logo', title: 'Sun 12/6/2026 9:00 AM', shown: '9:00 AM' })}
      ${outlookRow({ convId: 'AAQk-2', from: ['x@else.example', 'X'], subject: 'Other', title: 'Mon 11/30/2026 4:20 PM', shown: 'Mon 4:20 PM' })}
    </div>
    <div role="main"><h2>Logo</h2><div data-message-id="m1"><span title="ivo@bolt.example">Ivo</span><span title="Sun 12/6/2026 9:00 AM">9:00 AM</span></div></div>`);
    const { sightings } = readThreads('outlook', doc, OUTLOOK);
    expect(sightings).toEqual([
      expect.objectContaining({ provider: 'outlook', account: 'outlook.office.com', threadId: 'AAQk-1', subject: 'Logo', participants: ['ivo@bolt.example'], messages: [{ at: SUN_DEC_6_0900 }], unread: true }),
      expect.objectContaining({ threadId: 'AAQk-2', subject: 'Other', messages: [{ at: NOV_30_1620 }], unread: false }),
      expect.objectContaining({ threadId: 'AAQk-1', subject: 'Logo', messages: [{ from: 'ivo@bolt.example', at: SUN_DEC_6_0900 }] }),
    ]);
  });

  it('reads en-GB and German row dates on days 1 to 12 too', () => {
    const doc = page(`<div role="listbox">
      ${outlookRow({ convId: 'A', from: ['ivo@bolt.example', 'Ivo'], subject: 'One', title: 'Sun 06/12/2026 09:00', shown: '09:00' })}
      ${outlookRow({ convId: 'B', from: ['ivo@bolt.example', 'Ivo'], subject: 'Two', title: 'So 06.12.2026 09:00', shown: '09:00' })}
    </div>`, 'de');
    expect(readThreads('outlook', doc, OUTLOOK).sightings.map((s) => s.messages)).toEqual([[{ at: SUN_DEC_6_0900 }], [{ at: SUN_DEC_6_0900 }]]);
  });

  it('takes the subject from the row label when no subject span matches (a new build renamed its class)', () => {
    const doc = page(`<div role="listbox">${outlookRow({ convId: 'A', from: ['ivo@bolt.example', 'Ivo Bolt'], subject: 'Print files, final', title: 'Sun 12/6/2026 9:00 AM', shown: '9:00 AM', subjectClass: 'Zq9xY' })}</div>`);
    expect(readThreads('outlook', doc, OUTLOOK).sightings[0].subject).toBe('Print files, final');
  });
});

describe('subjectFromRowLabel', () => {
  it.each([
    ['plain', 'Ivo Logo 9:00 AM preview', 'Ivo', '9:00 AM', 'Logo'],
    ['state word before the sender, commas', 'Unread, Ivo Bolt, Print files, 9:00 AM, Could you', 'Ivo Bolt', '9:00 AM', 'Print files'],
    ['a subject holding the time later on', 'Anna Call at 9:00 AM? 9:00 AM text', 'Anna', '9:00 AM', 'Call at'],
    ['no sender in the label', 'Logo 9:00 AM', 'Ivo', '9:00 AM', undefined],
    ['no time in the label', 'Ivo Logo', 'Ivo', '9:00 AM', undefined],
    ['no label', null, 'Ivo', '9:00 AM', undefined],
  ])('%s', (_case, label, sender, time, expected) => {
    expect(subjectFromRowLabel(label, sender, time)).toBe(expected);
  });
});

describe("the user's own address from the page", () => {
  it.each([
    ['Gmail, English', 'gmail', '<div id="gb"><a class="gb_C" role="button" href="https://accounts.google.com/SignOutOptions?hl=en" aria-label="Google Account: Jonas Ozols  \n(Me@Freelance.example)"></a></div>', 'me@freelance.example'],
    ['Gmail, German', 'gmail', '<div id="gb"><a role="button" href="https://accounts.google.com/SignOutOptions?hl=de" aria-label="Google-Konto: Jonas Ozols (me@freelance.example)"></a></div>', 'me@freelance.example'],
    ['Gmail, Russian', 'gmail', '<header><a href="https://accounts.google.com/SignOutOptions?hl=ru" aria-label="Аккаунт Google: Йонас (me@freelance.example)"></a></header>', 'me@freelance.example'],
    ['Gmail, an address elsewhere in a label is not the account', 'gmail', '<div id="gb"><a aria-label="Mail from boss@acme.example"></a></div>', null],
    ['Outlook, account manager flyout', 'outlook', '<div id="mectrl_currentAccount_primary">Jonas Ozols</div><div id="mectrl_currentAccount_secondary">Me@Freelance.example</div>', 'me@freelance.example'],
    ['Outlook, account manager button label', 'outlook', '<button id="mectrl_main_trigger" aria-label="Account manager for me@freelance.example"></button>', 'me@freelance.example'],
    ['Gmail, a look-alike button inside a message body', 'gmail', '<div role="main"><div class="a3s"><a href="https://accounts.google.com/SignOutOptions" aria-label="Google Account: X (boss@acme.example)"></a></div></div>', null],
    ['Outlook, a look-alike inside the reading pane', 'outlook', '<div role="main"><div role="document"><button id="mectrl_main_trigger" aria-label="Account manager for boss@acme.example"></button></div></div>', null],
    ['Outlook, a name only', 'outlook', '<button id="mectrl_main_trigger" aria-label="Account manager for Jonas Ozols"></button>', null],
  ] as const)('%s', (_case, host, html, expected) => {
    expect(pageAccountAddress(host, page(html))).toBe(expected);
  });

  it('keys an Outlook mailbox by the address, kept after the flyout closes; the host name only when no address was shown', () => {
    const doc = page('<div id="mectrl_currentAccount_secondary">me@freelance.example</div>');
    expect(mailboxAccount('outlook', OUTLOOK, doc)).toBe('me@freelance.example');
    doc.getElementById('mectrl_currentAccount_secondary')!.remove();
    expect(mailboxAccount('outlook', OUTLOOK, doc)).toBe('me@freelance.example');
    expect(mailboxAccount('outlook', OUTLOOK, page(''))).toBe('outlook.office.com');
    expect(mailboxAccount('outlook', OUTLOOK)).toBe('outlook.office.com');
  });

  it("keys a Gmail mailbox by the title's address, else the account button's, else the account index", () => {
    const button = page('<div id="gb"><a aria-label="Google Account: J (button@freelance.example)"></a></div>');
    const gmail = { url: 'https://mail.google.com/mail/u/1/#inbox', title: 'Inbox - title@freelance.example - Gmail' };
    expect(mailboxAccount('gmail', gmail, button)).toBe('title@freelance.example');
    expect(mailboxAccount('gmail', { ...gmail, title: 'Gmail' }, button)).toBe('button@freelance.example');
    expect(mailboxAccount('gmail', { ...gmail, title: 'Gmail' }, page(''))).toBe('u/1');
  });
});

describe("an open Outlook thread: the user's own replies end the wait with no own addresses set", () => {
  const settings = { clients: [{ id: 'bolt', name: 'Bolt', addresses: ['bolt.example'] }], ownAddresses: [] as string[] };
  const thread = (account: string) => `<div role="listbox">${outlookRow({ convId: 'C1', selected: true, from: ['ivo@bolt.example', 'Ivo'], subject: 'Print', title: 'Tue 12/1/2026 9:00 AM', shown: '9:00 AM' })}</div>
    ${account}
    <div role="main"><h2>Print</h2>
      <div data-message-id="m1"><span title="ivo@bolt.example">Ivo</span><span title="Tue 12/1/2026 9:00 AM">x</span></div>
      <div data-message-id="m2"><span title="me@freelance.example">Jonas</span><span title="Tue 12/1/2026 11:30 AM">x</span></div>
    </div>`;

  it.each([
    ['the account manager shows the address: answered', '<div id="mectrl_currentAccount_secondary">me@freelance.example</div>', 'me@freelance.example', null],
    ['no address on the page: my reply is a stranger\'s, the client still waits', '', 'outlook.office.com', local(2026, 12, 1, 9, 0)],
  ])('%s', (_case, account, key, waitingSince) => {
    const { sightings } = readThreads('outlook', page(thread(account)), { ...OUTLOOK, now: local(2026, 12, 1, 12, 0) });
    const ledger = recordSightings(emptyLedger(), sightings, settings);
    const record = ledger.threads[threadKey('outlook', key, 'C1')];
    expect(record).toBeDefined();
    expect(record.waitingSince).toBe(waitingSince);
  });
});

describe('an unknown layout', () => {
  it('gives nothing and does not throw', () => {
    document.body.innerHTML = `<div class="inbox"><div class="row">Anna - Homepage mockups - 4:20 PM</div></div>`;
    expect(readThreads('gmail', document, GMAIL)).toEqual({ sightings: [], recognised: false });
    expect(readThreads('outlook', document, GMAIL)).toEqual({ sightings: [], recognised: false });
  });

  it('survives a root whose queries throw', () => {
    const hostile = { querySelectorAll: () => { throw new Error('detached'); } } as unknown as ParentNode;
    expect(readThreads('gmail', hostile, GMAIL)).toEqual({ sightings: [], recognised: false });
  });
});
