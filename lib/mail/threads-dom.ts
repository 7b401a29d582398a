/**
 * Reads the threads a mail app shows: rows of its thread list and the messages of an open thread,
 * as the ThreadSighting shapes lib/threads records. Selectors: THREAD_SELECTORS in ./selectors.ts.
 *
 *   readThreads(host, document, { now, url, title })  -> { sightings, recognised }
 *   mailboxAccount(host, { url, title }, document)     -> the signed-in address, else a per-host fallback
 *   pageAccountAddress(host, document)                 -> the signed-in address the page shows, or null
 *   parseMailDate (./mail-dates.ts, re-exported)       -> epoch ms in the browser's zone, or null
 *
 * Nothing here throws: a layout it does not know gives no sightings, and a date it cannot read for
 * sure gives no message (a wrong date would make a client look answered or waiting when they are not).
 */
import type { MailProvider, SightedMessage, ThreadSighting } from '../threads/types';
import { parseAddress } from './adapter';
import { pageLanguage, parseMailDate } from './mail-dates';
import { THREAD_SELECTORS, type MailHost, type ThreadSelectors } from './selectors';

// Dates moved to ./mail-dates.ts; kept importable from here for older callers.
export { parseMailDate } from './mail-dates';

export interface ReadContext {
  now: number;
  /** The page's address: Gmail's account index and thread id are in it. */
  url: string;
  /** The document title: Gmail puts the mailbox address in it. */
  title: string;
}

export interface ThreadsRead {
  sightings: ThreadSighting[];
  /** Whether a thread list or an open thread was found at all (false: not a thread view, or unknown layout). */
  recognised: boolean;
}

// ---- DOM helpers ------------------------------------------------------------------------------------

function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = queryAll(root, selector)[0];
    if (found) return found;
  }
  return null;
}

function allOfFirstMatching(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = queryAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

function addressIn(el: Element, attribute?: string): string | null {
  const raw = attribute ? el.getAttribute(attribute) : el.textContent;
  if (!raw) return null;
  return parseAddress(raw).address;
}

function addressesIn(root: Element, candidates: ThreadSelectors['rowParticipant']): string[] {
  for (const { selector, attribute } of candidates) {
    const found = queryAll(root, selector)
      .map((el) => addressIn(el, attribute))
      .filter((a): a is string => a !== null);
    if (found.length > 0) return [...new Set(found)];
  }
  return [];
}

function dateIn(root: Element, selectors: readonly string[], lang: string | null): number | null {
  for (const selector of selectors) {
    for (const el of queryAll(root, selector)) {
      const at = parseMailDate(el.getAttribute('title'), lang);
      if (at !== null) return at;
    }
  }
  return null;
}

function cleanText(el: Element | null): string | undefined {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  // A subject is all the ledger keeps of a message; a long one is cut to what a popup row shows.
  return text ? text.slice(0, 200) : undefined;
}

// ---- Gmail ------------------------------------------------------------------------------------------

/** Gmail's two thread ids are one 64-bit number: "thread-f:1784120000000000001" and its hex form. */
export function gmailThreadId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim().replace(/^#/, '');
  const decimal = /^thread-[a-z]:(\d{1,20})$/.exec(value);
  if (decimal) {
    try {
      return BigInt(decimal[1]).toString(16);
    } catch {
      return null;
    }
  }
  if (/^[0-9a-f]{12,16}$/i.test(value)) return value.toLowerCase();
  return null;
}

/** The mailbox: the address in the title ("Inbox (3) - me@example.com - Gmail"), else "u/N" from the path. */
export function gmailAccount(url: string, title: string): string {
  const fromTitle = /\s-\s([^\s@]+@[^\s@]+?)\s-\s[^-]*$/.exec(title);
  if (fromTitle) return fromTitle[1].toLowerCase();
  const index = /\/mail\/(?:u\/(\d+)\/)?/.exec(safePath(url));
  return `u/${index?.[1] ?? '0'}`;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function gmailLink(url: string, threadId: string): string {
  try {
    const u = new URL(url);
    const index = /\/mail\/(?:u\/(\d+)\/)?/.exec(u.pathname)?.[1] ?? '0';
    return `${u.origin}/mail/u/${index}/#all/${threadId}`;
  } catch {
    return '';
  }
}

/** The open thread's id: on its heading, else the last part of the address's fragment. */
export function gmailOpenThreadId(root: ParentNode, url: string): string | null {
  const heading = firstOf(root, THREAD_SELECTORS.gmail.openSubject);
  const fromHeading = gmailThreadId(heading?.getAttribute('data-legacy-thread-id')) ?? gmailThreadId(heading?.getAttribute('data-thread-perm-id'));
  if (fromHeading) return fromHeading;
  let hash = '';
  try {
    hash = new URL(url).hash;
  } catch {
    return null;
  }
  return gmailThreadId(hash.split('/').pop());
}

// ---- both apps --------------------------------------------------------------------------------------

function rowId(host: MailHost, row: Element): string | null {
  for (const { selector, attribute } of THREAD_SELECTORS[host].rowId) {
    const holders = selector === ':scope' ? [row] : [row, ...queryAll(row, selector)];
    for (const el of holders) {
      const raw = el.getAttribute(attribute);
      if (!raw) continue;
      const id = host === 'gmail' ? gmailThreadId(raw) : raw.trim();
      if (id) return id;
    }
  }
  return null;
}

// ---- the user's own address -------------------------------------------------------------------------

const ADDRESS = /[^\s@()<>"',;:]+@[^\s@()<>"',;:]+\.[^\s@()<>"',;:]+/;

function addressFrom(text: string | null | undefined): string | null {
  const found = text ? ADDRESS.exec(text) : null;
  return found ? parseAddress(found[0]).address : null;
}

/**
 * Where each app shows the signed-in address (docs/mail-dom.md). Gmail's account button is labelled
 * "Google Account: Name\n(me@example.com)" in English and translated elsewhere ("Google-Konto: …",
 * "Аккаунт Google: …"): only the address in brackets at the end of the label is read. Outlook's
 * account manager shows the address in `#mectrl_currentAccount_secondary` (rendered once the user has
 * opened it); some builds put it in the "Account manager for …" button's label.
 */
const ACCOUNT_SOURCES: Readonly<Record<MailHost, readonly { selector: string; read: 'label-brackets' | 'text' | 'label' }[]>> = {
  gmail: [
    { selector: '#gb a[aria-label*="@"]', read: 'label-brackets' },
    { selector: 'a[href*="accounts.google.com/SignOutOptions"][aria-label*="@"]', read: 'label-brackets' },
  ],
  outlook: [
    { selector: '#mectrl_currentAccount_secondary', read: 'text' },
    { selector: '#mectrl_main_trigger[aria-label*="@"]', read: 'label' },
    { selector: '#O365_MainLink_Me[aria-label*="@"]', read: 'label' },
  ],
};

/**
 * Mail someone sent is shown inside these: an address there is theirs to choose, and taking it for the
 * user's would count a stranger's messages as the user's own.
 */
const MAIL_CONTENT = '[role=main], [role=document], .a3s, .ii.gt, [role=listbox]';

function accountIn(el: Element, read: (typeof ACCOUNT_SOURCES)['gmail'][number]['read']): string | null {
  switch (read) {
    case 'text':
      return addressFrom(el.textContent);
    case 'label':
      return addressFrom(el.getAttribute('aria-label'));
    case 'label-brackets': {
      const inBrackets = /\(([^()]+)\)\s*$/.exec(el.getAttribute('aria-label') ?? '');
      return inBrackets ? addressFrom(inBrackets[1]) : null;
    }
  }
}

/** The signed-in user's address where the page shows it, lower case; null when it shows none. */
export function pageAccountAddress(host: MailHost, root: ParentNode): string | null {
  for (const { selector, read } of ACCOUNT_SOURCES[host]) {
    for (const el of queryAll(root, selector).slice(0, 5)) {
      if (el.closest(MAIL_CONTENT)) continue;
      const found = accountIn(el, read);
      if (found) return found.toLowerCase();
    }
  }
  return null;
}

/**
 * Outlook renders its account flyout only once it has been opened: an address read once is kept for
 * the page, so threads do not move between two mailbox keys when the flyout closes.
 */
const remembered = new WeakMap<object, string>();

/**
 * The mailbox a page shows, as the ledger keys threads by it: the signed-in address when the page (or
 * Gmail's title) shows it; otherwise Gmail's account index ("u/1") or the Outlook host name, each
 * Outlook host being one mailbox at a time.
 */
export function mailboxAccount(host: MailHost, ctx: Pick<ReadContext, 'url' | 'title'>, root?: ParentNode): string {
  if (host === 'gmail') {
    const fromTitle = gmailAccount(ctx.url, ctx.title);
    if (fromTitle.includes('@') || !root) return fromTitle;
    return pageAccountAddress(host, root) ?? fromTitle;
  }
  const seen = root ? pageAccountAddress(host, root) : null;
  const key = (root as Node | undefined)?.ownerDocument ?? root;
  if (seen) {
    if (key) remembered.set(key, seen);
    return seen;
  }
  const kept = key ? remembered.get(key) : undefined;
  if (kept) return kept;
  const fromTitle = addressFrom(ctx.title);
  if (fromTitle) return fromTitle.toLowerCase();
  try {
    return new URL(ctx.url).hostname.toLowerCase();
  } catch {
    return 'outlook';
  }
}

/** Where the user can open a thread again. */
export function threadLink(host: MailHost, ctx: Pick<ReadContext, 'url'>, threadId: string): string {
  if (host === 'gmail') return gmailLink(ctx.url, threadId);
  try {
    return `${new URL(ctx.url).origin}/mail/inbox/id/${encodeURIComponent(threadId)}`;
  } catch {
    return '';
  }
}

/**
 * Outlook's row label reads "[state,] sender, subject, time, preview" in the UI language; the sender
 * and time are the texts of the row's sender and date spans, so the subject is what lies between them.
 */
export function subjectFromRowLabel(label: string | null, sender: string | null | undefined, time: string | null | undefined): string | undefined {
  const text = label?.replace(/\s+/g, ' ').trim();
  const from = sender?.replace(/\s+/g, ' ').trim();
  const at = time?.replace(/\s+/g, ' ').trim();
  if (!text || !from || !at) return undefined;
  const start = text.indexOf(from);
  if (start < 0) return undefined;
  const end = text.indexOf(at, start + from.length);
  if (end < 0) return undefined;
  const subject = text
    .slice(start + from.length, end)
    .replace(/^[\s,;:.\u2013\u2014-]+|[\s,;:\u2013\u2014-]+$/g, '')
    .trim();
  return subject ? subject.slice(0, 200) : undefined;
}

function rowSubject(host: MailHost, row: Element, lang: string | null): string | undefined {
  const table = THREAD_SELECTORS[host];
  const fromSpan = cleanText(firstOf(row, table.rowSubject));
  if (fromSpan || host !== 'outlook') return fromSpan;
  const sender = queryAll(row, '[title*="@"]')[0]?.textContent;
  const time = queryAll(row, table.rowDate.join(',')).find((el) => parseMailDate(el.getAttribute('title'), lang) !== null)?.textContent;
  return subjectFromRowLabel(row.getAttribute('aria-label'), sender, time);
}

function readRows(host: MailHost, root: ParentNode, ctx: ReadContext, account: string, lang: string | null): ThreadSighting[] {
  const table = THREAD_SELECTORS[host];
  const out: ThreadSighting[] = [];
  for (const row of allOfFirstMatching(root, table.row)) {
    const threadId = rowId(host, row);
    if (!threadId) continue;
    const at = dateIn(row, table.rowDate, lang);
    const sighting: ThreadSighting = {
      provider: host as MailProvider,
      account,
      threadId,
      link: threadLink(host, ctx, threadId),
      participants: addressesIn(row, table.rowParticipant),
      // A row's date is its latest message's; who wrote it the row does not say.
      messages: at === null ? [] : [{ at }],
      unread: matchesAny(row, table.rowUnread),
      seenAt: ctx.now,
    };
    const subject = rowSubject(host, row, lang);
    if (subject) sighting.subject = subject;
    out.push(sighting);
  }
  return out;
}

function openThreadId(host: MailHost, root: ParentNode, ctx: ReadContext): string | null {
  if (host === 'gmail') return gmailOpenThreadId(root, ctx.url);
  // Outlook's reading pane shows the conversation selected in the list.
  const selected = queryAll(root, '[role=option][aria-selected=true][data-convid]')[0];
  return selected?.getAttribute('data-convid')?.trim() || null;
}

function readOpenThread(host: MailHost, root: ParentNode, ctx: ReadContext, account: string, lang: string | null): ThreadSighting | null {
  const table = THREAD_SELECTORS[host];
  const elements = allOfFirstMatching(root, table.openMessage);
  if (elements.length === 0) return null;
  const threadId = openThreadId(host, root, ctx);
  if (!threadId) return null;
  const messages: SightedMessage[] = [];
  const participants = new Set<string>();
  for (const el of elements) {
    const from = addressesIn(el, table.openSender)[0];
    const at = dateIn(el, table.openDate, lang);
    // A message without a readable sender or date says nothing about who waits: left out.
    if (!from || at === null) continue;
    participants.add(from);
    messages.push({ from, at });
  }
  const sighting: ThreadSighting = {
    provider: host as MailProvider,
    account,
    threadId,
    link: threadLink(host, ctx, threadId),
    participants: [...participants],
    messages,
    seenAt: ctx.now,
  };
  const subject = cleanText(firstOf(root, table.openSubject));
  if (subject) sighting.subject = subject;
  return sighting;
}

/** Every thread row and the open thread under `root`. Never throws. */
export function readThreads(host: MailHost, root: ParentNode, ctx: ReadContext): ThreadsRead {
  try {
    const account = mailboxAccount(host, ctx, root);
    const lang = pageLanguage(root);
    const rows = readRows(host, root, ctx, account, lang);
    const open = readOpenThread(host, root, ctx, account, lang);
    const sightings = open ? [...rows, open] : rows;
    return { sightings, recognised: sightings.length > 0 };
  } catch {
    return { sightings: [], recognised: false };
  }
}
