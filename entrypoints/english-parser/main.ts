import { serveParser } from '@/lib/english/parser-document';

// The offscreen document the background opens for English parsing (lib/english/parser-document.ts).
serveParser({
  worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  runtime: browser.runtime,
});
