import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '@/lib/analysis';
import { toHints } from './hints';
import { MAX_DISMISSED_PER_DRAFT, SessionDismissals } from './dismissals';

const DRAFT = "Sorry, my laptop died so the mockups are late. I'll try to send them ASAP.";
const hints = toHints(DRAFT, analyze(DRAFT, { now: '2026-12-01T09:00:00Z', timeZone: 'UTC' }).findings, () => false);

describe('dismissals for the session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('come back for the same draft after a reload (a new store), and only for that draft', async () => {
    expect(hints.length).toBeGreaterThanOrEqual(2);
    await new SessionDismissals().add(['gmail:compose::c1'], hints[0].id);
    const reloaded = new SessionDismissals();
    expect([...(await reloaded.load(['gmail:compose::c1']))]).toEqual([hints[0].id]);
    expect((await reloaded.load(['gmail:compose::c2'])).size).toBe(0);
  });

  it('are found under any identity the draft had when they were made', async () => {
    const store = new SessionDismissals();
    // Before Gmail saved it, the draft had only its compose id; after a reload it is found by its draft id.
    await store.add(['gmail:compose::c1'], hints[0].id);
    await store.add(['gmail:draft:r-77', 'gmail:compose::c1'], hints[1].id);
    expect(await store.load(['gmail:draft:r-77'])).toEqual(new Set([hints[1].id]));
    expect(await store.load(['gmail:draft:r-77', 'gmail:compose::c1'])).toEqual(new Set([hints[0].id, hints[1].id]));
  });

  it('keep no text of the draft and no draft identity in storage, and live in session storage only', async () => {
    await new SessionDismissals().add(['gmail:draft:r-77', 'outlook:/mail/inbox#docking_InitVisiblePart_0'], hints[0].id);
    const session = await fakeBrowser.storage.session.get(null);
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local)).toEqual([]);
    const stored = JSON.stringify(session);
    expect(Object.keys(session)).toHaveLength(2);
    for (const word of ['laptop', 'mockups', 'ASAP', 'Sorry', 'r-77', 'docking', 'mail/inbox']) expect(stored).not.toContain(word);
  });

  it('forget the oldest first past the limit, and count a repeated Ignore once', async () => {
    const store = new SessionDismissals();
    const draft = ['gmail:compose::c9'];
    for (let i = 0; i < MAX_DISMISSED_PER_DRAFT + 5; i++) await store.add(draft, `excuse-x${i}-0`);
    await store.add(draft, `excuse-x${MAX_DISMISSED_PER_DRAFT + 4}-0`);
    const ids = await store.load(draft);
    expect(ids.size).toBe(MAX_DISMISSED_PER_DRAFT);
    expect(ids.has('excuse-x0-0')).toBe(false);
    expect(ids.has(`excuse-x${MAX_DISMISSED_PER_DRAFT + 4}-0`)).toBe(true);
  });

  it('read a damaged stored value as nothing rather than failing', async () => {
    const store = new SessionDismissals();
    await store.add(['gmail:compose::c1'], hints[0].id);
    const [key] = Object.keys(await fakeBrowser.storage.session.get(null));
    await fakeBrowser.storage.session.set({ [key]: { not: 'a list' } });
    expect((await store.load(['gmail:compose::c1'])).size).toBe(0);
    await store.add(['gmail:compose::c1'], hints[1].id);
    expect(await store.load(['gmail:compose::c1'])).toEqual(new Set([hints[1].id]));
  });
});
