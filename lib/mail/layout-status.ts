import { storage } from 'wxt/utils/storage';
import type { MailHost } from './selectors';

/**
 * Whether the content script could read each mail app's layout, for the popup. One storage item per
 * host, written only when the state changes, so a busy Gmail tab does not write on every scan.
 */

export type LayoutState = 'ok' | 'idle' | 'not-recognised';

export interface LayoutStatus {
  state: LayoutState;
  reason?: string;
  /** When the state was reached, ms since the epoch. */
  at: number;
}

export const LAYOUT_HOSTS: readonly MailHost[] = ['gmail', 'outlook'];

export const HOST_LABELS: Readonly<Record<MailHost, string>> = { gmail: 'Gmail', outlook: 'Outlook' };

export function layoutStatusItem(host: MailHost) {
  return storage.defineItem<LayoutStatus | null>(`local:candor.layout.${host}`, { fallback: null });
}

export async function readLayoutStatuses(): Promise<Partial<Record<MailHost, LayoutStatus>>> {
  const out: Partial<Record<MailHost, LayoutStatus>> = {};
  for (const host of LAYOUT_HOSTS) {
    const value = await layoutStatusItem(host).getValue();
    if (value) out[host] = value;
  }
  return out;
}

/**
 * Decides what to publish. Apps build their pages in steps (Gmail's loading screen, a compose window
 * drawn before its body), so "not recognised" is only published once it has held for `settleMs`;
 * a recognised state is published at once.
 */
export class LayoutStatusReporter {
  private published: LayoutState | null = null;
  private pending: { state: LayoutState; reason?: string; since: number } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly publish: (status: LayoutStatus) => void,
    private readonly settleMs = 2000,
    private readonly now: () => number = Date.now,
    private readonly schedule: (fn: () => void, ms: number) => ReturnType<typeof setTimeout> = (fn, ms) => setTimeout(fn, ms),
  ) {}

  observe(state: LayoutState, reason?: string): void {
    if (state !== 'not-recognised') {
      this.pending = null;
      this.emit(state, reason);
      return;
    }
    if (this.published === 'not-recognised') return;
    if (!this.pending) this.pending = { state, reason, since: this.now() };
    if (this.timer === null) {
      this.timer = this.schedule(() => {
        this.timer = null;
        const p = this.pending;
        if (p && this.now() - p.since >= this.settleMs) this.emit(p.state, p.reason);
        else if (p) this.observe(p.state, p.reason);
      }, this.settleMs);
    }
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  private emit(state: LayoutState, reason?: string): void {
    this.pending = null;
    if (state === this.published) return;
    this.published = state;
    this.publish({ state, ...(reason ? { reason } : {}), at: this.now() });
  }
}
