import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RuleId } from '@/lib/analysis/types';
import { appRecognised, findEditors } from '@/lib/mail/adapter';
import { layoutStatusItem, LayoutStatusReporter } from '@/lib/mail/layout-status';
import { hostOf } from '@/lib/mail/selectors';
import { CardPresenter } from './card-presenter';
import { SessionDismissals } from './dismissals';
import { EditorController } from './controller';
import { HintsLayer } from './layer';
import { Marks } from './marks';
import { Scanner } from './scanner';
import { ThreadsCollector } from './threads-collector';
import { AccountDetector } from './account-detector';
import { addDetectedAccount } from '@/lib/storage/detected-accounts';
// Expectation line
import { ExpectationOffers } from './expectation-offer';
import { SendWatcher } from './send-watcher';
import { uiLocale } from '@/components/popup/format';
import { EngineClient, type Engine } from '@/lib/engine/client';
import { ANALYZE_REQUEST } from '@/lib/engine/protocol';
import { DEFAULT_PREFERENCES, turnOffRule, watchPreferences, type HintPreferences } from './preferences';

/** Errors stay inside Candor: a mail app must never see an exception from an extension. */
function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      console.debug('[candor]', error);
    }
  };
}

/** The analysis engine, in the extension's engine document (lib/engine): never in this page. */
function engineViaBackground(): Engine {
  return new EngineClient({ send: async (text, options) => browser.runtime.sendMessage({ type: ANALYZE_REQUEST, text, options }) });
}

/**
 * Starts Candor on a mail page; everything it sets up is torn down when `ctx` is invalidated.
 * `engine` is the extension's engine worker unless a test passes one of its own.
 */
export function startCandor(ctx: ContentScriptContext, engine: Engine = engineViaBackground()): void {
  const host = hostOf(location.hostname);
  if (!host) return;
  const doc = document;
  const layer = new HintsLayer(doc);
  const marks = new Marks(doc, layer.boxes);
  const presenter = new CardPresenter(doc, layer.root);
  const live = doc.createElement('div');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.style.cssText = 'position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);';
  layer.root.append(live);

  const dismissals = new SessionDismissals();
  const controllers = new WeakMap<HTMLElement, EditorController>();
  const active = new Set<EditorController>();
  let preferences: HintPreferences = DEFAULT_PREFERENCES;

  const statusItem = layoutStatusItem(host);
  const reporter = new LayoutStatusReporter((status) => {
    statusItem.setValue(status).catch(() => {
      /* storage gone with the old extension context */
    });
  });

  const disableRule = (rule: RuleId) => {
    // Hide the rule at once in every editor; storage catches up (and tells the other tabs).
    preferences = { ...preferences, rules: preferences.rules.filter((r) => r !== rule) };
    for (const c of active) c.preferencesChanged();
    turnOffRule(rule).catch(() => {
      /* kept for this page even when storage is unavailable */
    });
  };

  const threads = new ThreadsCollector({
    host,
    doc,
    // async: a missing runtime (extension reloading) becomes a rejection the collector handles.
    send: async (message) => browser.runtime.sendMessage(message),
    dateContext: () => ({ timeZone: preferences.timeZone, weekend: preferences.weekend }),
    engine,
    guard,
    signal: ctx.signal,
  });

  // Detected addresses: the signed-in address the page shows, offered in the options.
  const accounts = new AccountDetector(host, doc, addDetectedAccount);
  // Expectation line: the response-time sentence offered in a first draft to a client.
  const expectation = new ExpectationOffers({ host, doc, container: layer.root, locale: uiLocale, announce: (text) => (live.textContent = text), guard, signal: ctx.signal });
  new SendWatcher({ host, doc, onSend: (compose, to) => expectation.sent(compose, to), guard, signal: ctx.signal });

  // The engine document starts (and its worker warms up) when the first editor appears, before the
  // writer's first pause.
  let engineWoken = false;
  const scan = guard(() => {
    // Chrome does not tell an orphaned copy (extension updated or removed) that it is one; this
    // check does, and tears everything down through onInvalidated.
    if (ctx.isInvalid) return;
    threads.pageChanged();
    accounts.pageChanged();
    const result = findEditors(host, doc);
    if (!engineWoken && result.editors.length > 0) {
      engineWoken = true;
      void engine.analyze('', {});
    }
    const seen = new Set<HTMLElement>();
    for (const match of result.editors) {
      seen.add(match.editor);
      if (controllers.has(match.editor)) continue;
      const controller = new EditorController({
        host,
        editor: match.editor,
        compose: match.compose,
        layer,
        marks,
        presenter,
        preferences: () => preferences,
        disableRule,
        dismissals,
        announce: (text) => {
          live.textContent = text;
        },
        engine,
        guard,
        signal: ctx.signal,
      });
      controllers.set(match.editor, controller);
      active.add(controller);
    }
    for (const c of active) {
      // Page changes move compose windows without resizing them: badges and boxes follow.
      if (c.isConnected && seen.has(c.editor)) {
        c.requestReposition();
        c.recipientsMayHaveChanged();
        continue;
      }
      c.destroy();
      active.delete(c);
      controllers.delete(c.editor);
    }
    expectation.sync(result.editors);
    if (result.status === 'idle' && !appRecognised(host, doc)) reporter.observe('not-recognised', 'mail app frame not found');
    else reporter.observe(result.status, result.status === 'not-recognised' ? result.reason : undefined);
  });

  const scanner = new Scanner(doc, scan, (node) => layer.host === node || layer.host.contains(node));

  const stopPreferences = watchPreferences((p) => {
    preferences = p;
    for (const c of active) c.preferencesChanged();
  });

  const repositionAll = () => {
    for (const c of active) c.requestReposition();
    expectation.reposition();
  };
  const listen = { capture: true, passive: true, signal: ctx.signal } as const;
  doc.addEventListener('scroll', guard(repositionAll), listen);
  window.addEventListener('resize', guard(repositionAll), { passive: true, signal: ctx.signal });
  // Compose windows slide and expand with CSS transitions, which no mutation reports.
  doc.addEventListener('transitionend', guard(repositionAll), listen);
  doc.addEventListener('animationend', guard(repositionAll), listen);
  // A pinned card closes on a press anywhere outside it and outside the marks' editor.
  doc.addEventListener(
    'pointerdown',
    guard((e: PointerEvent) => {
      const owner = presenter.openFor as EditorController | null;
      if (!owner || layer.contains(e)) return;
      if (e.composedPath().includes(owner.editor)) return;
      presenter.close(false);
    }),
    listen,
  );
  // Shortcuts pressed while focus is in the card go to the editor that owns it.
  layer.root.addEventListener(
    'keydown',
    guard((e: KeyboardEvent) => (presenter.openFor as EditorController | null)?.onKeyDown(e)),
    { signal: ctx.signal },
  );

  ctx.onInvalidated(() => {
    scanner.stop();
    threads.destroy();
    reporter.stop();
    stopPreferences();
    for (const c of active) c.destroy();
    active.clear();
    marks.destroy();
    layer.destroy();
  });
  scanner.start();
}
