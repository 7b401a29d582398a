import { HintCard, type StatusKind } from '@/components/hints/card';
import { placeCard, type RectLike } from '@/components/hints/geometry';
import type { CardActions, Hint, Theme } from '@/components/hints/types';
import type { Suggestion } from '@/lib/analysis/types';

/** What a card is opened for: one finding (a mark) or the whole list (the indicator). */
export interface CardRequest {
  hints: Hint[];
  /** The indicator's list of every finding, rather than one mark's card. */
  list: boolean;
  activeId: string | null;
  anchor: () => RectLike | null;
  /** Opened on purpose (click, keyboard): stays until closed; a hover card closes when the pointer leaves. */
  pinned: boolean;
  /** Move focus into the card (keyboard and screen-reader users). */
  focus: boolean;
  today: string;
  theme: Theme;
}

export interface CardOwner extends Omit<CardActions, 'close'> {
  /** The control the card follows in tab order (the editor's indicator), so Tab from it enters the card. */
  tabAnchor(): HTMLElement;
  /** Where focus goes back to when the card closes from the keyboard. */
  returnFocus(): void;
  cardClosed(): void;
}

/** The page's single card, lent to whichever editor opened it last. */
export class CardPresenter {
  readonly card: HintCard;
  private owner: CardOwner | null = null;
  private request: CardRequest | null = null;
  private pointerInside = false;

  constructor(doc: Document, container: HTMLElement) {
    this.card = new HintCard(doc, {
      apply: (hint: Hint, s: Suggestion | null) => this.owner?.apply(hint, s),
      dismiss: (hint: Hint) => this.owner?.dismiss(hint),
      disableRule: (hint: Hint) => this.owner?.disableRule(hint),
      close: (returnFocus: boolean) => this.close(returnFocus),
    });
    this.card.element.addEventListener('pointerenter', () => (this.pointerInside = true));
    this.card.element.addEventListener('pointerleave', () => {
      this.pointerInside = false;
      // A hover card goes when the pointer leaves it, unless it comes back in time.
      if (this.pinned) return;
      setTimeout(() => {
        if (!this.pointerInside && !this.pinned) this.close(false);
      }, 400);
    });
    container.append(this.card.element);
  }

  get openFor(): CardOwner | null {
    return this.card.isOpen ? this.owner : null;
  }

  get pinned(): boolean {
    return !!this.request?.pinned;
  }

  get showsList(): boolean {
    return !!this.request?.list;
  }

  get hovered(): boolean {
    return this.pointerInside;
  }

  shownIds(): string[] {
    return this.card.shownHints.map((h) => h.id);
  }

  open(owner: CardOwner, request: CardRequest): void {
    if (this.owner && this.owner !== owner) this.owner.cardClosed();
    this.owner = owner;
    this.request = request;
    // Moving a node drops the focus inside it, so the card only moves when it opens for another editor.
    const anchor = owner.tabAnchor();
    if (anchor.nextElementSibling !== this.card.element) anchor.after(this.card.element);
    this.card.render(request.hints, { today: request.today, theme: request.theme, activeId: request.activeId });
    this.reposition();
    if (request.focus) this.focusInside();
  }

  /** Whether keyboard focus is in the card (a screen reader is reading it, or Tab brought the user there). */
  get hasFocus(): boolean {
    return this.card.isOpen && this.card.element.matches(':focus-within');
  }

  /**
   * The keyboard route into a card that opened on hover or click without taking focus: focus goes to
   * the active finding's first control, and the card stays until it is closed.
   */
  focusInside(): void {
    if (!this.card.isOpen || !this.request) return;
    this.request = { ...this.request, pinned: true };
    const activeId = this.request.activeId;
    if (activeId && this.card.shownHints.some((h) => h.id === activeId)) this.card.focusHint(activeId);
    else this.card.element.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }

  /** Re-render the same request with fresh hints (after an analysis), keeping its anchor and mode. */
  update(hints: Hint[], activeId: string | null): void {
    if (!this.request || !this.owner) return;
    this.request = { ...this.request, hints, activeId, focus: false };
    this.card.render(hints, { today: this.request.today, theme: this.request.theme, activeId }, true);
    this.reposition();
  }

  /** A message for the whole card, kept while the card re-renders with fresh findings. */
  setNotice(text: string, kind: StatusKind): void {
    this.card.setNotice(text, kind);
  }

  close(returnFocus = false): void {
    if (!this.card.isOpen) return;
    const owner = this.owner;
    const hadFocus = this.card.element.matches(':focus-within');
    this.card.hide();
    this.request = null;
    this.owner = null;
    this.pointerInside = false;
    owner?.cardClosed();
    if (owner && (returnFocus || hadFocus)) owner.returnFocus();
  }

  /** Closes the card if `owner` holds it (its editor went away). */
  release(owner: CardOwner): void {
    if (this.owner === owner) this.close(false);
  }

  reposition(): void {
    if (!this.card.isOpen || !this.request) return;
    const anchor = this.request.anchor();
    const view = this.card.element.ownerDocument.defaultView;
    if (!anchor || !view) return;
    const el = this.card.element;
    const size = { width: el.offsetWidth || 380, height: el.offsetHeight || 200 };
    const { left, top } = placeCard(anchor, size, { width: view.innerWidth, height: view.innerHeight });
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }

  /** Press the Apply button of a finding shown in the card, so the picked date is used. */
  clickApply(hintId: string): boolean {
    const section = Array.from(this.card.element.querySelectorAll<HTMLElement>('[data-candor-finding]')).find((s) => s.dataset.hintId === hintId);
    const button = section?.querySelector<HTMLButtonElement>('[data-candor-apply]');
    if (!button) return false;
    button.click();
    return true;
  }
}
