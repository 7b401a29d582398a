import { HOST_SELECTORS, type HostSelectors, type MailHost, type RecipientSelector } from './selectors';

/** A message body Candor can coach in, and the compose window it belongs to. */
export interface EditorMatch {
  editor: HTMLElement;
  compose: Element;
  /** Index of the body selector that matched: 0 is the current layout, higher are fallbacks. */
  tier: number;
}

export type FindResult =
  | { status: 'ok'; editors: EditorMatch[] }
  /** The app is there and nothing is being written. */
  | { status: 'idle'; editors: [] }
  /** Something looks like a compose window but its body could not be found: hints stay off there. */
  | { status: 'not-recognised'; editors: []; reason: string };

export interface Recipient {
  address: string | null;
  name: string | null;
}

/** Parts of a body that are not the writer's own text. */
export interface Exclusions {
  /** Skipped with everything inside them. */
  nodes: Element[];
  /** Where someone else's text starts: this node and all that follows it in document order are skipped. */
  historyStart: Element | null;
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    // A selector the engine does not understand must not take the page down with it.
    return [];
  }
}

function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function composeOf(table: HostSelectors, body: Element): Element | null {
  for (const selector of table.compose) {
    const found = safeClosest(body, selector);
    if (found && found !== body) return found;
  }
  return null;
}

function isEditable(el: Element): el is HTMLElement {
  const value = el.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/**
 * Every message body under `root`. A body must sit in a known compose window, except a match of the
 * current layout's own body selector (Gmail's g_editable), which is specific enough on its own.
 * Never throws.
 */
export function findEditors(host: MailHost, root: ParentNode): FindResult {
  try {
    const table = HOST_SELECTORS[host];
    const found: EditorMatch[] = [];
    const seen = new Set<Element>();
    table.body.forEach((selector, tier) => {
      for (const el of safeQueryAll(root, selector)) {
        if (seen.has(el) || !isEditable(el)) continue;
        // A body nested in another body is part of it (roosterjs entities, Gmail's inner divs).
        if (found.some((m) => m.editor.contains(el) || el.contains(m.editor))) continue;
        const compose = composeOf(table, el) ?? (tier === 0 ? (safeClosest(el, 'form') ?? el.parentElement) : null);
        if (!compose) continue;
        seen.add(el);
        found.push({ editor: el, compose, tier });
      }
    });
    if (found.length > 0) return { status: 'ok', editors: found };
    // A compose window whose body none of the selectors finds means the layout moved on.
    const composes = table.compose.flatMap((s) => safeQueryAll(root, s));
    if (composes.length > 0) return { status: 'not-recognised', editors: [], reason: 'compose window without a body' };
    return { status: 'idle', editors: [] };
  } catch {
    return { status: 'not-recognised', editors: [], reason: 'selector error' };
  }
}

/** "Ada Lovelace <ada@example.com>", "ada@example.com" or just "Ada Lovelace". */
export function parseAddress(raw: string): Recipient {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return { address: null, name: null };
  const angled = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text);
  if (angled) return { address: angled[2].toLowerCase(), name: angled[1].replace(/^"|"$/g, '').trim() || null };
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return { address: text.toLowerCase(), name: null };
  return { address: null, name: text };
}

function readRecipient(el: Element, how: RecipientSelector['read']): Recipient {
  if (how === 'hovercard') {
    const address = el.getAttribute('data-hovercard-id');
    const name = el.getAttribute('data-name') ?? el.textContent?.trim() ?? null;
    return address && address.includes('@') ? { address: address.toLowerCase(), name: name || null } : parseAddress(name ?? '');
  }
  if (how === 'hidden-input') return parseAddress((el as HTMLInputElement).value ?? el.getAttribute('value') ?? '');
  return parseAddress(el.textContent ?? '');
}

/** Who the draft goes to, as far as the compose window shows it. Never throws. */
export function recipients(host: MailHost, compose: Element): Recipient[] {
  try {
    for (const { selector, read } of HOST_SELECTORS[host].recipients) {
      const chips = safeQueryAll(compose, selector);
      if (chips.length === 0) continue;
      const out: Recipient[] = [];
      const keys = new Set<string>();
      for (const chip of chips) {
        const r = readRecipient(chip, read);
        const key = r.address ?? r.name;
        if (!key || keys.has(key)) continue;
        keys.add(key);
        out.push(r);
      }
      return out;
    }
    return [];
  } catch {
    return [];
  }
}

/** Quoted history and signature inside a body. Never throws. */
export function excludedNodes(host: MailHost, editor: Element): Exclusions {
  try {
    const table = HOST_SELECTORS[host];
    const nodes = table.excluded.flatMap((s) => safeQueryAll(editor, s)).filter((el, i, all) => all.indexOf(el) === i);
    let historyStart: Element | null = null;
    for (const selector of table.historyStart) {
      const first = safeQueryAll(editor, selector)[0];
      if (first && (!historyStart || first.compareDocumentPosition(historyStart) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        historyStart = first;
      }
    }
    return { nodes, historyStart };
  } catch {
    return { nodes: [], historyStart: null };
  }
}

/** Whether the app's own frame is on the page: without it, an empty scan means the layout is unknown. */
export function appRecognised(host: MailHost, root: ParentNode): boolean {
  try {
    return HOST_SELECTORS[host].shell.some((s) => safeQueryAll(root, s).length > 0);
  } catch {
    return false;
  }
}

/** Whether a node (for example a mutation's target) belongs to a host's body. */
export function isBodyElement(host: MailHost, el: Element): boolean {
  return HOST_SELECTORS[host].body.some((s) => safeMatches(el, s));
}

function inputValue(root: Element, name: string): string | null {
  const value = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value?.trim();
  // Gmail fills a draft's id in only once it is saved; until then the field says "undefined".
  return value && value !== 'undefined' ? value : null;
}

/**
 * The identities a mail app gives the draft in a compose window, most durable first: what a draft
 * reopened after a reload is recognised by. Gmail has the saved draft's id, the thread a reply belongs
 * to and the compose id; Outlook shows none of these, so its page address and the compose's element id
 * stand in. Never throws; an empty list means the draft cannot be told apart from others.
 */
export function draftKeys(host: MailHost, compose: Element, pageUrl: string): string[] {
  try {
    const keys: string[] = [];
    if (host === 'gmail') {
      for (const [name, kind] of [['draft', 'draft'], ['rt', 'thread'], ['composeid', 'compose']] as const) {
        const value = inputValue(compose, name);
        if (value) keys.push(`gmail:${kind}:${value}`);
      }
    } else {
      keys.push(`outlook:${new URL(pageUrl).pathname}#${compose.id}`);
    }
    return keys;
  } catch {
    return [];
  }
}

export function undoStyle(host: MailHost): HostSelectors['undo'] {
  return HOST_SELECTORS[host].undo;
}
