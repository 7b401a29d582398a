import { Indicator } from '@/components/hints/indicator';
import { hits, intersect, type RectLike } from '@/components/hints/geometry';
import { worstSeverity } from '@/components/hints/severity';
import { strings } from '@/components/hints/strings';
import { themeAround } from '@/components/hints/theme';
import type { Hint, Theme } from '@/components/hints/types';
import type { Suggestion } from '@/lib/analysis/types';
import type { Engine } from '@/lib/engine/client';
import { ymd } from '@/lib/dates/calendar';
import { browserTimeZone } from '@/lib/storage/settings-schema';
import { replaceSpan } from '@/lib/editor/replace';
import { offsetOf, rangeFor, readText, type TextModel } from '@/lib/editor/text-model';
import { draftKeys, excludedNodes, recipients, undoStyle } from '@/lib/mail/adapter';
import type { MailHost } from '@/lib/mail/selectors';
import type { CardOwner, CardPresenter } from './card-presenter';
import type { DismissalStore } from './dismissals';
import { step, toHints } from './hints';
import type { HintsLayer } from './layer';
import type { Marks } from './marks';
import { hintsWanted, isIgnoredPhrase, type HintPreferences } from './preferences';
import { shortcutOf } from './shortcuts';

/** Async work stays inside Candor as well: a failure is logged for debugging, never thrown at the page. */
function contain(work: Promise<unknown>): void {
  work.catch((error: unknown) => console.debug('[candor]', error));
}

/** Quiet time after the last keystroke before the draft is read again. */
export const ANALYSIS_DELAY_MS = 180;
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 400;

export interface ControllerDeps {
  host: MailHost;
  editor: HTMLElement;
  compose: Element;
  layer: HintsLayer;
  marks: Marks;
  presenter: CardPresenter;
  preferences: () => HintPreferences;
  disableRule: (rule: Hint['finding']['rule']) => void;
  /** Where Ignore is remembered for the session, so a reload of the draft does not undo it. */
  dismissals: DismissalStore;
  announce: (text: string) => void;
  /** Analyses drafts off this page's main thread (the engine worker); answers arrive later. */
  engine: Engine;
  /** Runs a callback with errors contained, so nothing Candor does throws into the mail app. */
  guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;
  signal: AbortSignal;
}

/** One editor: reads its text after each pause, analyses it, and keeps marks, badge and card in step. */
export class EditorController implements CardOwner {
  readonly editor: HTMLElement;
  private readonly abort = new AbortController();
  private readonly indicator: Indicator;
  private readonly observer: MutationObserver;
  private readonly resize: ResizeObserver | null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;
  private hoverFrame: number | null = null;
  private model: TextModel | null = null;
  private hints: Hint[] = [];
  private ranges = new Map<string, Range>();
  private activeId: string | null = null;
  private readonly dismissed = new Set<string>();
  private theme: Theme = 'light';
  private hoveredId: string | null = null;
  private pointer: { x: number; y: number } | null = null;
  private destroyed = false;
  /** False for a draft the settings exclude (not to a client): no badge at all then. */
  private wanted = true;
  /** Where the caret was when focus last left the editor: Esc in a card puts it back there. */
  private caret: Range | null = null;
  /** Counts analyses asked for: only the answer to the latest is shown. */
  private analysisSeq = 0;
  /** The text the hints shown were found in (an analysis of newer text may be on its way). */
  private hintsText: string | null = null;
  /** Counts calls to schedule(): every edit and DOM change of the draft makes one. */
  private scheduled = 0;

  constructor(private readonly deps: ControllerDeps) {
    this.editor = deps.editor;
    const { guard } = deps;
    const signal = this.abort.signal;
    deps.signal.addEventListener('abort', () => this.destroy(), { signal });
    const win = this.editor.ownerDocument.defaultView!;

    this.indicator = new Indicator(this.editor.ownerDocument, guard((e: MouseEvent) => this.openList(e.detail === 0)));
    deps.layer.root.append(this.indicator.element);

    // Capture phase on the editor itself: roosterjs stops input and key events from propagating.
    const opts = { capture: true, signal } as const;
    this.editor.addEventListener('input', guard(() => this.schedule()), opts);
    this.editor.addEventListener('keydown', guard((e: KeyboardEvent) => this.onKeyDown(e)), opts);
    this.editor.addEventListener('pointermove', guard((e: PointerEvent) => this.onPointerMove(e)), { ...opts, passive: true });
    this.editor.addEventListener('pointerleave', guard(() => this.onPointerLeave()), { ...opts, passive: true });
    this.editor.addEventListener('click', guard((e: MouseEvent) => this.onClick(e)), opts);
    this.editor.addEventListener('focusout', guard(() => this.rememberCaret()), opts);
    // Changes that come without an input event: the app's own edits, undo, drafts restored.
    this.observer = new MutationObserver(guard(() => this.schedule()));
    this.observer.observe(this.editor, { characterData: true, childList: true, subtree: true });
    this.resize = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(guard(() => this.requestReposition())) : null;
    this.resize?.observe(this.editor);
    this.schedule(0);
    deps.dismissals.load(this.draftKeys()).then(
      guard((ids: Set<string>) => this.restoreDismissed(ids)),
      () => {
        /* session storage unavailable: Ignore lasts for this page only */
      },
    );
  }

  private draftKeys(): string[] {
    return draftKeys(this.deps.host, this.deps.compose, this.editor.ownerDocument.defaultView?.location.href ?? '');
  }

  /** Dismissals from earlier in the session arrive after the first analysis may have shown them. */
  private restoreDismissed(ids: Set<string>): void {
    if (this.destroyed) return;
    const before = this.dismissed.size;
    for (const id of ids) this.dismissed.add(id);
    // An analysis on its way leaves the dismissed findings out itself.
    if (this.dismissed.size === before || !this.model || this.model.text !== this.hintsText) return;
    this.showHints(this.model, this.hints.filter((h) => !this.dismissed.has(h.id)));
  }

  get isConnected(): boolean {
    return this.editor.isConnected;
  }

  /** Read and analyse after the writer pauses; a keystroke only resets a timer. */
  schedule(delay = ANALYSIS_DELAY_MS): void {
    if (this.destroyed) return;
    this.scheduled++;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(this.deps.guard(() => {
      this.timer = null;
      contain(this.refresh());
    }), delay);
  }

  /**
   * Recipients change without the draft changing (a chip added or removed): with hints for client
   * drafts only, that alone can turn them on or off. Called after page mutations, so it stays cheap
   * when the setting is "all drafts".
   */
  recipientsMayHaveChanged(): void {
    const prefs = this.deps.preferences();
    if (this.destroyed || prefs.hintsFor === 'all' || prefs.clients.length === 0) return;
    if (hintsWanted(recipients(this.deps.host, this.deps.compose), prefs) !== this.wanted) this.preferencesChanged();
  }

  /** Settings changed: analyse again now. */
  preferencesChanged(): void {
    this.model = null;
    this.schedule(0);
  }

  requestReposition(): void {
    if (this.frame !== null || this.destroyed) return;
    const win = this.editor.ownerDocument.defaultView!;
    this.frame = win.requestAnimationFrame(this.deps.guard(() => {
      this.frame = null;
      this.reposition();
    }));
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    this.observer.disconnect();
    this.resize?.disconnect();
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
    const win = this.editor.ownerDocument.defaultView;
    if (this.frame !== null) win?.cancelAnimationFrame(this.frame);
    if (this.hoverFrame !== null) win?.cancelAnimationFrame(this.hoverFrame);
    this.deps.marks.clear(this);
    this.deps.presenter.release(this);
    this.indicator.element.remove();
  }

  // ---- reading and analysing -------------------------------------------------------------

  private read(): TextModel {
    return readText(this.editor, excludedNodes(this.deps.host, this.editor));
  }

  /** Re-read the draft; analyse only when its text changed. Resolves once the hints are up to date. */
  private refresh(): Promise<unknown> {
    const model = this.read();
    if (this.model && this.model.text === model.text) {
      // Same words, new nodes (an app re-rendering its DOM): ranges must point at the live nodes.
      if (this.model.segments.some((s, i) => s.node !== model.segments[i]?.node)) this.showHints(model, this.hints);
      this.model = model;
      return Promise.resolve();
    }
    this.model = model;
    return this.analyseAndShow(model);
  }

  /**
   * Has `model` analysed and shows its hints, unless the draft changed or a newer analysis was asked
   * for meanwhile (that one will show its own). Resolves whether the hints shown are `model`'s.
   */
  private async analyseAndShow(model: TextModel, keepCard = false): Promise<boolean> {
    const seq = ++this.analysisSeq;
    const scheduled = this.scheduled;
    const hints = await this.analyse(model);
    if (this.destroyed || seq !== this.analysisSeq) return false;
    // The answer is for this text only. Without an edit or DOM change meanwhile (each schedules a
    // read) the model is still the draft; otherwise the draft is read again to tell.
    let live = model;
    if (this.scheduled !== scheduled) {
      live = this.read();
      if (live.text !== model.text) return false;
    }
    this.model = live;
    this.showHints(live, hints, keepCard);
    return true;
  }

  private async analyse(model: TextModel): Promise<Hint[]> {
    const prefs = this.deps.preferences();
    this.wanted = hintsWanted(recipients(this.deps.host, this.deps.compose), prefs);
    if (!this.wanted || prefs.rules.length === 0) return [];
    const ownTerms = prefs.ownTerms();
    const result = await this.deps.engine.analyze(model.text, {
      ...(prefs.timeZone ? { timeZone: prefs.timeZone } : {}),
      weekend: prefs.weekend,
      daysOff: prefs.daysOff,
      rules: prefs.rules,
      ...(ownTerms ? { ownTerms } : {}),
    });
    // An engine that could not answer shows as a clean draft: never as an error in the mail app.
    if (!result) return [];
    return toHints(model.text, result.findings, (id, finding) => this.dismissed.has(id) || isIgnoredPhrase(finding.text, prefs));
  }

  /** `keepCard`: an Apply is reporting into the open card, which must stay to say what happened. */
  private showHints(model: TextModel, hints: Hint[], keepCard = false): void {
    this.hints = hints;
    this.hintsText = model.text;
    this.ranges = new Map();
    for (const hint of hints) {
      const range = rangeFor(model, hint.finding.start, hint.finding.end);
      if (range) this.ranges.set(hint.id, range);
    }
    if (this.activeId && !this.ranges.has(this.activeId)) this.activeId = null;
    this.theme = themeAround(this.editor);
    this.paintMarks();
    this.indicator.update(hints.length, worstSeverity(hints.map((h) => h.finding.rule)), this.theme);
    this.reposition();
    const presenter = this.deps.presenter;
    if (presenter.openFor === this && !keepCard) {
      const shown = presenter.shownIds();
      // The list follows the draft; a single finding's card goes when its finding does.
      const next = presenter.showsList ? hints : hints.filter((h) => shown.includes(h.id));
      if (next.length === 0 && !presenter.showsList) presenter.close(false);
      else if (next.map((h) => h.id).join() !== shown.join()) presenter.update(next, this.activeId);
    }
  }

  private paintMarks(): void {
    const marks = this.hints.flatMap((h) => {
      const range = this.ranges.get(h.id);
      return range ? [{ range, severity: h.severity, active: h.id === this.activeId }] : [];
    });
    this.deps.marks.set(this, marks, () => this.visibleBox());
  }

  // ---- geometry --------------------------------------------------------------------------

  private visibleBox(): RectLike | null {
    const win = this.editor.ownerDocument.defaultView!;
    const box = this.editor.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return null;
    return intersect(box, { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight });
  }

  reposition(): void {
    if (this.destroyed) return;
    const win = this.editor.ownerDocument.defaultView!;
    const box = this.editor.getBoundingClientRect();
    this.indicator.place(this.editor.isConnected && this.wanted ? box : null, { width: win.innerWidth, height: win.innerHeight });
    this.deps.marks.refresh();
    if (this.deps.presenter.openFor === this) this.deps.presenter.reposition();
  }

  private hintAt(x: number, y: number): Hint | null {
    for (const hint of this.hints) {
      const range = this.ranges.get(hint.id);
      if (range && hits(Array.from(range.getClientRects()), x, y)) return hint;
    }
    return null;
  }

  private anchorFor(hintId: string): () => RectLike | null {
    return () => {
      const rects = this.ranges.get(hintId)?.getClientRects();
      if (!rects || rects.length === 0) return this.indicator.element.getBoundingClientRect();
      return rects[rects.length - 1];
    };
  }

  // ---- opening cards ---------------------------------------------------------------------

  private today(): string {
    return ymd(new Date(), this.deps.preferences().timeZone ?? browserTimeZone());
  }

  private openHint(hint: Hint, how: { pinned: boolean; focus: boolean }): void {
    this.setActive(hint.id);
    this.deps.presenter.open(this, { hints: [hint], list: false, activeId: hint.id, anchor: this.anchorFor(hint.id), today: this.today(), theme: this.theme, ...how });
    this.indicator.setExpanded(true);
  }

  /** `focus`: opened from the keyboard (a click with detail 0), so focus moves into the list. */
  private openList(focus: boolean): void {
    const presenter = this.deps.presenter;
    if (presenter.openFor === this && presenter.showsList) {
      presenter.close(true);
      return;
    }
    presenter.open(this, {
      hints: this.hints,
      list: true,
      activeId: this.activeId,
      anchor: () => this.indicator.element.getBoundingClientRect(),
      pinned: true,
      focus,
      today: this.today(),
      theme: this.theme,
    });
    this.indicator.setExpanded(true);
  }

  private setActive(id: string | null): void {
    if (this.activeId === id) return;
    this.activeId = id;
    this.paintMarks();
  }

  // ---- events ----------------------------------------------------------------------------

  private onPointerMove(e: PointerEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.hints.length === 0) return;
    const win = this.editor.ownerDocument.defaultView!;
    if (this.hoverFrame !== null) return;
    this.hoverFrame = win.requestAnimationFrame(this.deps.guard(() => {
      this.hoverFrame = null;
      this.hoverCheck();
    }));
  }

  private hoverCheck(): void {
    if (!this.pointer) return;
    const hint = this.hintAt(this.pointer.x, this.pointer.y);
    const presenter = this.deps.presenter;
    const id = hint?.id ?? null;
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(this.deps.guard(() => {
      this.hoverTimer = null;
      if (this.hoveredId !== id) return;
      if (hint && !presenter.pinned) this.openHint(hint, { pinned: false, focus: false });
      else if (!hint && presenter.openFor === this && !presenter.pinned && !presenter.hovered) presenter.close(false);
    }), hint ? HOVER_OPEN_MS : HOVER_CLOSE_MS);
  }

  private onPointerLeave(): void {
    this.pointer = null;
    this.hoveredId = null;
    const presenter = this.deps.presenter;
    if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(this.deps.guard(() => {
      this.hoverTimer = null;
      if (presenter.openFor === this && !presenter.pinned && !presenter.hovered) presenter.close(false);
    }), HOVER_CLOSE_MS);
  }

  private onClick(e: MouseEvent): void {
    const hint = this.hintAt(e.clientX, e.clientY);
    if (hint) this.openHint(hint, { pinned: true, focus: false });
  }

  /** Also called for keys pressed inside the card (the layer forwards them). */
  onKeyDown(e: KeyboardEvent): void {
    const action = shortcutOf(e);
    if (!action) return;
    const presenter = this.deps.presenter;
    if (action === 'close') {
      if (presenter.openFor !== this) return;
      presenter.close(true);
    } else if (action === 'apply') {
      const hint = this.hints.find((h) => h.id === this.activeId) ?? this.hintAtCaret();
      if (!hint) return;
      if (!(presenter.openFor === this && presenter.clickApply(hint.id))) this.apply(hint, hint.finding.suggestions[0] ?? null);
    } else if (presenter.openFor === this && !presenter.hasFocus) {
      // A card the pointer opened is the one the user is looking at: the first press goes into it.
      presenter.focusInside();
    } else {
      if (this.hints.length === 0) return;
      const next = step(this.hints, { activeId: this.activeId, caret: this.caretOffset() }, action === 'next' ? 1 : -1);
      if (!next) return;
      this.ranges.get(next.id)?.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      this.openHint(next, { pinned: true, focus: true });
    }
    e.preventDefault();
    e.stopPropagation();
  }

  private caretOffset(): number | null {
    const selection = this.editor.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0 || !this.model) return null;
    const node = selection.focusNode;
    if (!node || !this.editor.contains(node)) return null;
    return offsetOf(this.model, node, selection.focusOffset);
  }

  private hintAtCaret(): Hint | null {
    const caret = this.caretOffset();
    if (caret === null) return null;
    return this.hints.find((h) => h.finding.sentence.start <= caret && caret <= h.finding.sentence.end) ?? null;
  }

  // ---- card actions (CardOwner) ----------------------------------------------------------

  apply(hint: Hint, suggestion: Suggestion | null): void {
    if (!suggestion) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    // Offsets come from a fresh read: a pending re-analysis or an edit under the card must not
    // send the replacement to the wrong place.
    const model = this.read();
    if (model.text === this.hintsText) {
      this.applyLive(hint, suggestion);
      return;
    }
    this.model = model;
    contain(
      this.analyseAndShow(model, true).then((current) => {
        if (current) this.applyLive(hint, suggestion);
        else this.report(strings.changed());
      }),
    );
  }

  /** Applies `suggestion` for the finding as the latest analysis has it (the card's copy may be older). */
  private applyLive(hint: Hint, suggestion: Suggestion): void {
    const presenter = this.deps.presenter;
    const current = this.hints.find((h) => h.id === hint.id);
    if (!current) {
      this.report(strings.changed());
      return;
    }
    const target = current.finding.suggestions[0];
    if (!target || hint.replaces === null) return;
    const outcome = replaceSpan({
      root: this.editor,
      read: () => this.read(),
      start: target.start,
      end: target.end,
      expected: hint.replaces,
      replacement: suggestion.text,
      undo: undoStyle(this.deps.host),
    });
    if (outcome.ok) {
      // The caret now sits after the new sentence, where the user goes on writing.
      this.caret = null;
      this.activeId = null;
      presenter.close(false);
      this.deps.announce(strings.applied());
      this.model = null;
      contain(this.refresh());
      return;
    }
    this.report(outcome.reason === 'changed' ? strings.changed() : outcome.restored ? strings.applyFailed() : strings.applyFailedDirty());
    this.schedule(0);
  }

  /** Says in the open card (and to screen readers) why nothing was applied. */
  private report(text: string): void {
    this.deps.presenter.setNotice(text, 'error');
    this.deps.announce(text);
  }

  dismiss(hint: Hint): void {
    this.dismissed.add(hint.id);
    this.deps.dismissals.add(this.draftKeys(), hint.id).catch(() => {
      /* kept for this page even when storage is unavailable */
    });
    const rest = this.hints.filter((h) => h.id !== hint.id);
    if (this.model && this.model.text === this.hintsText) this.showHints(this.model, rest);
  }

  disableRule(hint: Hint): void {
    this.deps.disableRule(hint.finding.rule);
  }

  tabAnchor(): HTMLElement {
    return this.indicator.element;
  }

  private rememberCaret(): void {
    const selection = this.editor.ownerDocument.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    // A live copy: it follows edits made while the user is in the card.
    this.caret = range && this.editor.contains(range.startContainer) ? range.cloneRange() : null;
  }

  returnFocus(): void {
    const editor = this.editor;
    if (!editor.isConnected) return;
    const doc = editor.ownerDocument;
    const active = doc.activeElement;
    // Esc pressed in the draft itself (a hover card): the caret is where the user left it.
    if (active === editor || (active && editor.contains(active))) return;
    editor.focus({ preventScroll: true });
    const caret = this.caret;
    const selection = doc.getSelection();
    if (caret && selection && caret.startContainer.isConnected && editor.contains(caret.startContainer)) {
      selection.removeAllRanges();
      selection.addRange(caret);
    }
  }

  cardClosed(): void {
    this.indicator.setExpanded(false);
    this.setActive(null);
  }
}
