/**
 * Notices when the user sends a message (lib/mail/send.ts, as ThreadsCollector does) and reports the
 * compose and its recipients. It
 * reads the page only; what a send means is the caller's business (the expectation line remembers
 * whom the user has written to).
 */
import { recipients } from '@/lib/mail/adapter';
import type { MailHost } from '@/lib/mail/selectors';
import { sentCompose } from '@/lib/mail/send';

export { sentCompose } from '@/lib/mail/send';

export interface SendWatcherDeps {
  host: MailHost;
  doc: Document;
  onSend: (compose: Element, to: string[]) => void;
  guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;
  signal: AbortSignal;
}

export class SendWatcher {
  constructor(private readonly deps: SendWatcherDeps) {
    // Capture phase: the app's own handler removes the compose and its recipient chips.
    const listen = { capture: true, signal: deps.signal } as const;
    const handle = deps.guard((e: Event) => this.onEvent(e));
    deps.doc.addEventListener('click', handle, listen);
    deps.doc.addEventListener('keydown', handle, listen);
  }

  private onEvent(e: Event): void {
    const compose = sentCompose(this.deps.host, e as KeyboardEvent);
    if (!compose) return;
    const to = recipients(this.deps.host, compose)
      .map((r) => r.address)
      .filter((a): a is string => a !== null);
    // Without a recipient the app refuses to send.
    if (to.length > 0) this.deps.onSend(compose, to);
  }
}
