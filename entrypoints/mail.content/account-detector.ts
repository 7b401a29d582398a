/**
 * Notices the signed-in address a mail page shows (lib/mail/threads-dom.ts pageAccountAddress) and
 * records it for the options page to offer (lib/storage/detected-accounts.ts). Page changes come many
 * times a second: the page is looked at most once per CHECK_INTERVAL_MS and storage is written only
 * when the address differs from the last one recorded.
 */
import { pageAccountAddress } from '@/lib/mail/threads-dom';
import type { MailHost } from '@/lib/mail/selectors';

export const CHECK_INTERVAL_MS = 1000;

export class AccountDetector {
  private recorded: string | null = null;
  private lastCheck = -Infinity;

  constructor(
    private readonly host: MailHost,
    private readonly root: ParentNode,
    private readonly record: (address: string) => Promise<unknown>,
    private readonly now: () => number = Date.now,
  ) {}

  pageChanged(): void {
    const now = this.now();
    if (now - this.lastCheck < CHECK_INTERVAL_MS && now >= this.lastCheck) return;
    this.lastCheck = now;
    const address = pageAccountAddress(this.host, this.root);
    if (!address || address === this.recorded) return;
    this.recorded = address;
    this.record(address).catch(() => {
      // Storage gone with the old extension context: try again on a later change.
      if (this.recorded === address) this.recorded = null;
    });
  }
}
