// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/analysis/core';
import { draftLanguage, uiLanguage, WarmUpScheduler } from './warm-up';

/** A window whose idle periods the test hands out itself, each with a budget in steps. */
function idleWindow() {
  const callbacks = new Map<number, IdleRequestCallback>();
  let lastHandle = 0;
  const win = {
    navigator: { language: 'lv-LV', languages: ['lv-LV', 'en'] },
    requestIdleCallback: (cb: IdleRequestCallback) => {
      callbacks.set(++lastHandle, cb);
      return lastHandle;
    },
    cancelIdleCallback: (handle: number) => callbacks.delete(handle),
  } as unknown as Window;
  // The deadline runs out after `steps` checks, as if each step took the whole margin.
  const idle = (steps: number) => {
    const [handle, cb] = callbacks.entries().next().value ?? [];
    if (!handle || !cb) return false;
    callbacks.delete(handle);
    let left = steps + 1;
    cb({ didTimeout: false, timeRemaining: () => (--left > 0 ? 10 : 0) });
    return true;
  };
  return { win, idle, pendingCount: () => callbacks.size };
}

function recordingSteps(log: string[], count: number) {
  return (lang: Lang) =>
    (function* () {
      for (let i = 0; i < count; i++) {
        log.push(`${lang}${i}`);
        yield;
      }
    })();
}

const guard =
  <A extends unknown[]>(fn: (...args: A) => void) =>
  (...args: A) => {
    try {
      fn(...args);
    } catch {
      /* as the content script's guard: errors stay inside */
    }
  };

function editorWith(...paragraphs: string[]): HTMLElement {
  const editor = document.createElement('div');
  for (const p of paragraphs) {
    const div = document.createElement('div');
    div.textContent = p;
    editor.append(div);
  }
  return editor;
}

describe('WarmUpScheduler', () => {
  it('runs steps only within idle periods, languages one after another, each once', () => {
    const { win, idle } = idleWindow();
    const log: string[] = [];
    const scheduler = new WarmUpScheduler({ win, signal: new AbortController().signal, guard, prepare: recordingSteps(log, 3) });
    scheduler.request('ru');
    scheduler.request('en');
    scheduler.request('ru');
    expect(log).toEqual([]);
    idle(2);
    expect(log).toEqual(['ru0', 'ru1']);
    while (idle(2));
    expect(log).toEqual(['ru0', 'ru1', 'ru2', 'en0', 'en1', 'en2']);
  });

  it('stops for good when the content script is invalidated', () => {
    const { win, idle, pendingCount } = idleWindow();
    const log: string[] = [];
    const controller = new AbortController();
    const scheduler = new WarmUpScheduler({ win, signal: controller.signal, guard, prepare: recordingSteps(log, 5) });
    scheduler.request('pl');
    idle(1);
    controller.abort();
    while (idle(5));
    scheduler.request('uk');
    expect(pendingCount()).toBe(0);
    expect(log).toEqual(['pl0']);
  });

  it('goes on with the next language when a step throws', () => {
    const { win, idle } = idleWindow();
    const log: string[] = [];
    const prepare = (lang: Lang) =>
      (function* () {
        log.push(lang);
        if (lang === 'uk') throw new Error('broken');
        yield;
      })();
    const scheduler = new WarmUpScheduler({ win, signal: new AbortController().signal, guard, prepare });
    scheduler.request('uk');
    scheduler.request('en');
    while (idle(5));
    expect(log).toEqual(['uk', 'en']);
  });

  it("prepares each draft's language, or the browser's before anything is written", () => {
    const { win, idle } = idleWindow();
    const log: string[] = [];
    const scheduler = new WarmUpScheduler({ win, signal: new AbortController().signal, guard, prepare: recordingSteps(log, 1) });
    scheduler.draftsSeen([]);
    scheduler.draftsSeen([editorWith('')]);
    scheduler.draftsSeen([editorWith('Добрый день! Пришлю макет до пятницы, как договаривались.')]);
    while (idle(5));
    expect(log).toEqual(['lv0', 'ru0']);
  });
});

describe('draft and browser languages', () => {
  it('reads the first paragraph with text', () => {
    expect(draftLanguage(editorWith('', 'Przepraszam, prześlę projekt jutro.', 'I will send it tomorrow, thanks.'))).toBe('pl');
    expect(draftLanguage(editorWith())).toBeNull();
  });

  it('maps the UI language to one the engine has, else English', () => {
    expect(uiLanguage({ language: 'uk-UA', languages: ['uk-UA'] })).toBe('uk');
    expect(uiLanguage({ language: 'de-DE', languages: ['de-DE', 'ru'] })).toBe('ru');
    expect(uiLanguage({ language: 'fr', languages: ['fr'] })).toBe('en');
  });
});
