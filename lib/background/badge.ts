/**
 * The toolbar badge: what badgeFor (../threads/views.ts) says, painted onto the action button with a
 * tooltip in the UI language. Computed from storage every time, so any context's change shows up.
 */
import { i18n } from '#i18n';
import { loadLedger } from '../storage/ledger';
import { loadSettings } from '../storage/settings';
import { popupView, type BadgeColor, type BadgeState, type BadgeTooltip } from '../threads/views';

/** Dark enough for white badge text to stay readable (WCAG AA against #fff). */
export const BADGE_COLORS: Readonly<Record<BadgeColor, string>> = Object.freeze({ green: '#15803d', amber: '#b45309', red: '#b91c1c' });

export function badgeTitle(tooltip: BadgeTooltip): string {
  switch (tooltip.key) {
    case 'badgeNoClients':
      return i18n.t('badgeNoClients');
    case 'badgeNobodyWaiting':
      return i18n.t('badgeNobodyWaiting');
    case 'badgeOverTarget':
      return i18n.t('badgeOverTarget', [String(tooltip.count), String(tooltip.waiting)]);
    case 'badgeLongestWait':
      return i18n.t('badgeLongestWait', [tooltip.wait, tooltip.client, String(tooltip.waiting)]);
  }
}

export async function currentBadge(now: number = Date.now()): Promise<BadgeState> {
  const [settings, ledger] = await Promise.all([loadSettings(), loadLedger()]);
  return popupView(ledger, settings, now).badge;
}

/** Firefox MV2 builds expose the same calls as browserAction. */
function actionApi(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function paintBadge(badge: BadgeState): Promise<void> {
  const action = actionApi();
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setBadgeBackgroundColor({ color: BADGE_COLORS[badge.color] }),
    action.setTitle({ title: badgeTitle(badge.tooltip) }),
    // Older browsers lack a text colour: their default is white already.
    action.setBadgeTextColor?.({ color: '#ffffff' }),
  ]);
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Recomputes and paints the badge. Bursts of storage changes collapse into one run plus one more
 * after it, so the badge ends on the latest data without a paint per change.
 */
export function refreshBadge(now?: () => number): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        await paintBadge(await currentBadge(now ? now() : Date.now()));
      } while (again);
    } finally {
      running = null;
    }
  })();
  return running;
}
