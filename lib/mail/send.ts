/**
 * When the user sends: a click on the app's Send button, or Ctrl/Cmd+Enter in a compose window. Both
 * the thread collector (the reply answers the client) and the expectation line (whom the user has
 * written to) listen for it, in the capture phase, before the app's own handler removes the compose.
 *
 *   sentCompose(host, event)  -> the compose window the event sends, or null
 */
import { HOST_SELECTORS, SEND_BUTTON_SELECTORS, type MailHost } from './selectors';

export function closestAny(el: Element, selectors: readonly string[]): Element | null {
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

export interface SendEventLike {
  type: string;
  target: EventTarget | null;
  key?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  repeat?: boolean;
}

/** The compose window a click or key press sends, or null when it sends nothing. */
export function sentCompose(host: MailHost, event: SendEventLike): Element | null {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return null;
  if (event.type === 'keydown') {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.repeat) return null;
    return closestAny(target, HOST_SELECTORS[host].compose);
  }
  const button = closestAny(target, SEND_BUTTON_SELECTORS[host]);
  return button ? closestAny(button, HOST_SELECTORS[host].compose) : null;
}
