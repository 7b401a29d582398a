/**
 * Where each mail app keeps its compose window, body, history, signature and recipients.
 * Every role lists candidates best first; the later ones are what older or partially rolled-out
 * layouts use. Sources: ../shared/notes/mail-dom.md (InboxSDK, gmail.js, Briskine, Mailvelope).
 * Nobody here can check the live apps, so an entry that stops matching must fail soft: see adapter.ts.
 */

export type MailHost = 'gmail' | 'outlook';

export interface HostSelectors {
  /** Any of these shows the app itself is on the page (its frame has loaded), composing or not. */
  shell: readonly string[];
  /** The compose window (pop-up, inline reply, full screen). */
  compose: readonly string[];
  /** The message body's contenteditable, searched inside a compose window. */
  body: readonly string[];
  /** Subtrees inside the body that are not the writer's text. */
  excluded: readonly string[];
  /** The first of these inside the body starts someone else's text: it and everything after it is skipped. */
  historyStart: readonly string[];
  /** Recipient chips; how to read each is in adapter.ts. */
  recipients: readonly RecipientSelector[];
  /** How an outside edit keeps the app's undo history whole. */
  undo: 'native' | 'roosterjs';
}

export interface RecipientSelector {
  selector: string;
  read: 'hovercard' | 'hidden-input' | 'chip-text';
}

const GMAIL: HostSelectors = {
  shell: ['[gh=cm]', 'div.aeN', '.nH [role=main]', 'div[role=main]'],
  compose: ['div.M9', '.I5', '.aaZ', '[role=dialog] form', '.aSs .aSt'],
  body: ['[g_editable=true]', '.Am.Al.editable', 'div[contenteditable=true][role=textbox]'],
  excluded: ['.gmail_quote', '.gmail_signature', '[data-smartmail=gmail_signature]', '.gmail_signature_prefix'],
  historyStart: [],
  recipients: [
    { selector: '[role=option][data-hovercard-id]', read: 'hovercard' },
    { selector: '.vR input[type=hidden]', read: 'hidden-input' },
  ],
  undo: 'native',
};

const OUTLOOK: HostSelectors = {
  shell: ['meta[content*="owamail"]', '[role=main]', '[data-app-section]'],
  compose: ['[id*="docking_InitVisiblePart"]', '[data-app-section="Form_Content"]'],
  body: [
    'div[contenteditable=true][aria-multiline=true]',
    '[contenteditable=true][role=textbox][aria-multiline=true]',
    '[contenteditable=true][aria-multiline=true]',
  ],
  excluded: ['#Signature', '[id^="Signature"]', '#x_Signature', '.gmail_quote'],
  // Outlook puts the reply's history after these markers, as siblings of the writer's paragraphs.
  historyStart: ['#appendonsend', '#divRplyFwdMsg', '#x_divRplyFwdMsg'],
  recipients: [{ selector: '[class*="textContainer-"]', read: 'chip-text' }],
  undo: 'roosterjs',
};

export const HOST_SELECTORS: Readonly<Record<MailHost, HostSelectors>> = { gmail: GMAIL, outlook: OUTLOOK };

const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

/** Which table applies to a page, from its host name; null for any other site. */
export function hostOf(hostname: string): MailHost | null {
  const h = hostname.toLowerCase();
  if (h === 'mail.google.com') return 'gmail';
  if (OUTLOOK_HOSTS.has(h)) return 'outlook';
  return null;
}
