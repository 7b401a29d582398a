import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../storage/settings-schema';
import { emptyLedger, recordSightings, threadKey } from '../threads';
import { applyCandorMessage, parseCandorMessage, type SentMessage } from './messages';

// Ledger (Undo send): a Send the tab closed on inside Gmail's Undo window.
const NOW = Date.UTC(2026, 11, 1, 12, 0);
const ME = 'me@freelance.dev';
const settings: Settings = { ...defaultSettings(), timeZone: 'UTC', ownAddresses: [ME], clients: [{ id: 'acme', name: 'Acme', addresses: ['acme.com'] }] };
const waiting = recordSightings(emptyLedger(), [{ provider: 'gmail', account: ME, threadId: 't1', messages: [{ from: 'anna@acme.com', at: NOW - 3_600_000 }], seenAt: NOW }], settings);
const reply = { provider: 'gmail', account: ME, threadId: 't1', at: NOW, to: ['anna@acme.com'] };
const commitments = [{ what: 'I will send the logo on Friday.', due: '2026-12-04' }];

describe('a sent message the tab closed on inside the Undo window', () => {
  // raw unconfirmed field -> thread still waiting, promises kept
  const cases: [string, unknown, boolean][] = [
    ['gone: answers the thread', undefined, false],
    ['unconfirmed: keeps the promise, does not answer', true, true],
    ['anything but true is not the flag', 'yes', false],
  ];
  it.each(cases)('%s', (_name, unconfirmed, stillWaiting) => {
    const message = parseCandorMessage({ type: 'candor/sent', reply, commitments, ...(unconfirmed === undefined ? {} : { unconfirmed }) }) as SentMessage;
    const ledger = applyCandorMessage(waiting, message, settings, NOW);
    expect(ledger.threads[threadKey('gmail', ME, 't1')].waitingSince !== null).toBe(stillWaiting);
    expect(Object.values(ledger.promises).map((p) => [p.due, p.threadId])).toEqual([['2026-12-04', 't1']]);
  });
});
