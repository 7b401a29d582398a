import { parseColleagueCommitments } from '@/lib/analysis/english-compromise';
import type { Hit } from '@/lib/analysis/pattern';

/**
 * compromise in a worker of the parser document: loading it (≈⅓ s) and its first parse (≈80 ms)
 * happen here, on no page's main thread. Each message is { id, sentences }; the answer is
 * { id, results } or { id, error } for that batch.
 */
self.addEventListener('message', (event: MessageEvent<{ id: number; sentences: string[] }>) => {
  const { id, sentences } = event.data;
  try {
    const results: Hit[][] = sentences.map((s) => parseColleagueCommitments(s));
    self.postMessage({ id, results });
  } catch {
    self.postMessage({ id, error: 'parser-failed' });
  }
});
