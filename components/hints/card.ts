import { refillPlaceholder } from '@/lib/analysis/fill';
import type { Suggestion } from '@/lib/analysis/types';
import { h } from './dom';
import { strings } from './strings';
import type { CardActions, Hint, Theme } from './types';

/**
 * The card that explains findings: one section per finding with what is wrong, the suggested sentence,
 * a date picker when Candor proposed the date, and Apply / Ignore / Turn off this rule.
 * It only renders and reports clicks; the controller decides what they do.
 */

export interface CardOptions {
  /** Today in the writer's zone, "YYYY-MM-DD": the earliest day the picker offers. */
  today: string;
  theme: Theme;
  activeId: string | null;
}

export type StatusKind = 'info' | 'error';

const YMD = /^\d{4}-\d{2}-\d{2}$/;

let cardCount = 0;

export class HintCard {
  readonly element: HTMLElement;
  private readonly doc: Document;
  private readonly items = new Map<string, { section: HTMLElement; apply: HTMLButtonElement | null }>();
  private hints: Hint[] = [];
  /** A card-wide message (a failed Apply) that outlives re-renders until the card closes. */
  private readonly notice: HTMLElement;

  constructor(doc: Document, private readonly actions: CardActions) {
    this.doc = doc;
    const titleId = `candor-card-title-${++cardCount}`;
    this.element = h(doc, 'div', { class: 'card', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': titleId, hidden: true });
    this.element.dataset.titleId = titleId;
    this.notice = h(doc, 'p', { class: 'status notice', role: 'alert', hidden: true });
    this.element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.actions.close(true);
      }
    });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  get shownHints(): readonly Hint[] {
    return this.hints;
  }

  /** Fill the card with `hints`; it is positioned by the caller. A notice is kept only with `keepNotice`. */
  render(hints: Hint[], options: CardOptions, keepNotice = false): void {
    if (!keepNotice) this.setNotice(null);
    const doc = this.doc;
    this.hints = hints;
    this.items.clear();
    const header = h(
      doc,
      'div',
      { class: 'header' },
      h(doc, 'h2', { id: this.element.dataset.titleId }, strings.cardTitle()),
    );
    const body: Node[] = hints.length ? hints.map((hint) => this.section(hint, options)) : [h(doc, 'p', {}, strings.none())];
    const close = h(doc, 'button', { type: 'button', class: 'close', 'data-candor-close': true }, strings.close());
    keepEditorFocus(close);
    close.addEventListener('click', () => this.actions.close(true));
    this.element.dataset.theme = options.theme;
    this.element.replaceChildren(header, this.notice, ...body, h(doc, 'p', { class: 'hint' }, strings.shortcuts()), close);
    this.element.hidden = false;
  }

  hide(): void {
    this.setNotice(null);
    this.element.hidden = true;
    this.element.replaceChildren();
    this.items.clear();
    this.hints = [];
  }

  setNotice(text: string | null, kind: StatusKind = 'error'): void {
    this.notice.textContent = text ?? '';
    this.notice.hidden = !text;
    this.notice.dataset.kind = kind;
  }

  /** Move keyboard focus to a finding's first control, so a screen reader reads it. */
  focusHint(hintId: string): void {
    const item = this.items.get(hintId);
    const target = item?.apply ?? item?.section.querySelector<HTMLElement>('button');
    target?.focus({ preventScroll: true });
  }

  private section(hint: Hint, options: CardOptions): HTMLElement {
    const doc = this.doc;
    const { finding } = hint;
    const base: Suggestion | null = finding.suggestions[0] ?? null;
    let current = base;
    const ids = `candor-${hint.id.replace(/[^a-z0-9]/gi, '')}-${++cardCount}`;
    const preview = base ? h(doc, 'p', { class: 'suggestion', id: `${ids}-s`, lang: base.lang }, base.text) : null;

    let picker: HTMLInputElement | null = null;
    if (base?.placeholder) {
      picker = h(doc, 'input', { type: 'date', 'data-candor-date': true, min: options.today });
      picker.value = base.placeholder.proposed;
      picker.addEventListener('input', () => {
        const day = picker!.value;
        if (!YMD.test(day)) return;
        current = refillPlaceholder(base, day, options.today);
        preview!.textContent = current.text;
      });
    }

    const apply = base ? h(doc, 'button', { type: 'button', class: 'primary', 'data-candor-apply': true, 'aria-describedby': `${ids}-s`, 'aria-keyshortcuts': 'Alt+Shift+Enter' }, strings.apply()) : null;
    const dismiss = h(doc, 'button', { type: 'button', 'data-candor-dismiss': true }, strings.ignore());
    const disable = h(doc, 'button', { type: 'button', 'data-candor-disable-rule': true }, strings.disableRule());
    for (const button of [apply, dismiss, disable]) if (button) keepEditorFocus(button);
    apply?.addEventListener('click', () => {
      // The picker may hold a half-typed date: only a whole, not-past day replaces the proposal.
      const day = picker?.value ?? '';
      const chosen = base && picker && YMD.test(day) && day >= options.today ? refillPlaceholder(base, day, options.today) : current;
      this.actions.apply(hint, chosen);
    });
    dismiss.addEventListener('click', () => this.actions.dismiss(hint));
    disable.addEventListener('click', () => this.actions.disableRule(hint));

    const section = h(
      doc,
      'section',
      {
        class: 'finding',
        'data-candor-finding': finding.rule,
        'data-hint-id': hint.id,
        'data-severity': hint.severity,
        'data-active': options.activeId === hint.id,
        role: 'group',
        'aria-label': strings.ruleName(finding.rule),
        lang: finding.lang,
      },
      h(doc, 'h3', {}, strings.ruleName(finding.rule)),
      h(doc, 'p', { class: 'flagged' }, finding.text),
      h(doc, 'p', { class: 'message' }, finding.message),
      preview ? h(doc, 'p', { class: 'label' }, strings.suggestionLabel()) : h(doc, 'p', { class: 'label' }, strings.noSuggestion()),
      preview,
      picker ? h(doc, 'label', {}, strings.dateLabel(), picker) : null,
      h(doc, 'div', { class: 'actions' }, apply, dismiss, disable),
    );
    this.items.set(hint.id, { section, apply });
    return section;
  }
}

/**
 * A click on a card button must not take focus (and the caret) away from the editor: Apply puts the
 * text where the caret's editor is, and the user goes on typing after it. Keyboard users still reach
 * the buttons with Tab.
 */
function keepEditorFocus(button: HTMLElement): void {
  button.addEventListener('pointerdown', (e) => e.preventDefault());
  button.addEventListener('mousedown', (e) => e.preventDefault());
}
