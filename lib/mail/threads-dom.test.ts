// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { gmailAccount, gmailThreadId, parseMailDate, readThreads } from './threads-dom';

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();
const NOV_30_1620 = local(2026, 11, 30, 16, 20);

describe('parseMailDate', () => {
  it.each([
    ['en-US', 'Mon, Nov 30, 2026, 4:20 PM'],
    ['en-US, narrow space', 'Mon, Nov 30, 2026, 4:20\u202fPM'],
    ['en-GB', 'Mon, 30 Nov 2026, 16:20'],
    ['ru', 'пн, 30 нояб. 2026 г., 16:20'],
    ['uk', 'пн, 30 лист. 2026 р., 16:20'],
    ['pl', 'pon., 30 lis 2026, 16:20'],
    ['pl, genitive', 'poniedziałek, 30 listopada 2026 16:20'],
    ['lv', 'pirmdiena, 2026. gada 30. novembris 16:20'],
    ['numeric, dots', '30.11.2026, 16:20'],
    ['numeric, US slashes', '11/30/2026 4:20 PM'],
    ['ISO', '2026-11-30 16:20'],
  ])('reads the %s form', (_form, title) => {
    expect(parseMailDate(title)).toBe(NOV_30_1620);
  });

  it('reads midnight and noon on the 12-hour clock', () => {
    expect(parseMailDate('Tue, Dec 1, 2026, 12:05 AM')).toBe(local(2026, 12, 1, 0, 5));
    expect(parseMailDate('Tue, Dec 1, 2026, 12:05 PM')).toBe(local(2026, 12, 1, 12, 5));
  });

  it('reads May in every language whose short and genitive forms differ', () => {
    expect(parseMailDate('пт, 1 мая 2026 г., 09:00')).toBe(local(2026, 5, 1, 9, 0));
    expect(parseMailDate('pt., 1 maj 2026, 09:00')).toBe(local(2026, 5, 1, 9, 0));
    expect(parseMailDate('piektdiena, 2026. gada 1. maijs 09:00')).toBe(local(2026, 5, 1, 9, 0));
  });

  it.each([
    ['a day-month order only the locale knows', '03/04/2026 10:00'],
    ['no year (a list cell, not its tooltip)', 'Nov 30, 4:20 PM'],
    ['no time of day', 'Mon, Nov 30, 2026'],
    ['a day that does not exist', 'Nov 31, 2026, 4:20 PM'],
    ['an hour past 12 with PM', 'Nov 30, 2026, 16:20 PM'],
    ['no month', '30 2026 16:20'],
    ['empty', ''],
    ['nothing', null],
  ])('gives "unknown" for %s', (_case, title) => {
    expect(parseMailDate(title)).toBeNull();
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

describe('readThreads on Outlook', () => {
  it('reads list rows by conversation id and the selected conversation in the reading pane', () => {
    document.body.innerHTML = `<div role="listbox">
      <div role="option" data-convid="AAQk-1" aria-selected="true" class="unread"><span class="sender" title="ivo@bolt.example">Ivo</span><span class="subject">Logo</span><span class="date" title="Mon 11/30/2026 4:20 PM">4:20 PM</span></div>
      <div role="option" data-convid="AAQk-2" aria-selected="false"><span class="sender" title="x@else.example">X</span><span class="subject">Other</span><span class="date" title="Mon 11/30/2026 3:00 PM">3:00 PM</span></div>
    </div>
    <div role="main"><h2>Logo</h2><div data-message-id="m1"><span title="ivo@bolt.example">Ivo</span><span class="date" title="Mon 11/30/2026 4:20 PM">x</span></div></div>`;
    const { sightings } = readThreads('outlook', document, { now: 1, url: 'https://outlook.office.com/mail/', title: 'Mail - Outlook' });
    expect(sightings).toEqual([
      expect.objectContaining({ provider: 'outlook', account: 'outlook.office.com', threadId: 'AAQk-1', subject: 'Logo', participants: ['ivo@bolt.example'], messages: [{ at: NOV_30_1620 }], unread: true }),
      expect.objectContaining({ threadId: 'AAQk-2', unread: false }),
      expect.objectContaining({ threadId: 'AAQk-1', subject: 'Logo', messages: [{ from: 'ivo@bolt.example', at: NOV_30_1620 }] }),
    ]);
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

describe('parseMailDate on what Chromium itself writes in each UI language', () => {
  const styles: Intl.DateTimeFormatOptions[] = [
    { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    { dateStyle: 'full', timeStyle: 'short' },
    { dateStyle: 'medium', timeStyle: 'short' },
  ];
  it.each(['en-US', 'en-GB', 'ru', 'uk', 'pl', 'lv'])('reads every month and both halves of the day in %s', (locale) => {
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(locale, style);
      for (let month = 0; month < 12; month++) {
        for (const [day, hour] of [[13, 9], [28, 21]]) {
          const at = new Date(2026, month, day, hour, 7).getTime();
          expect([format.format(at), parseMailDate(format.format(at))]).toEqual([format.format(at), at]);
        }
      }
    }
  });
});
