import { compromiseParser } from '../analysis/english-compromise';
import { analyze } from '../analysis/index';
import { withPhrasing } from '../analysis/phrasing';
import type { Lang } from '../analysis/types';
import { prepareSteps } from '../analysis/warm-up';
import type { EngineOptions } from './protocol';

export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

// Every language's start-up (lexicons, regex compiles, compromise's first parse) is done once the
// worker starts, in slices, so that a request arriving meanwhile waits for one slice at most.
const WARM_UP_ORDER: readonly Lang[] = ['en', 'ru', 'uk', 'pl', 'lv'];
const SLICE_MS = 20;

/**
 * The engine's worker: answers { id, text, options } with { id, result } (or { id, error }) and
 * warms every language up in the background. It runs in the extension's own offscreen document,
 * never in the mail page.
 */
export function startEngineWorker(scope: WorkerScope, warmUp = true): void {
  scope.addEventListener('message', (event) => {
    const { id, text, options } = event.data as { id: number; text: string; options: EngineOptions };
    try {
      // `analyze` from analysis/index brings the learned scorer: the weights load here, never in the page.
      const result = withPhrasing(analyze(text, { ...options, english: compromiseParser }));
      scope.postMessage({ id, result });
    } catch {
      scope.postMessage({ id, error: 'engine-failed' });
    }
  });
  if (!warmUp) return;
  const steps = (function* () {
    for (const lang of WARM_UP_ORDER) yield* prepareSteps(lang, compromiseParser);
  })();
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    try {
      while (performance.now() < until) if (steps.next().done) return;
    } catch {
      return;
    }
    setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}
