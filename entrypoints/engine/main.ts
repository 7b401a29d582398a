import { acceptsSender, ownExtension } from '@/lib/background/senders';
import { serveEngine } from '@/lib/engine/document';
import { ENGINE_REQUEST } from '@/lib/engine/protocol';

const ownIdentity = ownExtension(browser.runtime);

// The offscreen document the background opens for analysis (lib/engine/document.ts).
serveEngine({
  worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  runtime: browser.runtime,
  senderAllowed: (sender) => acceptsSender(ENGINE_REQUEST, sender, ownIdentity),
});
