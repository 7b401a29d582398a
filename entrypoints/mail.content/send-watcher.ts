/**
 * Notices when the user sends a message, the way ThreadsCollector does (a click on the app's Send
 * button, or Ctrl/Cmd+Enter in a compose window), and reports the compose and its recipients. It
 * reads the page only; what a send means is the caller's business (the expectation line remembers
 * whom the user has written to).
 */
import { recipients } from '@/lib/mail/adapter';
import { HOST_SELECTORS, SEND_BUTTON_SELECTORS, type MailHost } from '@/lib/mail/selectors';

export interface SendWatcherDeps {
  host: MailHost;
  doc: Document;
  onSend: (compose: Element, to: string[]) => void;
  guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;
  signal: AbortSignal;
}

function closestAny(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = el.closest(selector);
      if (found) return found;
    } catch {
      /* a selector this engine does not know */
    }
  }
  return null;
}

/** The compose window a click or key press sends, or null when it sends nothing. */
export function sentCompose(host: MailHost, event: { type: string; target: EventTarget | null; key?: string; ctrlKey?: boolean; metaKey?: boolean; repeat?: boolean }): Element | null {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return null;
  if (event.type === 'keydown') {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.repeat) return null;
    return closestAny(target, HOST_SELECTORS[host].compose);
  }
  const button = closestAny(target, SEND_BUTTON_SELECTORS[host]);
  return button ? closestAny(button, HOST_SELECTORS[host].compose) : null;
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
