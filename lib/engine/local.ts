import { analyze } from '../analysis/index';
import { withPhrasing } from '../analysis/phrasing';
import type { Engine } from './client';

/**
 * The engine in this thread, answering as the worker does (a structured copy, phrasing attached):
 * for tests of the page's code, and for anything else that runs where the engine can be loaded.
 */
export const localEngine: Engine = {
  async analyze(text, options) {
    return structuredClone(withPhrasing(analyze(text, options)));
  },
};
