import { serveEngine } from '@/lib/engine/document';

// The offscreen document the background opens for analysis (lib/engine/document.ts).
serveEngine({
  worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  runtime: browser.runtime,
});
