/**
 * Calls `scan` once per animation frame at most, after the page's element tree changed. Gmail mutates
 * its DOM constantly; a scan per mutation (as some extensions do) would cost the page its frame rate.
 */
export class Scanner {
  private readonly observer: MutationObserver;
  private frame: number | null = null;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly scan: () => void,
    private readonly ignore: (node: Node) => boolean,
  ) {
    this.observer = new MutationObserver((records) => {
      if (this.frame !== null || this.stopped) return;
      if (records.every((r) => this.ignore(r.target))) return;
      this.request();
    });
  }

  start(): void {
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
    this.request();
  }

  request(): void {
    if (this.frame !== null || this.stopped) return;
    const win = this.doc.defaultView!;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = null;
      if (!this.stopped) this.scan();
    });
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.frame !== null) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = null;
  }
}
