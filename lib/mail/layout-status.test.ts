import { describe, expect, it } from 'vitest';
import { LayoutStatusReporter, type LayoutStatus } from './layout-status';

function harness() {
  let t = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const published: LayoutStatus[] = [];
  const reporter = new LayoutStatusReporter(
    (s) => published.push(s),
    2000,
    () => t,
    (fn, ms) => {
      timers.push({ at: t + ms, fn });
      return 0 as unknown as ReturnType<typeof setTimeout>;
    },
  );
  const advance = (ms: number) => {
    t += ms;
    const due = timers.filter((x) => x.at <= t);
    for (const timer of due) timers.splice(timers.indexOf(timer), 1);
    for (const timer of due) timer.fn();
  };
  return { reporter, published, advance };
}

describe('LayoutStatusReporter', () => {
  it('publishes a recognised layout at once and only when it changes', () => {
    const { reporter, published } = harness();
    reporter.observe('idle');
    reporter.observe('idle');
    reporter.observe('ok');
    expect(published.map((p) => p.state)).toEqual(['idle', 'ok']);
  });

  it('publishes "not recognised" only after it has held for the settle time', () => {
    const { reporter, published, advance } = harness();
    reporter.observe('not-recognised', 'no shell');
    advance(1000);
    expect(published).toEqual([]);
    advance(1000);
    expect(published).toEqual([{ state: 'not-recognised', reason: 'no shell', at: 2000 }]);
  });

  it('drops a passing "not recognised" (a page still loading)', () => {
    const { reporter, published, advance } = harness();
    reporter.observe('not-recognised');
    advance(500);
    reporter.observe('ok');
    advance(3000);
    expect(published.map((p) => p.state)).toEqual(['ok']);
  });
});
