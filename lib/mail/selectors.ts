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

/**
 * Where each mail app shows threads: the rows of its thread list and the messages of an open thread.
 * Each role lists candidates best first, like HOST_SELECTORS. Gmail's come from InboxSDK and gmail.js
 * (../shared/notes/mail-dom.md). Outlook's list rows (data-convid) come from the same notes; the
 * reading-pane entries are not in any source we have and are kept generic on purpose: when they
 * match nothing, only the list rows are read.
 */
export interface ThreadSelectors {
  /** One row per thread in a list. */
  row: readonly string[];
  /** Inside a row (or on it): the element carrying the thread id, and which attributes hold it. */
  rowId: readonly { selector: string; attribute: string }[];
  /** Inside a row: participants' addresses, in an attribute or as "Name <address>" text. */
  rowParticipant: readonly { selector: string; attribute?: string }[];
  rowSubject: readonly string[];
  /** Inside a row: the element whose `title` holds the latest message's full date. */
  rowDate: readonly string[];
  /** The row itself matches one of these when it is unread. */
  rowUnread: readonly string[];
  /** The open thread's subject heading (Gmail also puts the thread id on it). */
  openSubject: readonly string[];
  /** One element per message of the open thread. */
  openMessage: readonly string[];
  /** Inside a message: the sender, address in an attribute or as text. */
  openSender: readonly { selector: string; attribute?: string }[];
  /** Inside a message: the element whose `title` holds its full date. */
  openDate: readonly string[];
}

const GMAIL_THREADS: ThreadSelectors = {
  row: ['tr.zA[role=row]', 'tr.zA', '[role=main] tr[role=row]:has([data-thread-id])'],
  rowId: [
    { selector: '[data-legacy-thread-id]', attribute: 'data-legacy-thread-id' },
    { selector: '[data-thread-id]', attribute: 'data-thread-id' },
  ],
  rowParticipant: [{ selector: 'span[email][name]', attribute: 'email' }, { selector: '.yW [email]', attribute: 'email' }],
  rowSubject: ['.y6 > span', '.bog', '.y6'],
  rowDate: ['td.xW > span[title]', '.xW [title]', 'td[role=gridcell] span[title]'],
  rowUnread: ['.zE'],
  openSubject: ['h2.hP', '.ha h2'],
  openMessage: ['.adn[data-message-id]', '.adn[data-legacy-message-id]', '.adn'],
  openSender: [{ selector: 'span.gD[email]', attribute: 'email' }, { selector: '.gD[data-hovercard-id]', attribute: 'data-hovercard-id' }],
  openDate: ['span.g3[title]', '.g3[title]', '.gH [title]'],
};

/**
 * Outlook's list rows: `[role=option][data-convid]` with an `aria-label` reading sender, subject, time
 * and preview; inside, spans with a `title`: the sender's address, the subject, the received time.
 * Their class names are build hashes (`OZZZK` sender, `TtcXM` subject, `_rWRU` time in the generation
 * public scripts key on; docs/mail-dom.md), tried first and never alone. No real build uses `.subject`
 * or `.date`: a row whose subject span matches nothing takes its subject from the row's label.
 */
const OUTLOOK_THREADS: ThreadSelectors = {
  row: ['[role=listbox] [role=option][data-convid]', '[data-convid][role=option]'],
  rowId: [{ selector: ':scope', attribute: 'data-convid' }],
  rowParticipant: [{ selector: 'span[title*="@"]', attribute: 'title' }, { selector: '[title*="@"]', attribute: 'title' }, { selector: '[data-email]', attribute: 'data-email' }],
  rowSubject: ['span.TtcXM', '[data-testid="subjectLine"]', '[data-automationid="subject"]'],
  rowDate: ['span._rWRU[title]', 'time[title]', '[data-automationid="receivedTime"][title]', 'span[title]:not([title*="@"])'],
  rowUnread: ['[aria-label^="Unread"]', '[data-unread=true]', '[class*="isUnread"]'],
  openSubject: ['[role=main] [role=heading][aria-level="2"]', '[role=main] h2'],
  openMessage: ['[role=main] [data-message-id]', '[role=main] [role=document][data-sender]'],
  openSender: [{ selector: '[title*="@"]', attribute: 'title' }, { selector: '[data-email]', attribute: 'data-email' }],
  openDate: ['time[title]', 'span[title]:not([title*="@"])'],
};

export const THREAD_SELECTORS: Readonly<Record<MailHost, ThreadSelectors>> = { gmail: GMAIL_THREADS, outlook: OUTLOOK_THREADS };

/** The Send button of a compose window, searched inside it; Ctrl/Cmd+Enter in the body sends too. */
export const SEND_BUTTON_SELECTORS: Readonly<Record<MailHost, readonly string[]>> = {
  // Gmail's send button carries `aoO` in every layout InboxSDK supports; its tooltip text is translated.
  gmail: ['.btC [role=button].aoO', '[role=button].aoO', '.IZ [role=button].T-I-atl'],
  // The test id is the same in every UI language; where a build lacks it, the label is translated, so it
  // is matched in the five languages Candor speaks ("Send" may be followed by a shortcut hint).
  outlook: [
    'button[data-testid="ComposeSendButton"]',
    ...['Send', 'Отправить', 'Надіслати', 'Wyślij', 'Sūtīt'].flatMap((label) => [`button[aria-label="${label}"]`, `button[aria-label^="${label} ("]`]),
    '.compose-commands button.ms-Button--primary',
  ],
};
