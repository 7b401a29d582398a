/**
 * Which addresses are clients' and which are the user's own.
 *
 *   const who = createAddressBook(settings);
 *   who.client('Anna <ANNA@eu.acme.com>')   -> the ClientEntry listing "anna@eu.acme.com", else the one
 *                                              listing "eu.acme.com" or "acme.com"; null for others
 *   who.isOwn('me@freelance.dev', account)  -> the user's addresses (settings) and the mailbox itself
 *   who.side(address, account)              -> 'user' | 'client' | null (a third party)
 *
 * Matching is case-insensitive; an exact address wins over a domain, a longer domain over a shorter.
 * The user's own addresses win over everything: a freelancer with an address at the client's domain
 * must never see their own messages counted as the client's. Lookups are memoised per address book.
 *
 * The ledger stores addresses and accounts hashed (../storage/address-hash.ts): every lookup takes a
 * hashed token as well as a plain address, and matches it against the hashes of the list's entries.
 */
import { hashParts, identityHash, isHashed, textHash } from '../storage/address-hash';
import { normalizeEmail, type ClientEntry, type Settings } from '../storage/settings-schema';
import type { MessageSide } from './types';

export interface AddressBook {
  readonly clients: readonly ClientEntry[];
  client(address: string): ClientEntry | null;
  clientById(id: string): ClientEntry | null;
  isOwn(address: string, account?: string): boolean;
  side(address: string, account?: string): MessageSide | null;
}

const books = new WeakMap<object, AddressBook>();

/** Address book for a settings object, built once per object. */
export function createAddressBook(settings: Pick<Settings, 'clients' | 'ownAddresses'>): AddressBook {
  const cached = books.get(settings);
  if (cached) return cached;
  const byPattern = new Map<string, ClientEntry>();
  const byId = new Map<string, ClientEntry>();
  for (const client of settings.clients) {
    byId.set(client.id, client);
    for (const pattern of client.addresses) {
      const key = pattern.toLowerCase();
      if (!byPattern.has(key)) byPattern.set(key, client);
    }
  }
  const own = new Set(settings.ownAddresses.map((a) => a.toLowerCase()));
  // Built on the first hashed lookup only: the content script's plain lookups never pay for hashing.
  let hashed: { byPattern: Map<string, ClientEntry>; own: Set<string> } | null = null;
  const hashedLists = () => {
    if (!hashed) {
      const patterns = new Map<string, ClientEntry>();
      for (const [pattern, entry] of byPattern) {
        const hash = textHash(pattern);
        if (!patterns.has(hash)) patterns.set(hash, entry);
      }
      hashed = { byPattern: patterns, own: new Set([...own].map(textHash)) };
    }
    return hashed;
  };
  const memo = new Map<string, ClientEntry | null>();
  const normalized = new Map<string, string | null>();
  // The same few hundred addresses come back for thousands of threads: parse each once.
  const normalize = (address: string): string | null => {
    let n = normalized.get(address);
    if (n === undefined) {
      n = normalizeEmail(address);
      if (normalized.size > 50_000) normalized.clear();
      normalized.set(address, n);
    }
    return n;
  };

  const client = (address: string): ClientEntry | null => {
    if (typeof address !== 'string') return null;
    const hit = memo.get(address);
    if (hit !== undefined) return hit;
    let found: ClientEntry | null = null;
    if (isHashed(address)) {
      // The exact address, then its domains longest first: the same order as for plain text.
      const { byPattern: patterns } = hashedLists();
      for (const part of hashParts(address)) if ((found = patterns.get(part) ?? null)) break;
      if (memo.size > 50_000) memo.clear();
      memo.set(address, found);
      return found;
    }
    const normal = normalize(address);
    if (normal) {
      found = byPattern.get(normal) ?? null;
      // "eu.acme.com", then "acme.com"; a bare top-level domain is never a client pattern.
      for (let domain = normal.slice(normal.indexOf('@') + 1); !found && domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
        found = byPattern.get(domain) ?? null;
      }
    }
    if (memo.size > 50_000) memo.clear();
    memo.set(address, found);
    return found;
  };

  const ownMemo = new Map<string, Map<string, boolean>>();
  const isOwnHashed = (address: string, account?: string): boolean => {
    const normal = isHashed(address) ? null : normalize(address);
    const hash = isHashed(address) ? identityHash(address) : normal && textHash(normal);
    if (!hash) return false;
    return hashedLists().own.has(hash) || (typeof account === 'string' && identityHash(account) === hash);
  };

  const isOwn = (address: string, account?: string): boolean => {
    if (typeof address !== 'string') return false;
    // Hashes start with '#': the cheap test first, as every stored thread is checked on every popup view.
    if (address.charCodeAt(0) === 35 || (typeof account === 'string' && account.charCodeAt(0) === 35)) {
      // Per account, then per address: both are strings the ledger already holds, so no key is built.
      const accountKey = account ?? '';
      let forAccount = ownMemo.get(accountKey);
      if (!forAccount) ownMemo.set(accountKey, (forAccount = new Map()));
      let mine = forAccount.get(address);
      if (mine === undefined) {
        mine = isOwnHashed(address, account);
        if (forAccount.size > 50_000) forAccount.clear();
        forAccount.set(address, mine);
      }
      return mine;
    }
    const normal = normalize(address);
    if (!normal) return false;
    if (own.has(normal)) return true;
    return typeof account === 'string' && account.toLowerCase() === normal;
  };

  const book: AddressBook = {
    clients: settings.clients,
    client,
    clientById: (id) => byId.get(id) ?? null,
    isOwn,
    side: (address, account) => (isOwn(address, account) ? 'user' : client(address) ? 'client' : null),
  };
  books.set(settings, book);
  return book;
}
