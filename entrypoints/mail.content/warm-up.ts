import { detectLanguage, prepareSteps, type Lang } from '@/lib/analysis/core';

// Steps are stopped this far before the browser's idle deadline: a step may overrun its estimate.
const DEADLINE_MARGIN_MS = 2;
// An idle period can last 50 ms, and an idle callback that fills it is itself a long task for the
// page: a slice stops after this long even when the browser offers more.
const SLICE_BUDGET_MS = 8;
// Without requestIdleCallback, a timer every so often stands in for an idle period (the slice budget
// still bounds it).
const FALLBACK_IDLE_MS = 50;
const FALLBACK_GAP_MS = 100;
// The first paragraph is read up to this length: enough letters to tell a language.
const PARAGRAPH_SAMPLE = 400;

const LANGS: readonly Lang[] = ['en', 'ru', 'uk', 'pl', 'lv'];

type IdleDeadlineLike = Pick<IdleDeadline, 'timeRemaining'>;

export interface WarmUpOptions {
  win: Window;
  signal: AbortSignal;
  guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;
  /** The steps that prepare a language; the engine's own unless a test swaps them. */
  prepare?: (lang: Lang) => Iterator<void>;
}

/**
 * Runs the engine's start-up work for the languages being written in, a few steps per idle period, so
 * that no part of it is one long task on the mail page. Each language is prepared once, in the order
 * asked for; analysis stays correct whatever was prepared when it runs.
 */
export class WarmUpScheduler {
  private readonly queue: Lang[] = [];
  private readonly requested = new Set<Lang>();
  /** Editors whose draft language has been read (and asked for). */
  private readonly told = new WeakSet<HTMLElement>();
  private current: Iterator<void> | null = null;
  private pending: (() => void) | null = null;
  private readonly prepare: (lang: Lang) => Iterator<void>;

  constructor(private readonly options: WarmUpOptions) {
    this.prepare = options.prepare ?? prepareSteps;
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Prepares `lang` after the languages already asked for; asking again does nothing. */
  request(lang: Lang): void {
    if (this.options.signal.aborted || this.requested.has(lang)) return;
    this.requested.add(lang);
    this.queue.push(lang);
    this.schedule();
  }

  /**
   * Called with the page's editors on every scan: each draft's language is prepared once it can be told
   * from the first paragraph. Before anything is written, the browser's language is the best guess.
   */
  draftsSeen(editors: readonly HTMLElement[]): void {
    if (editors.length === 0) return;
    const langs: Lang[] = [];
    for (const editor of editors) {
      // Scans run on every frame the page changes, typing included: a draft's language is read once.
      if (this.told.has(editor)) continue;
      const lang = draftLanguage(editor);
      if (lang === null) continue;
      this.told.add(editor);
      langs.push(lang);
    }
    if (this.requested.size === 0 && langs.length === 0) langs.push(uiLanguage(this.options.win.navigator));
    for (const lang of langs) this.request(lang);
  }

  private get hasWork(): boolean {
    return this.current !== null || this.queue.length > 0;
  }

  private schedule(): void {
    if (this.pending || !this.hasWork || this.options.signal.aborted) return;
    const { win, guard } = this.options;
    const slice = guard((deadline: IdleDeadlineLike) => {
      this.pending = null;
      try {
        this.runUntil(deadline);
      } finally {
        // A step that threw has ended its language's steps: the rest of the queue still goes on.
        this.schedule();
      }
    });
    // No timeout: a busy page is exactly when warm-up must wait.
    if (typeof win.requestIdleCallback === 'function') {
      const handle = win.requestIdleCallback(slice);
      this.pending = () => win.cancelIdleCallback(handle);
    } else {
      const handle = win.setTimeout(() => {
        slice({ timeRemaining: () => FALLBACK_IDLE_MS });
      }, FALLBACK_GAP_MS);
      this.pending = () => win.clearTimeout(handle);
    }
  }

  private runUntil(deadline: IdleDeadlineLike): void {
    const sliceEnd = performance.now() + SLICE_BUDGET_MS;
    while (!this.options.signal.aborted && deadline.timeRemaining() > DEADLINE_MARGIN_MS && performance.now() < sliceEnd) {
      if (!this.current) {
        const lang = this.queue.shift();
        if (!lang) return;
        this.current = this.prepare(lang);
      }
      const steps = this.current;
      // Cleared first, so a step that throws does not leave a broken iterator to be resumed.
      this.current = null;
      if (!steps.next().done) this.current = steps;
    }
  }

  private stop(): void {
    this.pending?.();
    this.pending = null;
    this.queue.length = 0;
    this.current = null;
  }
}

/** The language of a draft's first paragraph, when it has enough letters to tell. */
export function draftLanguage(editor: HTMLElement): Lang | null {
  for (const node of Array.from(editor.childNodes)) {
    const text = (node.textContent ?? '').trim();
    if (text) return detectLanguage(text.slice(0, PARAGRAPH_SAMPLE));
  }
  return null;
}

/** The browser's UI language when the engine has it (navigator.language "pl-PL" is Polish), else English. */
export function uiLanguage(nav: Pick<Navigator, 'language' | 'languages'>): Lang {
  for (const tag of [nav.language, ...(nav.languages ?? [])]) {
    const primary = (tag ?? '').toLowerCase().split('-')[0];
    const lang = LANGS.find((l) => l === primary);
    if (lang) return lang;
  }
  return 'en';
}
