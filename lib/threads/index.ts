/**
 * Client threads, response times and promised dates. Pure functions over a plain-JSON Ledger; storage
 * lives in lib/storage/ledger.ts. Typical wiring (background as the single writer):
 *
 *   ledger = recordSightings(ledger, sightingsFromContentScript, settings)
 *   ledger = recordSentReply(ledger, reply, settings)
 *   ledger = recordPromises(ledger, { ...reply, commitments: commitmentsFromAnalysis(text, analyze(text)) }, settings)
 *   const { waiting, badge, promised, needsClients } = popupView(ledger, settings, Date.now())
 *   const stats = responseStats(ledger, settings, Date.now())
 *   ledger = pruneLedger(ledger, Date.now())   // e.g. from the one-minute alarm, now and then
 */
export * from './types';
export { createAddressBook, type AddressBook } from './clients';
export { emptyLedger, isWaiting, mergeLedgers, pruneLedger, recordSentReply, recordSightings, settleThread, summarize, threadKey, trimEvents, MAX_EVENTS_PER_THREAD, MAX_THREADS, RETENTION_DAYS, type PruneOptions } from './ledger';
export { commitmentsFromAnalysis, completePromise, promisedView, recordPromises, DUE_SOON_WORKING_DAYS, type Commitment, type PromiseItem, type PromisedView, type SentPromises } from './promises';
export {
  badgeFor,
  percentile,
  popupView,
  responseSamples,
  responseStats,
  targetFor,
  waitingThreads,
  CLOSE_SHARE,
  STATS_WINDOW_DAYS,
  type BadgeColor,
  type BadgeState,
  type BadgeTooltip,
  type ClientRef,
  type PopupView,
  type ResponseFigures,
  type ResponseSample,
  type ResponseStats,
  type TargetStatus,
  type ViewSettings,
  type WaitingThread,
} from './views';
