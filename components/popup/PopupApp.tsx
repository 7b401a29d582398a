/**
 * The popup's three lists and its first-run state, drawn from popupView / responseStats
 * (lib/threads/views.ts). PopupContent is pure (data and actions in, elements out) so tests can render
 * it with fixed data; PopupApp wires it to storage and the browser.
 */
import { useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { resolveTimeZone, type Settings } from '@/lib/storage/settings';
import { businessCalendarFromSettings } from '@/lib/time/business-time';
import { MEDIAN_MIN_SAMPLES, P90_MIN_SAMPLES, popupView, responseStats, type ResponseFigures, type TargetStatus, type WaitingThread } from '@/lib/threads/views';
import type { PromiseItem, PromisedView } from '@/lib/threads/promises';
import type { ResponseTarget } from '@/lib/storage/settings-schema';
import type { Ledger } from '@/lib/threads/types';
import type { CompletePromiseMessage, SettleThreadMessage } from '@/lib/background/messages';
import { formatDue, formatDuration, formatSchedule, formatShare, formatWorkingTime, formatWorkingUnits, safeThreadLink, uiLocale, type Translate } from './format';
import { usePopupData } from './usePopupData';

export interface PopupActions {
  openLink(url: string): void;
  openOptions(): void;
  /** Ticks a promise off; the background writes the ledger and the popup follows it from storage. */
  completePromise(id: string): void;
  /** Marks a waiting thread as needing no reply (a "Thanks!" read and done with). */
  settleThread(key: string): void;
}

const STATUS_LABEL_KEYS = { within: 'popupStatusWithin', close: 'popupStatusClose', over: 'popupStatusOver' } as const;

function statusLabel(status: TargetStatus): string {
  return i18n.t(STATUS_LABEL_KEYS[status]);
}

// Every key a Translate may ask for takes one substitution; i18n.t's overloads cannot see that through a union.
const translate: Translate = (key, substitutions) => (i18n.t as (key: string, substitutions: string[]) => string)(key, substitutions);
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** "Target: 1 working day (Mon–Fri 09:00–18:00)" or "Target: 24 hr, calendar time": which clock the target runs on. */
function targetLine(target: ResponseTarget, schedule: string, locale: string): string {
  if (target.unit === 'hours') return i18n.t('popupTargetCalendar', [formatDuration(target.amount * HOUR_MS, locale, Infinity)]);
  return i18n.t('popupTargetWorking', [formatWorkingUnits(target.amount, target.unit === 'business-days' ? 'Days' : 'Hours', locale, translate), schedule]);
}

/**
 * The wait in working time, then in all. A wait that has run only outside working hours says so,
 * instead of a bare zero beside a status that a calendar-time target may already have turned red.
 */
function waitTimes(thread: WaitingThread, dayMs: number, locale: string): string {
  const working =
    thread.businessWaitMs < MINUTE_MS && thread.calendarWaitMs >= MINUTE_MS
      ? i18n.t('popupWaitOutsideHours', [formatDuration(0, locale)])
      : formatWorkingTime(thread.businessWaitMs, dayMs, locale, translate);
  return i18n.t('popupWaitTimes', [working, formatDuration(thread.calendarWaitMs, locale)]);
}

function WaitingRow({ thread, dayMs, schedule, locale, actions }: { thread: WaitingThread; dayMs: number; schedule: string; locale: string; actions: PopupActions }) {
  const link = safeThreadLink(thread.link);
  const times = waitTimes(thread, dayMs, locale);
  const subject = thread.subject || i18n.t('popupNoSubject');
  return (
    <li className={`candor-row candor-status-${thread.status}`} data-candor-thread={thread.key} data-candor-status={thread.status}>
      <button type="button" className="candor-row-button" disabled={!link} title={link ? undefined : i18n.t('popupNoLink')} onClick={() => link && actions.openLink(link)}>
        <span className="candor-row-top">
          <span className="candor-client">{thread.client.name}</span>
          <span className="candor-status-label">{statusLabel(thread.status)}</span>
        </span>
        <span className="candor-subject">{subject}</span>
        <span className="candor-times">{times}</span>
        <span className="candor-target candor-muted">{targetLine(thread.target, schedule, locale)}</span>
      </button>
      <button type="button" className="candor-link-button candor-done" data-candor-action="settle-thread" onClick={() => actions.settleThread(thread.key)}>
        {i18n.t('popupNoReplyNeeded')}
      </button>
    </li>
  );
}

function PromiseRow({ item, timeZone, locale, actions }: { item: PromiseItem; timeZone: string; locale: string; actions: PopupActions }) {
  const link = safeThreadLink(item.promise.link);
  const due = formatDue(item.dueAt, item.promise.dueTime !== undefined, timeZone, locale);
  return (
    <li className={`candor-row ${item.overdue ? 'candor-status-over' : 'candor-status-close'}`} data-candor-promise={item.promise.id} data-candor-overdue={item.overdue ? 'true' : 'false'}>
      <button type="button" className="candor-row-button" disabled={!link} title={link ? i18n.t('popupOpenToUpdate') : i18n.t('popupNoLink')} onClick={() => link && actions.openLink(link)}>
        <span className="candor-row-top">
          <span className="candor-client">{item.clientName}</span>
          <span className="candor-status-label">{item.overdue ? i18n.t('popupOverdue') : i18n.t('popupDue', [due])}</span>
        </span>
        <span className="candor-subject">{item.promise.what}</span>
        {item.overdue ? <span className="candor-times">{i18n.t('popupDue', [due])}</span> : null}
      </button>
      <button type="button" className="candor-link-button candor-done" data-candor-action="complete-promise" onClick={() => actions.completePromise(item.promise.id)}>
        {i18n.t('popupPromiseDone')}
      </button>
    </li>
  );
}

/** A first-answer time in working time with the calendar time beside it, so a zero explains itself. */
function figure(business: number | null, calendar: number | null, enough: boolean, dayMs: number, locale: string): string {
  if (!enough) return i18n.t('popupStatsTooFew');
  if (business === null || calendar === null) return '–';
  return i18n.t('popupStatsFigure', [formatWorkingTime(business, dayMs, locale, translate), formatDuration(calendar, locale)]);
}

const PROMISE_GROUPS = [
  { group: 'overdue', title: 'popupPromisedOverdueTitle' },
  { group: 'dueSoon', title: 'popupPromisedSoonTitle' },
  { group: 'later', title: 'popupPromisedLaterTitle' },
] as const;

function PromiseGroups({ promised, timeZone, locale, actions }: { promised: PromisedView; timeZone: string; locale: string; actions: PopupActions }) {
  if (PROMISE_GROUPS.every(({ group }) => promised[group].length === 0)) return <p className="candor-muted">{i18n.t('popupPromisedNone')}</p>;
  return (
    <>
      {PROMISE_GROUPS.map(({ group, title }) =>
        promised[group].length === 0 ? null : (
          <div key={group} data-candor-promise-group={group}>
            <h3 id={`candor-promised-${group}`}>{i18n.t(title)}</h3>
            <ul className="candor-list" aria-labelledby={`candor-promised-${group}`}>
              {promised[group].map((item) => (
                <PromiseRow key={item.promise.id} item={item} timeZone={timeZone} locale={locale} actions={actions} />
              ))}
            </ul>
          </div>
        ),
      )}
    </>
  );
}

function Figures({ figures, dayMs, locale }: { figures: ResponseFigures; dayMs: number; locale: string }) {
  return (
    <dl className="candor-figures">
      <div>
        <dt>{i18n.t('popupStatsMedian')}</dt>
        <dd data-candor-stat="median">{figure(figures.medianBusinessMs, figures.medianCalendarMs, figures.count >= MEDIAN_MIN_SAMPLES, dayMs, locale)}</dd>
      </div>
      {figures.count >= P90_MIN_SAMPLES ? (
        <div>
          <dt>{i18n.t('popupStatsP90')}</dt>
          <dd data-candor-stat="p90">{figure(figures.p90BusinessMs, figures.p90CalendarMs, true, dayMs, locale)}</dd>
        </div>
      ) : null}
      <div>
        <dt>{i18n.t('popupStatsWithinTarget')}</dt>
        <dd data-candor-stat="within-target">{figures.withinTargetShare === null ? '–' : formatShare(figures.withinTargetShare, locale)}</dd>
      </div>
    </dl>
  );
}

function ResponseTime({ ledger, settings, now, dayMs, locale }: { ledger: Ledger; settings: Settings; now: number; dayMs: number; locale: string }) {
  const [perClient, setPerClient] = useState(false);
  const stats = useMemo(() => responseStats(ledger, settings, now), [ledger, settings, now]);
  return (
    <section aria-labelledby="candor-stats-title" data-candor-section="stats">
      <h2 id="candor-stats-title">{i18n.t('popupStatsTitle')}</h2>
      {stats.overall.count === 0 ? (
        <p className="candor-muted">{i18n.t('popupStatsNone', [String(stats.windowDays)])}</p>
      ) : (
        <>
          <p className="candor-muted">{i18n.t('popupStatsCount', [String(stats.windowDays), String(stats.overall.count)])}</p>
          <Figures figures={stats.overall} dayMs={dayMs} locale={locale} />
          <button type="button" className="candor-link-button" aria-expanded={perClient} onClick={() => setPerClient((v) => !v)}>
            {perClient ? i18n.t('popupStatsHidePerClient') : i18n.t('popupStatsShowPerClient')}
          </button>
          {perClient ? (
            <ul className="candor-per-client">
              {stats.perClient.map(({ client, figures }) => (
                <li key={client.id} data-candor-stats-client={client.id}>
                  <h3>
                    {client.name} <span className="candor-muted">({figures.count})</span>
                  </h3>
                  <Figures figures={figures} dayMs={dayMs} locale={locale} />
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}

export function PopupContent({ settings, ledger, now, actions, locale = uiLocale() }: { settings: Settings; ledger: Ledger; now: number; actions: PopupActions; locale?: string }) {
  const view = useMemo(() => popupView(ledger, settings, now), [ledger, settings, now]);
  const dayMs = businessCalendarFromSettings(settings).typicalWorkdayMs();
  const timeZone = resolveTimeZone(settings);
  const schedule = formatSchedule(settings.workingDays, settings.workingHours, locale);
  if (view.needsClients) {
    return (
      <section className="candor-empty" data-candor-section="empty">
        <h2>{i18n.t('popupEmptyTitle')}</h2>
        <p>{i18n.t('popupEmptyText')}</p>
        <button type="button" className="candor-primary" data-candor-action="open-options" onClick={actions.openOptions}>
          {i18n.t('popupOpenOptions')}
        </button>
      </section>
    );
  }
  return (
    <>
      <section aria-labelledby="candor-waiting-title" data-candor-section="waiting">
        <h2 id="candor-waiting-title">{i18n.t('popupWaitingTitle')}</h2>
        {view.waiting.length === 0 ? (
          <p className="candor-muted">{i18n.t('popupWaitingNone')}</p>
        ) : (
          <ul className="candor-list">
            {view.waiting.map((thread) => (
              <WaitingRow key={thread.key} thread={thread} dayMs={dayMs} schedule={schedule} locale={locale} actions={actions} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="candor-promised-title" data-candor-section="promised">
        <h2 id="candor-promised-title">{i18n.t('popupPromisedTitle')}</h2>
        <PromiseGroups promised={view.promised} timeZone={timeZone} locale={locale} actions={actions} />
      </section>
      <ResponseTime ledger={ledger} settings={settings} now={now} dayMs={dayMs} locale={locale} />
      <p>
        <button type="button" className="candor-link-button" onClick={actions.openOptions}>
          {i18n.t('popupOptions')}
        </button>
      </p>
    </>
  );
}

export const browserPopupActions: PopupActions = {
  openLink(url) {
    void browser.tabs.create({ url }).then(() => window.close());
  },
  openOptions() {
    void browser.runtime.openOptionsPage().then(() => window.close());
  },
  completePromise(id) {
    const message: CompletePromiseMessage = { type: 'candor/complete-promise', id };
    browser.runtime.sendMessage(message).catch((error) => console.warn('Candor: could not mark the promise done', error));
  },
  settleThread(key) {
    const message: SettleThreadMessage = { type: 'candor/settle-thread', key };
    browser.runtime.sendMessage(message).catch((error) => console.warn('Candor: could not settle the thread', error));
  },
};

export function PopupApp({ actions = browserPopupActions }: { actions?: PopupActions }) {
  const data = usePopupData();
  if (!data) return null;
  return <PopupContent settings={data.settings} ledger={data.ledger} now={data.now} actions={actions} />;
}
