// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/lib/analysis';
import { localEngine } from '@/lib/engine/local';
import type { SentMessage, SightingsMessage } from '@/lib/background/messages';
import { datedCommitments, isCommitmentSentence, ThreadsCollector, WHAT_LIMIT } from './threads-collector';

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

afterEach(() => {
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

  it('reports the thread, the recipients and the dated commitment of the writer\'s own text', async () => {
    document.title = 'Inbox - me@freelance.example - Gmail';
    document.body.innerHTML = COMPOSE;
    const { sent, flush } = setup();
    document.getElementById('send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    // The text is read at the click; the message goes once the engine has found its dates.
    document.body.innerHTML = '';
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const message = sent[0] as SentMessage;
    expect(message.type).toBe('candor/sent');
    expect(message.reply).toEqual({ provider: 'gmail', account: 'me@freelance.example', threadId: '18c0a1b2c3d4e5f1', at: NOW, to: ['anna@acme.example'], subject: 'Re: Mockups', link: expect.stringMatching(/#all\/18c0a1b2c3d4e5f1$/) });
    // Friday 4 December; the question and the quoted history promise nothing.
    expect(message.commitments).toEqual([{ what: "Hi Anna, I'll send the mockups by Friday.", due: '2026-12-04' }]);
    flush();
  });

  it('reports Ctrl+Enter in the body the same way, and ignores Enter alone', async () => {
    document.body.innerHTML = COMPOSE;
    const { sent } = setup();
    const body = document.querySelector('[g_editable]')!;
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toEqual([]);
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['candor/sent']));
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
