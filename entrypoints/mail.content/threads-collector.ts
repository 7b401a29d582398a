/**
 * Tells the background which client threads the user has on screen and when the user sends a reply,
 * so the popup can say who is waiting and what was promised. The background is the ledger's only
 * writer (lib/background/messages.ts); this side only reads the page and sends
 *
 *   { type: 'candor/sightings', sightings }         rows and open threads that changed since last sent
 *   { type: 'candor/sent', reply, commitments }     once a Send has gone: thread, recipients, dated
 *                                                   commitments (Gmail: after its Undo window)
 *   { type: 'candor/sent', ..., unconfirmed: true }  the tab closed inside the Undo window: the
 *                                                   promises are kept, the reply is not counted
 *
 * through runtime.sendMessage to Candor's own background, nowhere else. What leaves the page: thread
 * ids, subjects (cut to 200 characters), participant addresses, message dates, and for each dated
 * commitment of a sent reply its sentence cut to WHAT_LIMIT characters and its day. No message body.
 */
import type { AnalyzeResult } from '@/lib/analysis/types';
import type { Engine } from '@/lib/engine/client';
import { readText } from '@/lib/editor/text-model';
import { excludedNodes, findEditors, recipients } from '@/lib/mail/adapter';
import { type MailHost } from '@/lib/mail/selectors';
import { sentCompose } from '@/lib/mail/send';
import { gmailOpenThreadId, gmailThreadId, mailboxAccount, readThreads, threadLink, type ReadContext } from '@/lib/mail/threads-dom';
import { commitmentsFromAnalysis, type Commitment } from '@/lib/threads/promises';
import type { SentReply, ThreadSighting } from '@/lib/threads/types';
import type { SentMessage, SightingsMessage } from '@/lib/background/messages';

/** A promise's sentence is what the popup shows; more than this of a message is not kept. */
export const WHAT_LIMIT = 160;
/** Gmail mutates its DOM many times a second; the thread views are re-read at most this often. */
export const RESCAN_INTERVAL_MS = 1000;
/** Rows remembered as already reported; a long session paging through the mailbox starts over past this. */
const MAX_REMEMBERED = 5000;
/** Fits the background's MAX_SIGHTINGS_PER_MESSAGE with room to spare. */
const SIGHTINGS_PER_MESSAGE = 200;

/**
 * Gmail holds a sent message for the Undo window the user chose (Settings > General > Undo Send:
 * 5, 10, 20 or 30 s) and shows a toast, "Message sent" with Undo and View message. The Undo control
 * is `span#link_undo` (role=link), made hidden or removed when the window closes: public code that
 * drives Gmail waits for `#link_undo` to turn `visibility:hidden` after Send, and clicks
 * `span#link_undo` to undo (GitHub code search); gmail.js issue #478 notes the message only goes
 * after the window. A Send counts as an answer once that control has come and gone, or once the
 * longest window has passed, whichever is first; a click on Undo drops it.
 */
export const GMAIL_UNDO_CONTROL = '#link_undo';
export const GMAIL_LONGEST_UNDO_MS = 30_000;
/** Past the longest window: the toast may show late on a busy page. */
export const UNDO_GRACE_MS = 3_000;
/** How often the toast is looked at while a Send is held. */
export const UNDO_POLL_MS = 500;

export interface CollectorDeps {
  host: MailHost;
  doc: Document;
  send: (message: SightingsMessage | SentMessage) => Promise<unknown>;
  /** The zone and weekend the user's dates resolve in. */
  dateContext: () => { timeZone: string | undefined; weekend: number[] };
  /** Finds the dates of the sent text (the engine worker; a test may pass its own). */
  engine: Engine;
  guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;
  signal: AbortSignal;
  now?: () => number;
  /** Scheduling, replaceable so tests need no real timers. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Sentences that commit the writer, as opposed to ones that only mention a day ("the board meets on
 * Thursday?"): first person with a future or a deadline, in the five languages. A sentence with a
 * deadline preposition ("by Friday", "до пятницы", "do piątku", "līdz piektdienai") counts on its own.
 */
const FIRST_PERSON_FUTURE = [
  /\b(?:i|we)(?:'ll|’ll| will| shall| am going to|'m going to|’m going to| are going to|'re going to|’re going to)\b/i,
  /\b(?:i|we)(?:'d|’d) (?:send|have|get|finish|deliver)\b/i,
  /(?:^|[^\p{L}])(?:я|мы|ми)(?=[^\p{L}]|$)/iu,
  /(?:^|[^\p{L}])(?:będę|będziemy|wyślę|prześlę|zrobię|dostarczę|skończę|przygotuję|oddam)(?=[^\p{L}]|$)/iu,
  /\p{L}{2,}(?:šu|sim)(?=[^\p{L}]|$)/iu,
];

export function isCommitmentSentence(sentence: string, hasDeadline: boolean): boolean {
  const s = sentence.trim();
  if (!s || s.endsWith('?')) return false;
  return hasDeadline || FIRST_PERSON_FUTURE.some((re) => re.test(s));
}

/** The dated commitments of a sent text, from the engine's resolved dates and the sentences they sit in. */
export function datedCommitments(text: string, result: Pick<AnalyzeResult, 'dates'>): Commitment[] {
  const out: Commitment[] = [];
  for (const mention of result.dates) {
    const [commitment] = commitmentsFromAnalysis(text, { dates: [mention] });
    if (!commitment || !isCommitmentSentence(commitment.what, mention.deadline)) continue;
    const what = commitment.what.length > WHAT_LIMIT ? `${commitment.what.slice(0, WHAT_LIMIT - 1).trimEnd()}…` : commitment.what;
    if (out.some((c) => c.what === what && c.due === commitment.due)) continue;
    out.push({ ...commitment, what });
  }
  return out;
}

/**
 * Views whose rows list recipients instead of senders: Gmail's Sent ("To: Anna"), Drafts, Scheduled
 * and Outbox; Outlook's Sent Items, Drafts and Outbox. A read row there names only the client and
 * carries the user's own send time, which the ledger would take for the client's message; those rows
 * are not reported. An open thread is, whatever the view: it names each message's sender.
 */
export function rowsListRecipients(host: MailHost, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (host === 'gmail') return /^#(?:sent|drafts|scheduled|outbox)(?:[/?]|$)/i.test(parsed.hash);
  return /\/mail\/(?:\d+\/)?(?:sentitems|drafts|outbox)(?:\/|$)/i.test(parsed.pathname);
}

function isRow(s: ThreadSighting): boolean {
  return !s.messages.some((m) => m.from);
}

/** A row and an open view of the same thread say different things: each is deduplicated on its own. */
function viewKey(s: ThreadSighting): string {
  return `${s.account}|${s.threadId}|${isRow(s) ? 'row' : 'open'}`;
}

function signature(s: ThreadSighting): string {
  // Everything but seenAt: a row that looks the same as last time is not worth a message.
  return JSON.stringify([s.subject, s.link, s.participants, s.messages, s.unread]);
}


/** A Gmail Send inside its Undo window. */
interface HeldSend {
  reply: SentReply;
  /** Filled in when the engine has found the text's dates. */
  commitments: Commitment[] | null;
  ready: Promise<void>;
  heldAt: number;
  /** The toast's Undo control has been seen: its going away means the window closed. */
  undoSeen: boolean;
}

function undoControlVisible(doc: Document): boolean {
  const control = doc.querySelector<HTMLElement>(GMAIL_UNDO_CONTROL);
  if (!control || !control.isConnected) return false;
  const style = doc.defaultView?.getComputedStyle(control);
  return !control.closest('[hidden], [aria-hidden=true]') && style?.visibility !== 'hidden' && style?.display !== 'none';
}

function isEditable(el: Element | null): boolean {
  return !!el && (el.closest('input, textarea, select, [contenteditable=""], [contenteditable=true]') !== null);
}

export class ThreadsCollector {
  private readonly sent = new Map<string, string>();
  private readonly held: HeldSend[] = [];
  private undoTimer: unknown = null;
  private timer: unknown = null;
  private lastScan = -Infinity;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly deps: CollectorDeps) {
    this.now = deps.now ?? Date.now;
    const win = deps.doc.defaultView!;
    this.setTimer = deps.setTimer ?? ((fn, ms) => win.setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => win.clearTimeout(h as number));
    const listen = { capture: true, signal: deps.signal } as const;
    // Capture phase: the app's own Send handler removes the compose; its text must be read before.
    deps.doc.addEventListener('click', deps.guard((e: MouseEvent) => this.onClick(e)), listen);
    deps.doc.addEventListener('keydown', deps.guard((e: KeyboardEvent) => this.onKeyDown(e)), listen);
    // The tab closes (or navigates away) inside an Undo window: whether the message went is for the
    // open thread to show next time; its promises are kept now or never.
    win.addEventListener('pagehide', deps.guard(() => this.releaseHeld()), { signal: deps.signal });
  }

  /** The page's elements changed: re-read the thread views soon, at most once per RESCAN_INTERVAL_MS. */
  pageChanged(): void {
    if (this.timer !== null || this.deps.signal.aborted) return;
    const wait = Math.max(0, this.lastScan + RESCAN_INTERVAL_MS - this.now());
    this.timer = this.setTimer(
      this.deps.guard(() => {
        this.timer = null;
        this.scanNow();
      }),
      wait,
    );
  }

  /** Reads the thread views and reports what changed since the last report. */
  scanNow(): void {
    if (this.deps.signal.aborted) return;
    this.lastScan = this.now();
    const ctx = this.context();
    const { sightings: read } = readThreads(this.deps.host, this.deps.doc, ctx);
    const sightings = rowsListRecipients(this.deps.host, ctx.url) ? read.filter((s) => !isRow(s)) : read;
    const changed: ThreadSighting[] = [];
    if (this.sent.size > MAX_REMEMBERED) this.sent.clear();
    for (const s of sightings) {
      const key = viewKey(s);
      const sig = signature(s);
      if (this.sent.get(key) === sig) continue;
      this.sent.set(key, sig);
      changed.push(s);
    }
    for (let i = 0; i < changed.length; i += SIGHTINGS_PER_MESSAGE) {
      const batch = changed.slice(i, i + SIGHTINGS_PER_MESSAGE);
      // Not recorded (background gone with an extension reload, storage failed): send these rows again next time.
      const forget = () => {
        for (const s of batch) this.sent.delete(viewKey(s));
      };
      this.deps.send({ type: 'candor/sightings', sightings: batch }).then((reply) => {
        if ((reply as { ok?: unknown } | undefined)?.ok !== true) forget();
      }, forget);
    }
  }

  destroy(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.sent.clear();
    this.releaseHeld();
  }

  private context(): ReadContext {
    const doc = this.deps.doc;
    return { now: this.now(), url: doc.defaultView?.location.href ?? doc.URL, title: doc.title };
  }

  private onClick(e: MouseEvent): void {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    if (this.held.length && target.closest(GMAIL_UNDO_CONTROL)) {
      this.undoLatest();
      return;
    }
    const compose = sentCompose(this.deps.host, e);
    if (compose) this.reportSent(compose);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const target = e.target instanceof Element ? e.target : null;
    if (this.held.length && this.isUndoKey(e, target)) {
      this.undoLatest();
      return;
    }
    const compose = sentCompose(this.deps.host, e);
    if (compose) this.reportSent(compose);
  }

  private threadOf(compose: Element, ctx: ReadContext, at: number): string {
    const doc = this.deps.doc;
    if (this.deps.host === 'gmail') {
      // A reply under an open thread belongs to it; a pop-up reply names its thread in the rt field.
      const inline = compose.closest('.AO, [role=main]') !== null;
      const open = inline ? gmailOpenThreadId(doc, ctx.url) : null;
      const rt = gmailThreadId(compose.querySelector<HTMLInputElement>('input[name=rt]')?.value);
      const id = open ?? rt;
      if (id) return id;
    } else {
      const selected = doc.querySelector('[role=option][aria-selected=true][data-convid]')?.getAttribute('data-convid');
      if (selected && compose.closest('[role=main]')) return selected;
    }
    // A new message starts a thread the app has not numbered yet: its promises still need a home.
    return `new:${at}`;
  }

  private reportSent(compose: Element): void {
    const { host } = this.deps;
    const editor = findEditors(host, compose).editors[0]?.editor ?? null;
    const at = this.now();
    const ctx = this.context();
    const to = recipients(host, compose)
      .map((r) => r.address)
      .filter((a): a is string => a !== null);
    // Without a recipient the app refuses to send: counting the click would mark a client answered.
    if (to.length === 0) return;
    const account = mailboxAccount(host, ctx, this.deps.doc);
    const threadId = this.threadOf(compose, ctx, at);
    const reply: SentReply = { provider: host, account, threadId, at, to };
    const subject = subjectOf(host, compose, this.deps.doc);
    if (subject) reply.subject = subject;
    if (!threadId.startsWith('new:')) reply.link = threadLink(host, ctx, threadId);
    // The text is read now, while the compose is still there; its dates come back from the engine.
    const text = editor ? readText(editor, excludedNodes(host, editor)).text : '';
    const { timeZone, weekend } = this.deps.dateContext();
    const analysed = text.trim() ? this.deps.engine.analyze(text, { ...(timeZone ? { timeZone } : {}), weekend, now: at }) : Promise.resolve(null);
    const commitments = analysed.then(
      (result) => (result ? datedCommitments(text, result) : []),
      () => [] as Commitment[],
    );
    if (host === 'gmail') {
      // A newer Send replaces the toast: an earlier message can no longer be taken back.
      for (const earlier of this.held.splice(0)) this.deliver(earlier, false);
      const held: HeldSend = { reply, commitments: null, ready: Promise.resolve(), heldAt: at, undoSeen: false };
      held.ready = commitments.then((found) => {
        held.commitments = found;
      });
      this.held.push(held);
      this.watchUndo();
    } else {
      // Outlook's own Undo send (up to 10 s) has no documented control to watch: reported at once.
      void commitments.then((found) => this.post(reply, found, false));
    }
    // The app appends the sent message to the thread: read it once it is there.
    this.pageChanged();
  }

  private post(reply: SentReply, commitments: readonly Commitment[], unconfirmed: boolean): void {
    if (unconfirmed && commitments.length === 0) return;
    const message: SentMessage = { type: 'candor/sent', reply, ...(commitments.length ? { commitments: [...commitments] } : {}), ...(unconfirmed ? { unconfirmed: true as const } : {}) };
    this.deps.send(message).catch(() => {
      /* the background is gone with the old extension context; nothing to keep */
    });
  }

  /**
   * A held Send is over: gone (`unconfirmed` false), its time the moment the window closed, which is
   * when Gmail sends it and the minute the thread will show; or still open when the page goes away.
   */
  private deliver(held: HeldSend, unconfirmed: boolean): void {
    if (unconfirmed) {
      // Only what is already known can leave a closing page.
      if (held.commitments) this.post(held.reply, held.commitments, true);
      return;
    }
    const reply = { ...held.reply, at: Math.max(held.reply.at, this.now()) };
    void held.ready.then(() => {
      this.post(reply, held.commitments ?? [], false);
      this.pageChanged();
    });
  }

  private releaseHeld(): void {
    if (this.undoTimer !== null) this.clearTimer(this.undoTimer);
    this.undoTimer = null;
    for (const held of this.held.splice(0)) this.deliver(held, true);
  }

  private undoLatest(): void {
    this.held.pop();
    if (this.held.length === 0 && this.undoTimer !== null) {
      this.clearTimer(this.undoTimer);
      this.undoTimer = null;
    }
  }

  /** Enter or Space on the focused Undo control, or Gmail's own "z" (undo the last action) outside a text field. */
  private isUndoKey(e: KeyboardEvent, target: Element | null): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return false;
    if ((e.key === 'Enter' || e.key === ' ') && target?.closest(GMAIL_UNDO_CONTROL)) return true;
    return e.key === 'z' && !e.shiftKey && !isEditable(target) && undoControlVisible(this.deps.doc);
  }

  private watchUndo(): void {
    if (this.undoTimer !== null || this.deps.signal.aborted) return;
    this.undoTimer = this.setTimer(
      this.deps.guard(() => {
        this.undoTimer = null;
        this.checkUndo();
      }),
      UNDO_POLL_MS,
    );
  }

  private checkUndo(): void {
    const visible = undoControlVisible(this.deps.doc);
    const now = this.now();
    for (const held of [...this.held]) {
      if (visible) held.undoSeen = true;
      const windowClosed = (held.undoSeen && !visible) || now - held.heldAt >= GMAIL_LONGEST_UNDO_MS + UNDO_GRACE_MS;
      if (!windowClosed) continue;
      this.held.splice(this.held.indexOf(held), 1);
      this.deliver(held, false);
    }
    if (this.held.length) this.watchUndo();
  }
}

function subjectOf(host: MailHost, compose: Element, doc: Document): string | undefined {
  const field =
    host === 'gmail'
      ? compose.querySelector<HTMLInputElement>('input[name=subjectbox]')
      : [...compose.querySelectorAll<HTMLInputElement>('input[type=text][autocomplete=off]')].pop();
  const value = field?.value?.trim() || doc.querySelector('h2.hP')?.textContent?.trim();
  return value ? value.slice(0, 200) : undefined;
}
