// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/lib/analysis';
import { localEngine } from '@/lib/engine/local';
import type { SentMessage, SightingsMessage } from '@/lib/background/messages';
import { datedCommitments, GMAIL_LONGEST_UNDO_MS, isCommitmentSentence, rowsListRecipients, ThreadsCollector, UNDO_GRACE_MS, UNDO_POLL_MS, WHAT_LIMIT } from './threads-collector';

const guard =
  <A extends unknown[]>(fn: (...args: A) => void) =>
  (...args: A) =>
    fn(...args);

// Monday 30 November 2026, 16:30 in the test's zone.
const NOW = new Date(2026, 10, 30, 16, 30).getTime();

function setup(reply: unknown = { ok: true, threads: 1, waiting: 1 }) {
  const sent: (SightingsMessage | SentMessage)[] = [];
  const timers: (() => void)[] = [];
  const controller = new AbortController();
  const collector = new ThreadsCollector({
    host: 'gmail',
    doc: document,
    send: async (m) => {
      sent.push(m);
      return reply;
    },
    dateContext: () => ({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, weekend: [0, 6] }),
    engine: localEngine,
    guard,
    signal: controller.signal,
    now: () => NOW,
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => undefined,
  });
  const flush = () => {
    while (timers.length) timers.shift()!();
  };
  return { sent, collector, flush, controller };
}

const ROW = (id: string, title: string) =>
  `<tr class="zA zE" role="row"><td><span email="anna@acme.example" name="Anna">Anna</span></td><td><div class="y6"><span data-legacy-thread-id="${id}">Mockups</span></div></td><td class="xW"><span title="${title}">x</span></td></tr>`;

/** The collector on the (fake) clock and timers of the test, as the content script runs it. */
function timedSetup(host: 'gmail' | 'outlook' = 'gmail') {
  const sent: (SightingsMessage | SentMessage)[] = [];
  const controller = new AbortController();
  const collector = new ThreadsCollector({
    host,
    doc: document,
    send: async (m) => {
      sent.push(m);
      return { ok: true, threads: 1, waiting: 0 };
    },
    dateContext: () => ({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, weekend: [0, 6] }),
    engine: localEngine,
    guard,
    signal: controller.signal,
    now: () => Date.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
  return { sent, collector, controller };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  document.title = '';
});

describe('ThreadsCollector sightings', () => {
  it('sends each row once, and again only when it changed', () => {
    document.title = 'Inbox - me@freelance.example - Gmail';
    document.body.innerHTML = `<table><tbody id="list">${ROW('18c0a1b2c3d4e5f1', 'Mon, Nov 30, 2026, 4:20 PM')}${ROW('18c0a1b2c3d4e5f2', 'Mon, Nov 30, 2026, 3:00 PM')}</tbody></table>`;
    const { sent, collector, flush } = setup();
    collector.pageChanged();
    collector.pageChanged();
    flush();
    expect(sent).toHaveLength(1);
    expect((sent[0] as SightingsMessage).sightings.map((s) => s.threadId)).toEqual(['18c0a1b2c3d4e5f1', '18c0a1b2c3d4e5f2']);

    collector.pageChanged();
    flush();
    expect(sent).toHaveLength(1);

    document.querySelector('#list [title]')!.setAttribute('title', 'Mon, Nov 30, 2026, 4:25 PM');
    collector.pageChanged();
    flush();
    expect(sent).toHaveLength(2);
    expect((sent[1] as SightingsMessage).sightings.map((s) => [s.threadId, s.messages])).toEqual([['18c0a1b2c3d4e5f1', [{ at: new Date(2026, 10, 30, 16, 25).getTime() }]]]);
  });

  it('sends a row again after the background could not record it', async () => {
    document.body.innerHTML = `<table><tbody>${ROW('18c0a1b2c3d4e5f1', 'Mon, Nov 30, 2026, 4:20 PM')}</tbody></table>`;
    const { sent, collector, flush } = setup({ ok: false, error: 'storage-failed' });
    collector.pageChanged();
    flush();
    await Promise.resolve();
    await Promise.resolve();
    collector.pageChanged();
    flush();
    expect(sent).toHaveLength(2);
  });

  it('reports no rows from views that list recipients, where a row would pass the user\'s send for the client\'s message', () => {
    document.title = 'Sent Mail - me@freelance.example - Gmail';
    document.body.innerHTML = `<table><tbody>${ROW('18c0a1b2c3d4e5f1', 'Mon, Nov 30, 2026, 4:20 PM')}</tbody></table>`;
    location.hash = '#sent';
    try {
      const { sent, collector, flush } = setup();
      collector.pageChanged();
      flush();
      expect(sent).toEqual([]);
      location.hash = '#inbox';
      collector.pageChanged();
      flush();
      expect(sent).toHaveLength(1);
    } finally {
      location.hash = '';
    }
  });

  // host, address -> the rows there list recipients
  const views: ['gmail' | 'outlook', string, boolean][] = [
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox', false],
    ['gmail', 'https://mail.google.com/mail/u/0/#sent', true],
    ['gmail', 'https://mail.google.com/mail/u/1/#sent?compose=new', true],
    ['gmail', 'https://mail.google.com/mail/u/0/#drafts', true],
    ['gmail', 'https://mail.google.com/mail/u/0/#scheduled', true],
    ['gmail', 'https://mail.google.com/mail/u/0/#label/sentiment', false],
    ['gmail', 'https://mail.google.com/mail/u/0/#search/sent', false],
    ['outlook', 'https://outlook.office.com/mail/inbox', false],
    ['outlook', 'https://outlook.office.com/mail/sentitems', true],
    ['outlook', 'https://outlook.live.com/mail/0/sentitems/id/AAQk', true],
    ['outlook', 'https://outlook.office.com/mail/drafts', true],
    ['outlook', 'not a url', false],
  ];
  it.each(views)('%s %s: rows list recipients = %s', (host, url, expected) => {
    expect(rowsListRecipients(host, url)).toBe(expected);
  });

  it('sends nothing for a page without thread views', () => {
    document.body.innerHTML = '<div role="main">Settings</div>';
    const { sent, collector, flush } = setup();
    collector.pageChanged();
    flush();
    expect(sent).toEqual([]);
  });
});

describe('ThreadsCollector on Send', () => {
  const COMPOSE = `<div class="AO"><div role="main"><h2 class="hP" data-legacy-thread-id="18c0a1b2c3d4e5f1">Re: Mockups</h2>
    <div class="M9"><form><input name="subjectbox" value="Re: Mockups"><div role="listbox"><div role="option" data-hovercard-id="anna@acme.example" data-name="Anna"></div></div></form>
    <div class="Ap"><div g_editable="true" contenteditable="true" role="textbox">Hi Anna, I'll send the mockups by Friday. The board meets on Thursday?<div class="gmail_quote">On Mon I promised it by Wednesday.</div></div></div>
    <div class="btC"><div class="T-I aoO" role="button" id="send">Send</div></div></div></div></div>`;

  it('reports the thread, the recipients and the dated commitment of the writer\'s own text, once Gmail\'s Undo window has passed', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    document.title = 'Inbox - me@freelance.example - Gmail';
    document.body.innerHTML = COMPOSE;
    const { sent } = timedSetup();
    document.getElementById('send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    // The text is read at the click; the message goes once the engine has found its dates and the window closed.
    document.body.innerHTML = '';
    await vi.advanceTimersByTimeAsync(GMAIL_LONGEST_UNDO_MS);
    expect(sent.filter((m) => m.type === 'candor/sent')).toEqual([]);
    await vi.advanceTimersByTimeAsync(UNDO_GRACE_MS + UNDO_POLL_MS);
    const message = sent.find((m) => m.type === 'candor/sent') as SentMessage;
    expect(message.reply).toEqual({ provider: 'gmail', account: 'me@freelance.example', threadId: '18c0a1b2c3d4e5f1', at: expect.any(Number), to: ['anna@acme.example'], subject: 'Re: Mockups', link: expect.stringMatching(/#all\/18c0a1b2c3d4e5f1$/) });
    // Friday 4 December; the question and the quoted history promise nothing.
    expect(message.commitments).toEqual([{ what: "Hi Anna, I'll send the mockups by Friday.", due: '2026-12-04' }]);
    expect(message.unconfirmed).toBeUndefined();
  });

  it('reports Ctrl+Enter in the body the same way, and ignores Enter alone', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    document.body.innerHTML = COMPOSE;
    const { sent } = timedSetup();
    const body = document.querySelector('[g_editable]')!;
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.advanceTimersByTimeAsync(GMAIL_LONGEST_UNDO_MS + UNDO_GRACE_MS + UNDO_POLL_MS);
    expect(sent.filter((m) => m.type === 'candor/sent')).toEqual([]);
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.advanceTimersByTimeAsync(GMAIL_LONGEST_UNDO_MS + UNDO_GRACE_MS + UNDO_POLL_MS);
    expect(sent.filter((m) => m.type === 'candor/sent')).toHaveLength(1);
  });

  it('reports nothing when the compose has no recipient, as the app will not send it', () => {
    document.body.innerHTML = COMPOSE;
    document.querySelector('[data-hovercard-id]')!.remove();
    const { sent } = setup();
    document.getElementById('send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(sent).toEqual([]);
  });

  it('stops listening once the content script is invalidated', () => {
    document.body.innerHTML = COMPOSE;
    const { sent, controller } = setup();
    controller.abort();
    document.getElementById('send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(sent).toEqual([]);
  });
});

describe('ThreadsCollector and Gmail\'s Undo send', () => {
  const COMPOSE = `<div class="AO"><div role="main"><h2 class="hP" data-legacy-thread-id="18c0a1b2c3d4e5f1">Re: Mockups</h2>
    <div class="M9"><form><input name="subjectbox" value="Re: Mockups"><div role="listbox"><div role="option" data-hovercard-id="anna@acme.example" data-name="Anna"></div></div></form>
    <div class="Ap"><div g_editable="true" contenteditable="true" role="textbox">TEXT</div></div>
    <div class="btC"><div class="T-I aoO" role="button" id="send">Send</div></div></div></div></div>`;
  const PROMISING = "I'll send the mockups by Friday.";
  const SECOND = 1000;
  // Gmail's toast after Send: "Message sent", Undo, View message.
  const TOAST = '<div class="vh" role="alert"><span class="bAq">Message sent</span> <span id="link_undo" class="ag a8k" role="link" tabindex="0">Undo</span> <span id="link_vsm" role="link" tabindex="0">View message</span></div>';

  /** Sends, then plays Gmail's part: the compose goes, the toast shows, its Undo control goes when the window closes. */
  function send(windowMs: number, text = PROMISING, closes: 'hidden' | 'removed' | 'no toast' = 'hidden') {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    document.title = 'Inbox - me@freelance.example - Gmail';
    document.body.innerHTML = COMPOSE.replace('TEXT', text);
    const setup = timedSetup();
    document.getElementById('send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.querySelector('.M9')!.remove();
    if (closes !== 'no toast') setTimeout(() => document.body.insertAdjacentHTML('beforeend', TOAST), 300);
    setTimeout(() => {
      const undo = document.getElementById('link_undo');
      if (closes === 'hidden') undo?.setAttribute('style', 'visibility:hidden');
      else undo?.remove();
    }, windowMs);
    const reports = () => setup.sent.filter((m): m is SentMessage => m.type === 'candor/sent');
    return { ...setup, reports };
  }

  // the user's Undo window setting, how the control goes -> the reply counts from the window's end
  const windows: [number, 'hidden' | 'removed'][] = [
    [5 * SECOND, 'hidden'],
    [10 * SECOND, 'removed'],
    [20 * SECOND, 'hidden'],
    [30 * SECOND, 'removed'],
  ];
  it.each(windows)('a %i ms window (Undo control %s at its end): not an answer until then', async (windowMs, closes) => {
    const { reports } = send(windowMs, PROMISING, closes);
    await vi.advanceTimersByTimeAsync(windowMs - 1);
    expect(reports()).toEqual([]);
    await vi.advanceTimersByTimeAsync(UNDO_POLL_MS + 1);
    expect(reports()).toHaveLength(1);
    // The message goes when the window closes: that is the minute the thread will show.
    expect(reports()[0].reply.at).toBeGreaterThanOrEqual(NOW + windowMs);
    expect(reports()[0].reply.at).toBeLessThanOrEqual(NOW + windowMs + UNDO_POLL_MS);
    expect(reports()[0].commitments).toEqual([{ what: PROMISING, due: '2026-12-04' }]);
    await vi.advanceTimersByTimeAsync(GMAIL_LONGEST_UNDO_MS * 2);
    expect(reports()).toHaveLength(1);
  });

  // how the user takes the message back -> nothing is reported, ever
  const undos: [string, () => void][] = [
    ['a click on Undo', () => document.getElementById('link_undo')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))],
    ['Enter on the focused Undo control', () => document.getElementById('link_undo')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))],
    ['Gmail\'s "z" shortcut outside a text field', () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', bubbles: true }))],
  ];
  it.each(undos)('%s inside the window: not an answer, no promise', async (_name, undo) => {
    const { reports } = send(20 * SECOND);
    await vi.advanceTimersByTimeAsync(4 * SECOND);
    undo();
    // Gmail reopens the draft and drops the toast.
    document.querySelector('[role=alert]')!.remove();
    await vi.advanceTimersByTimeAsync(GMAIL_LONGEST_UNDO_MS * 2);
    expect(reports()).toEqual([]);
  });

  it('"z" typed in a text field is not an undo', async () => {
    const { reports } = send(5 * SECOND);
    await vi.advanceTimersByTimeAsync(SECOND);
    document.body.insertAdjacentHTML('beforeend', '<input id="search">');
    document.getElementById('search')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', bubbles: true }));
    await vi.advanceTimersByTimeAsync(5 * SECOND);
    expect(reports()).toHaveLength(1);
  });

  it('without a toast in sight, counts the reply once the longest window (30 s) has passed', async () => {
    const { reports } = send(GMAIL_LONGEST_UNDO_MS, PROMISING, 'no toast');
    await vi.advanceTimersByTimeAsync(GMAIL_LONGEST_UNDO_MS + UNDO_GRACE_MS - UNDO_POLL_MS);
    expect(reports()).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * UNDO_POLL_MS);
    expect(reports()).toHaveLength(1);
  });

  // what the message promised -> what a tab closed inside the window still reports
  const closings: [string, string, SentMessage['commitments'] | null][] = [
    ['a promise: kept, not counted as an answer', PROMISING, [{ what: PROMISING, due: '2026-12-04' }]],
    ['no promise: nothing (the open thread shows the message next time if it went)', 'Thanks, looks good.', null],
  ];
  it.each(closings)('tab closed inside the window, %s', async (_name, text, commitments) => {
    const { sent, reports } = send(20 * SECOND, text);
    await vi.advanceTimersByTimeAsync(2 * SECOND);
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(GMAIL_LONGEST_UNDO_MS * 2);
    if (commitments === null) expect(reports()).toEqual([]);
    else expect(reports()).toEqual([{ type: 'candor/sent', reply: expect.objectContaining({ threadId: '18c0a1b2c3d4e5f1', at: NOW }), commitments, unconfirmed: true }]);
    expect(sent.every((m) => m.type !== 'candor/sent' || m.unconfirmed)).toBe(true);
  });

  it('a second Send replaces the toast: the first message can no longer be undone and counts at once', async () => {
    const { reports } = send(20 * SECOND);
    await vi.advanceTimersByTimeAsync(3 * SECOND);
    document.body.insertAdjacentHTML('afterbegin', COMPOSE.replace('TEXT', 'Second note.'));
    document.getElementById('send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1);
    expect(reports()).toHaveLength(1);
    document.getElementById('link_undo')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(GMAIL_LONGEST_UNDO_MS * 2);
    // The Undo took back the second message only.
    expect(reports()).toHaveLength(1);
  });
});

describe('datedCommitments', () => {
  it('keeps the dated sentences that commit the writer, cut to the limit', () => {
    const long = `I will deliver the final files by Friday, ${'including every variant we discussed, '.repeat(8)}ok.`;
    const text = `The launch is on Friday? ${long}`;
    const result = datedCommitments(text, analyze(text, { now: NOW, weekend: [0, 6] }));
    expect(result).toHaveLength(1);
    expect(result[0].what.length).toBeLessThanOrEqual(WHAT_LIMIT);
    expect(result[0].what.startsWith('I will deliver the final files by Friday')).toBe(true);
  });

  it('tells a commitment from a mention of a day in each language', () => {
    expect(isCommitmentSentence('Я пришлю макеты в пятницу.', false)).toBe(true);
    expect(isCommitmentSentence('Wyślę projekt w piątek.', false)).toBe(true);
    expect(isCommitmentSentence('Nosūtīšu maketus piektdien.', false)).toBe(true);
    expect(isCommitmentSentence('The board meets on Thursday.', false)).toBe(false);
    expect(isCommitmentSentence('Could you send it by Friday?', true)).toBe(false);
  });
});
