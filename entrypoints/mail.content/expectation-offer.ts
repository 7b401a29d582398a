/**
 * The expectation line in the page: when a draft goes to a client the user has not written to before,
 * and says nothing yet about when the user answers, a quiet box by the draft offers the sentence
 * (lib/analysis/expectation-line.ts) in the draft's language. Add puts it in as its own paragraph above
 * the signature, as one undo step (lib/editor/insert-paragraph.ts); Not now puts the offer away for
 * this compose. Nothing touches the draft unless Add is pressed. Alt+Shift+E moves focus to the box.
 *
 * ExpectationOffers keeps one offer per editor, follows the settings, and remembers recipients on Send
 * (lib/storage/contacted.ts) so the next draft to them is not offered the line again.
 */
import { ExpectationPanel } from '@/components/hints/expectation-panel';
import { strings } from '@/components/hints/strings';
import { themeAround } from '@/components/hints/theme';
import { expectationLine, hasExpectationLine } from '@/lib/analysis/expectation-line';
import { detectLanguage } from '@/lib/analysis/language';
import { LANGS, type Lang } from '@/lib/dates/types';
import { insertParagraph } from '@/lib/editor/insert-paragraph';
import { readText } from '@/lib/editor/text-model';
import { draftKeys, excludedNodes, recipients, undoStyle, type EditorMatch } from '@/lib/mail/adapter';
import type { MailHost } from '@/lib/mail/selectors';
import { hasContacted, rememberContacted } from '@/lib/storage/contacted';
import { browserTimeZone, defaultSettings, loadSettings, watchSettings, type Settings } from '@/lib/storage/settings';
import { createAddressBook } from '@/lib/threads/clients';
import { SessionDismissals, type DismissalStore } from './dismissals';

/**
 * How long after a keystroke or a page change the draft is read again (for recipients, and for a line
 * the writer typed themselves). A throttle, not a debounce: Gmail changes its DOM many times a second,
 * and a timer reset on each change might never fire.
 */
const CHECK_DELAY_MS = 400;

/** Kept with a draft's dismissed findings: Add or Not now holds for that draft for the session. */
export const EXPECTATION_DISMISSAL_ID = 'candor:expectation-line';

/** Of a draft's keys (lib/mail/adapter draftKeys), those that name the same draft after a reload. */
export function durableDraftKeys(keys: readonly string[]): string[] {
  return keys.filter((k) => /^gmail:(?:draft|thread):/.test(k));
}

/** The UI language as one of the five, for an empty draft; English for any other. */
export function uiLang(locale: string): Lang {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}

/** The draft's language as the engine detects it, or the UI language when there is too little text. */
export function draftLang(text: string, fallback: Lang): Lang {
  return detectLanguage(text) ?? fallback;
}

/** The sentence to offer: the user's own wording for the language, else the generated one. */
export function offeredSentence(settings: Settings, lang: Lang, zone: string = browserTimeZone()): string {
  return settings.expectationLine.custom[lang] ?? expectationLine(settings, lang, { timeZone: zone });
}

/** The client addresses among a draft's recipients. */
export function clientRecipients(addresses: readonly string[], settings: Settings): string[] {
  const book = createAddressBook(settings);
  return addresses.filter((a) => book.side(a) === 'client');
}

/**
 * Whether to offer the line: it is on, the draft goes to at least one client never written to, and
 * the draft (signature included: many put their hours there) does not say it already.
 */
export function wantsOffer(input: { enabled: boolean; clients: readonly string[]; contacted: readonly boolean[]; draftText: string }): boolean {
  if (!input.enabled || input.clients.length === 0) return false;
  if (input.contacted.every(Boolean)) return false;
  return !hasExpectationLine(input.draftText);
}

interface OfferDeps {
  host: MailHost;
  match: EditorMatch;
  container: HTMLElement;
  settings: () => Settings;
  locale: () => string;
  announce: (text: string) => void;
  dismissals: DismissalStore;
  guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;
}

type OfferState = 'waiting' | 'shown' | 'done';

class ExpectationOffer {
  readonly editor: HTMLElement;
  readonly compose: Element;
  private readonly panel: ExpectationPanel;
  private readonly abort = new AbortController();
  private state: OfferState = 'waiting';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private seq = 0;
  private announced = false;
  /** What the box shows: Add inserts exactly this, even if the draft's language changed meanwhile. */
  private shownSentence = '';
  /** Answers from storage per recipient list: a scan per frame must not read storage each time. */
  private readonly contactedCache = new Map<string, boolean[]>();
  /** Whether this draft had the offer put away earlier in the session (a reload, the draft reopened). */
  private readonly putAway: Promise<boolean>;

  constructor(private readonly deps: OfferDeps) {
    this.editor = deps.match.editor;
    this.compose = deps.match.compose;
    this.panel = new ExpectationPanel(this.editor.ownerDocument, {
      add: deps.guard(() => this.add()),
      dismiss: deps.guard(() => this.finish(true, true)),
      leave: deps.guard(() => this.editor.focus({ preventScroll: true })),
    });
    deps.container.append(this.panel.element);
    this.putAway = deps.dismissals.load(this.draftKeys()).then(
      (ids) => ids.has(EXPECTATION_DISMISSAL_ID),
      () => false,
    );
    const opts = { capture: true, signal: this.abort.signal } as const;
    this.editor.addEventListener('input', deps.guard(() => this.check()), opts);
    this.editor.addEventListener('keydown', deps.guard((e: KeyboardEvent) => this.onKeyDown(e)), opts);
    this.check(0);
  }

  get isConnected(): boolean {
    return this.editor.isConnected;
  }

  /** Look again soon: recipients, settings or the draft may have changed. `delay` 0 looks now. */
  check(delay = CHECK_DELAY_MS): void {
    if (this.state === 'done') return;
    if (this.timer !== null) {
      if (delay > 0) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(this.deps.guard(() => {
      this.timer = null;
      void this.evaluate().catch((error: unknown) => console.debug('[candor]', error));
    }), delay);
  }

  /** The draft was sent: nothing more to offer in it. */
  sent(): void {
    this.finish(false, false);
  }

  /** Forget cached answers (a send elsewhere may have made a recipient known). */
  forgetContacted(): void {
    this.contactedCache.clear();
  }

  reposition(): void {
    if (!this.panel.shown) return;
    const win = this.editor.ownerDocument.defaultView!;
    this.panel.place(this.editor.isConnected ? this.editor.getBoundingClientRect() : null, { width: win.innerWidth, height: win.innerHeight });
  }

  destroy(): void {
    this.abort.abort();
    if (this.timer !== null) clearTimeout(this.timer);
    this.panel.element.remove();
  }

  /**
   * The draft's lasting identities only: Gmail's saved-draft id and the thread a reply belongs to.
   * Compose ids and Outlook's element ids are handed out again after a reload, to other drafts, and
   * would put the offer away in a draft that never had it.
   */
  private draftKeys(): string[] {
    return durableDraftKeys(draftKeys(this.deps.host, this.compose, this.editor.ownerDocument.defaultView?.location.href ?? ''));
  }

  private writerText(): string {
    return readText(this.editor, excludedNodes(this.deps.host, this.editor)).text;
  }

  /** The writer's text and the signature, without quoted history (a client's own line must not count). */
  private draftText(): string {
    const { nodes, historyStart } = excludedNodes(this.deps.host, this.editor);
    const quotes = nodes.filter((n) => n.matches('.gmail_quote, blockquote') || n.closest('.gmail_quote, blockquote'));
    return readText(this.editor, { nodes: quotes, historyStart }).text;
  }

  private sentence(): string {
    return offeredSentence(this.deps.settings(), draftLang(this.writerText(), uiLang(this.deps.locale())));
  }

  private async evaluate(): Promise<void> {
    const seq = ++this.seq;
    if (await this.putAway) {
      if (seq === this.seq) this.finish(false, false);
      return;
    }
    const settings = this.deps.settings();
    const to = recipients(this.deps.host, this.compose)
      .map((r) => r.address)
      .filter((a): a is string => a !== null);
    const clients = clientRecipients(to, settings);
    let contacted: boolean[] = [];
    if (settings.expectationLine.enabled && clients.length > 0) {
      const key = clients.join(',');
      contacted = this.contactedCache.get(key) ?? (await hasContacted(clients));
      this.contactedCache.set(key, contacted);
    }
    if (seq !== this.seq || this.state === 'done' || !this.editor.isConnected) return;
    // The draft is read only for a draft that may get the offer.
    const firstToClient = settings.expectationLine.enabled && clients.length > 0 && !contacted.every(Boolean);
    if (!firstToClient || !wantsOffer({ enabled: true, clients, contacted, draftText: this.draftText() })) {
      if (this.state === 'shown') this.hide();
      return;
    }
    this.shownSentence = this.sentence();
    this.panel.show(this.shownSentence, themeAround(this.editor));
    this.state = 'shown';
    this.reposition();
    if (!this.announced) {
      this.announced = true;
      this.deps.announce(strings.expectationAnnounce());
    }
  }

  private hide(): void {
    const hadFocus = this.panel.hasFocus;
    this.panel.hide();
    this.state = 'waiting';
    if (hadFocus) this.editor.focus({ preventScroll: true });
  }

  /** Put away for this compose: added, dismissed or sent; `remember` keeps it away after a reload. */
  private finish(returnFocus: boolean, remember: boolean): void {
    const hadFocus = this.panel.hasFocus;
    if (remember && this.state !== 'done') {
      this.deps.dismissals.add(this.draftKeys(), EXPECTATION_DISMISSAL_ID).catch(() => {
        /* kept for this page even when session storage is unavailable */
      });
    }
    this.state = 'done';
    this.seq++;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.panel.hide();
    if (returnFocus && hadFocus && this.editor.isConnected) this.editor.focus({ preventScroll: true });
  }

  private add(): void {
    if (this.state !== 'shown') return;
    const outcome = insertParagraph({
      root: this.editor,
      read: () => readText(this.editor, excludedNodes(this.deps.host, this.editor)),
      sentence: this.shownSentence,
      undo: undoStyle(this.deps.host),
    });
    if (outcome.ok) {
      this.finish(false, true);
      this.deps.announce(strings.expectationAdded());
      return;
    }
    const text = outcome.reason === 'failed' && !outcome.restored ? strings.expectationFailedDirty() : strings.expectationFailed();
    this.panel.setError(text);
    this.deps.announce(text);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (this.state !== 'shown' || e.isComposing || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyE') return;
    e.preventDefault();
    e.stopPropagation();
    this.panel.addButton.focus();
  }
}

export interface OffersDeps {
  host: MailHost;
  doc: Document;
  container: HTMLElement;
  locale: () => string;
  announce: (text: string) => void;
  guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;
  signal: AbortSignal;
  /** Where Add and Not now are remembered per draft; the session store unless a test passes one. */
  dismissals?: DismissalStore;
}

/** Every editor's offer on the page, the settings they follow, and what a Send teaches them. */
export class ExpectationOffers {
  private readonly offers = new Map<HTMLElement, ExpectationOffer>();
  private settings: Settings = defaultSettings();
  private readonly stopWatching: () => void;
  private readonly dismissals: DismissalStore;

  constructor(private readonly deps: OffersDeps) {
    this.dismissals = deps.dismissals ?? new SessionDismissals();
    const apply = deps.guard((s: Settings) => {
      this.settings = s;
      for (const offer of this.offers.values()) offer.check(0);
    });
    loadSettings().then(apply, () => {
      /* storage unavailable (extension reloading): defaults until it answers */
    });
    let stop: () => void = () => {};
    try {
      stop = watchSettings(apply);
    } catch {
      /* as above */
    }
    this.stopWatching = stop;
    deps.signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Called after each page scan with the editors found: new ones get an offer, gone ones lose it. */
  sync(editors: readonly EditorMatch[]): void {
    const seen = new Set<HTMLElement>();
    for (const match of editors) {
      seen.add(match.editor);
      const known = this.offers.get(match.editor);
      if (known) {
        // Recipient chips come and go without an input event in the body.
        known.check();
        continue;
      }
      this.offers.set(
        match.editor,
        new ExpectationOffer({
          host: this.deps.host,
          match,
          container: this.deps.container,
          settings: () => this.settings,
          locale: this.deps.locale,
          announce: this.deps.announce,
          dismissals: this.dismissals,
          guard: this.deps.guard,
        }),
      );
    }
    for (const [editor, offer] of this.offers) {
      if (seen.has(editor) && offer.isConnected) continue;
      offer.destroy();
      this.offers.delete(editor);
    }
  }

  /** The user sent `compose` to `to`: remember them, and put that compose's offer away. */
  sent(compose: Element, to: string[]): void {
    for (const offer of this.offers.values()) {
      if (offer.compose === compose || compose.contains(offer.editor)) offer.sent();
    }
    rememberContacted(to).then(
      () => {
        for (const offer of this.offers.values()) offer.forgetContacted();
      },
      () => {
        /* storage unavailable: the next draft may offer the line once more */
      },
    );
  }

  reposition(): void {
    for (const offer of this.offers.values()) offer.reposition();
  }

  destroy(): void {
    this.stopWatching();
    for (const offer of this.offers.values()) offer.destroy();
    this.offers.clear();
  }
}
