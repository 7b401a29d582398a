/**
 * The background's wiring: the badge kept fresh (storage changes in any context, plus a one-minute
 * alarm because waits grow while nothing is stored), and the ledger messages answered.
 * entrypoints/background.ts only calls startBackground(), so tests can drive the same code.
 */
import { watchLedger } from '../storage/ledger';
import { watchSettings } from '../storage/settings';
import { storage } from 'wxt/utils/storage';
import { refreshBadge } from './badge';
import { EngineRelay, type OffscreenLike } from './engine';
import { ANALYZE_REQUEST } from '../engine/protocol';
import { handleCandorMessage, parseCandorMessage, type CandorReply } from './messages';
import { acceptsSender, FORBIDDEN_SENDER, ownExtension, type ForbiddenSenderReply } from './senders';

export { BADGE_COLORS, badgeTitle, currentBadge, paintBadge, refreshBadge } from './badge';
export * from './messages';
export { EngineRelay, ENGINE_DOCUMENT, ENGINE_IDLE_CLOSE_MS } from './engine';
export * from './senders';

export const BADGE_ALARM = 'candor-badge';
export const BADGE_ALARM_PERIOD_MINUTES = 1;

function logFailure(error: unknown) {
  console.warn('Candor: badge refresh failed', error);
}

/** Hands a listener's answer back: Chrome keeps the channel open only for `return true` + sendResponse; Firefox and the test fake take the promise. */
function answer<R>(reply: Promise<R>, sendResponse: ((reply: R) => void) | undefined): true | Promise<R> {
  if (typeof sendResponse !== 'function') return reply;
  void reply.then(sendResponse);
  return true;
}

/** Whether this sender may send this message (./senders.ts). The identity is cheap to read: an id, a URL, the manifest's background. */
function fromAllowedSender(message: unknown, sender: unknown): boolean {
  return acceptsSender((message as { type?: unknown })?.type, sender, ownExtension(browser.runtime));
}

type LedgerReply = CandorReply | ForbiddenSenderReply;

/**
 * Listener for runtime.onMessage: answers Candor's ledger messages from the contexts that send them
 * (./senders.ts), refuses them from any other before storage is read, leaves everything else to other listeners.
 */
export function onRuntimeMessage(message: unknown, sender: unknown, sendResponse?: (reply: LedgerReply) => void): true | Promise<LedgerReply> | undefined {
  if (parseCandorMessage(message) === 'unknown') return undefined;
  if (!fromAllowedSender(message, sender)) return answer(Promise.resolve(FORBIDDEN_SENDER), sendResponse);
  const reply = handleCandorMessage(message).catch((): CandorReply => ({ ok: false, error: 'storage-failed' }));
  return answer(reply, sendResponse);
}

const engineLastUse = storage.defineItem<number | null>('session:candor.engineLastUse', { fallback: null });

function engineRelay(): EngineRelay {
  const offscreen = (browser as unknown as { offscreen?: OffscreenLike }).offscreen ?? null;
  return new EngineRelay({
    offscreen,
    forward: (message) => browser.runtime.sendMessage(message),
    lastUse: { get: () => engineLastUse.getValue(), set: (at) => engineLastUse.setValue(at) },
  });
}

export function startBackground(): () => void {
  const refresh = () => {
    refreshBadge().catch(logFailure);
  };
  const relay = engineRelay();
  const onAnalyzeRequest = (message: unknown, sender: unknown, sendResponse?: (reply: unknown) => void) => {
    if ((message as { type?: unknown })?.type !== ANALYZE_REQUEST) return undefined;
    // Refused before the relay, which would open the engine document for it.
    if (!fromAllowedSender(message, sender)) return answer(Promise.resolve(FORBIDDEN_SENDER), sendResponse);
    return answer(relay.handle(message), sendResponse);
  };
  // Re-creating the alarm on every start is harmless (same name replaces it) and survives browser restarts.
  void browser.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_ALARM_PERIOD_MINUTES });
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name !== BADGE_ALARM) return;
    refresh();
    void relay.closeIfIdle();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onMessage.addListener(onRuntimeMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  browser.runtime.onMessage.addListener(onAnalyzeRequest as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  // The badge text does not survive a browser restart; the worker is woken for these to repaint it.
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  const stopSettings = watchSettings(refresh);
  const stopLedger = watchLedger(refresh);
  refresh();
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.runtime.onMessage.removeListener(onRuntimeMessage as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
    browser.runtime.onMessage.removeListener(onAnalyzeRequest as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
    browser.runtime.onStartup.removeListener(refresh);
    browser.runtime.onInstalled.removeListener(refresh);
    stopSettings();
    stopLedger();
  };
}
