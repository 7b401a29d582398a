import { storage } from 'wxt/utils/storage';
import { hash } from './hints';

/**
 * Findings the user dismissed with Ignore, per draft, for the rest of the browser session: a reload of
 * the mail tab, or the draft reopened, does not bring them back; a new session starts clean.
 *
 * Nothing readable goes to storage. A hint id is the rule, a hash of its sentence and an occurrence
 * number (./hints.ts); a draft is keyed by a hash of the identities the mail app gives it.
 */

/** Enough for any real draft; a draft with more dismissals forgets the oldest first. */
export const MAX_DISMISSED_PER_DRAFT = 200;

const KEY_PREFIX = 'session:candor.dismissed.';

type SessionKey = `session:${string}`;

function itemKey(draftKey: string): SessionKey {
  return `${KEY_PREFIX}${hash(draftKey)}` as SessionKey;
}

export interface DismissalStore {
  /** Every id dismissed under any of a draft's keys. */
  load(draftKeys: readonly string[]): Promise<Set<string>>;
  /** Records `hintId` under each of the draft's keys (its identities may grow while it is written). */
  add(draftKeys: readonly string[], hintId: string): Promise<void>;
}

function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** The store in extension session storage (`browser.storage.session`). */
export class SessionDismissals implements DismissalStore {
  async load(draftKeys: readonly string[]): Promise<Set<string>> {
    const ids = new Set<string>();
    if (draftKeys.length === 0) return ids;
    const items = await storage.getItems(draftKeys.map(itemKey));
    for (const { value } of items) for (const id of idsOf(value)) ids.add(id);
    return ids;
  }

  async add(draftKeys: readonly string[], hintId: string): Promise<void> {
    const keys = [...new Set(draftKeys.map(itemKey))];
    if (keys.length === 0) return;
    const items = await storage.getItems(keys);
    await storage.setItems(
      items.map(({ key, value }) => {
        const ids = idsOf(value).filter((id) => id !== hintId);
        ids.push(hintId);
        return { key, value: ids.slice(-MAX_DISMISSED_PER_DRAFT) };
      }),
    );
  }
}
