import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashedAddress } from '../storage/address-hash';
import { loadLedger, saveLedger } from '../storage/ledger';
import { defaultSettings, saveSettings, type Settings } from '../storage/settings';
import { emptyLedger, recordSightings, threadKey, type ThreadSighting } from '../threads';
import { BADGE_ALARM, BADGE_COLORS, handleCandorMessage, refreshBadge, startBackground } from './index';

// The fake browser has no i18n.getMessage: keys and their substitutions stand in for the words.
vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join(',')}` : key) } }));

const HOUR = 3_600_000;
// Tuesday 1 December 2026, 15:00 UTC; the working week is Monday to Friday, 09:00-18:00 UTC.
const NOW = Date.UTC(2026, 11, 1, 15, 0);
const ME = 'me@freelance.dev';

function settingsWithClients(): Settings {
  return {
    ...defaultSettings(),
    timeZone: 'UTC',
    ownAddresses: [ME],
    clients: [
      { id: 'acme', name: 'Acme', addresses: ['acme.com'] },
      { id: 'bolt', name: 'Bolt', addresses: ['ivo@bolt.example'] },
    ],
  };
}

function sighting(threadId: string, from: string, at: number, subject = threadId): ThreadSighting {
  return { provider: 'gmail', account: ME, threadId, subject, link: `https://mail.google.com/mail/u/0/#inbox/${threadId}`, messages: [{ from, at }], seenAt: NOW };
}

async function badge() {
  const [text, color, title] = await Promise.all([
    fakeBrowser.action.getBadgeText({}),
    fakeBrowser.action.getBadgeBackgroundColor({}),
    fakeBrowser.action.getTitle({}),
  ]);
  return { text, color, title };
}

function rgba(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

describe('the badge', () => {
  it('is empty, green, and tells the user to add clients while there are none', async () => {
    await refreshBadge();
    expect(await badge()).toEqual({ text: '', color: rgba(BADGE_COLORS.green), title: 'badgeNoClients' });
  });

  it('counts the threads past their target, in red, and says how many wait in all', async () => {
    const settings = settingsWithClients();
    await saveSettings(settings);
    // Monday 10:00 is 14 working hours ago: past the default target of one working day (9 h).
    const late = sighting('late', 'anna@acme.com', Date.UTC(2026, 10, 30, 10, 0));
    const fresh = sighting('fresh', 'ivo@bolt.example', NOW - 3 * HOUR);
    const stranger = sighting('stranger', 'someone@else.example', NOW - 30 * HOUR);
    await saveLedger(recordSightings(emptyLedger(), [late, fresh, stranger], settings));
    await refreshBadge();
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_COLORS.red), title: 'badgeOverTarget:1,2' });
  });

  it('shows the longest wait in working time when nobody is past the target', async () => {
    const settings = settingsWithClients();
    await saveSettings(settings);
    await saveLedger(recordSightings(emptyLedger(), [sighting('fresh', 'ivo@bolt.example', NOW - 3 * HOUR)], settings));
    await refreshBadge();
    expect(await badge()).toEqual({ text: '3h', color: rgba(BADGE_COLORS.green), title: 'badgeLongestWait:3h,Bolt,1' });
  });

  it('turns amber once a wait has used three quarters of its target', async () => {
    const settings = settingsWithClients();
    await saveSettings(settings);
    // 7 of 9 working hours: Monday 17:00-18:00 and Tuesday 09:00-15:00.
    await saveLedger(recordSightings(emptyLedger(), [sighting('close', 'anna@acme.com', Date.UTC(2026, 10, 30, 17, 0))], settings));
    await refreshBadge();
    expect(await badge()).toMatchObject({ text: '7h', color: rgba(BADGE_COLORS.amber) });
  });
});

describe('startBackground', () => {
  it('registers a one-minute alarm and repaints when it fires', async () => {
    const settings = settingsWithClients();
    await saveSettings(settings);
    await saveLedger(recordSightings(emptyLedger(), [sighting('fresh', 'anna@acme.com', NOW - 3 * HOUR)], settings));
    const stop = startBackground();
    try {
      expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toMatchObject({ name: BADGE_ALARM, periodInMinutes: 1 });
      await vi.waitFor(async () => expect((await badge()).text).toBe('3h'));
      // Three hours later the same thread has waited six working hours.
      vi.setSystemTime(NOW + 3 * HOUR);
      await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: Date.now(), periodInMinutes: 1 });
      await vi.waitFor(async () => expect((await badge()).text).toBe('6h'));
    } finally {
      stop();
    }
  });

  it('repaints when the browser starts, since badge text does not survive a restart', async () => {
    await saveSettings(settingsWithClients());
    const stop = startBackground();
    try {
      await vi.waitFor(async () => expect((await badge()).title).toBe('badgeNobodyWaiting'));
      await fakeBrowser.action.setTitle({ title: '' });
      await fakeBrowser.runtime.onStartup.trigger();
      await vi.waitFor(async () => expect((await badge()).title).toBe('badgeNobodyWaiting'));
    } finally {
      stop();
    }
  });

  it('repaints when the stored ledger changes', async () => {
    const settings = settingsWithClients();
    await saveSettings(settings);
    const stop = startBackground();
    try {
      await vi.waitFor(async () => expect((await badge()).title).toBe('badgeNobodyWaiting'));
      await saveLedger(recordSightings(emptyLedger(), [sighting('late', 'anna@acme.com', Date.UTC(2026, 10, 30, 10, 0))], settings));
      await vi.waitFor(async () => expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_COLORS.red), title: 'badgeOverTarget:1,1' }));
    } finally {
      stop();
    }
  });

  it('writes the ledger from runtime messages and answers with what it now holds', async () => {
    await saveSettings(settingsWithClients());
    const stop = startBackground();
    // Ledger reports are accepted from Candor's content script on a mail page only (./senders.ts).
    const fromGmail = { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/', origin: 'https://mail.google.com', tab: { id: 1 }, frameId: 0 };
    const sendFromGmail = async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, fromGmail as never)).find((reply) => reply !== undefined);
    try {
      const seen = await sendFromGmail({ type: 'candor/sightings', sightings: [sighting('t1', 'anna@acme.com', NOW - HOUR, 'Logo')] });
      expect(seen).toEqual({ ok: true, threads: 1, waiting: 1 });
      const thread = (await loadLedger()).threads[threadKey('gmail', ME, 't1')];
      expect(thread).toMatchObject({ subject: 'Logo', clientAddress: hashedAddress('anna@acme.com'), waitingSince: NOW - HOUR });

      const reply = { provider: 'gmail', account: ME, threadId: 't1', at: NOW, to: ['anna@acme.com'] };
      const commitments = [{ what: 'I will send the logo on Friday.', due: '2026-12-04' }];
      expect(await sendFromGmail({ type: 'candor/sent', reply, commitments })).toEqual({ ok: true, threads: 1, waiting: 0 });
      const ledger = await loadLedger();
      expect(ledger.threads[threadKey('gmail', ME, 't1')].waitingSince).toBeNull();
      expect(Object.values(ledger.promises)).toEqual([expect.objectContaining({ due: '2026-12-04', to: hashedAddress('anna@acme.com'), threadId: 't1' })]);
      await vi.waitFor(async () => expect((await badge()).title).toBe('badgeNobodyWaiting'));
    } finally {
      stop();
    }
  });
});

describe('handleCandorMessage', () => {
  it('rejects malformed Candor messages without touching the ledger', async () => {
    await saveSettings(settingsWithClients());
    expect(await handleCandorMessage({ type: 'candor/sightings', sightings: [{ provider: 'yahoo', threadId: 'x' }] })).toEqual({ ok: false, error: 'invalid-message' });
    expect(await handleCandorMessage({ type: 'candor/sent', reply: { provider: 'gmail', account: ME, threadId: 't', at: 'soon', to: [] } })).toEqual({ ok: false, error: 'invalid-message' });
    expect(await handleCandorMessage({ type: 'candor/launch-rockets' })).toEqual({ ok: false, error: 'unknown-message' });
    expect(await loadLedger()).toEqual(emptyLedger());
  });

  it('ignores threads with no client in them', async () => {
    await saveSettings(settingsWithClients());
    expect(await handleCandorMessage({ type: 'candor/sightings', sightings: [sighting('s', 'someone@else.example', NOW - HOUR)] })).toEqual({ ok: true, threads: 0, waiting: 0 });
  });

  it('ticks a promise off', async () => {
    await saveSettings(settingsWithClients());
    const reply = { provider: 'gmail', account: ME, threadId: 't1', at: NOW, to: ['anna@acme.com'] };
    await handleCandorMessage({ type: 'candor/sent', reply, commitments: [{ what: 'Friday.', due: '2026-12-04' }] });
    const [id] = Object.keys((await loadLedger()).promises);
    await handleCandorMessage({ type: 'candor/complete-promise', id });
    expect((await loadLedger()).promises[id].doneAt).toBe(NOW);
  });
});
