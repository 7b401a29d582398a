/**
 * npm run bench:page: what Candor costs the mail app while the user types. One fixture server, two
 * Chromiums side by side (the built extension loaded in one, nothing in the other), the same ~2,000
 * character draft typed key by key into the Gmail fixture's compose in both, keystrokes interleaved so
 * machine load hits both alike. Per keystroke: main-thread task time (CDP Performance.getMetrics
 * TaskDuration, from this key to the next, so debounced work after a pause is counted too). Whole run:
 * a trace of the renderer's main thread for the longest task and the longest task running extension
 * script, and longtask entries (> 50 ms). Then the time from the last keystroke to the marks for it.
 *
 * Options: --chars N (default 2000), --interval MS between keys (default 35), --pause MS after each
 * sentence (default 400).
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { analyze } from '../../lib/analysis';
import { examples } from '../../lib/analysis/lexicons/en.examples';
import { contentScriptFiles } from '../e2e/harness/extension';
import { GMAIL_HOST, GMAIL_PATH } from '../e2e/harness/hosts';
import { launch, type Session } from '../e2e/harness/launch';
import { startFixtureServer } from '../e2e/harness/server';
import { summary } from './stats';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const CHARS = option('chars', 2000);
const INTERVAL = option('interval', 35);
const PAUSE = option('pause', 400);

// The draft ends on the keystroke that completes an excuse, so the latency measured below is the
// latency of a mark that the last key created, not of one that was already there.
const LAST_SENTENCE = 'Sorry again, my laptop died';

function draftOf(size: number): string {
  const flagged = Object.values(examples.flag).flat().map((c) => (typeof c === 'string' ? c : c.text));
  const clean = Object.values(examples.pass).flat();
  const sentences: string[] = [];
  for (let i = 0; i < Math.max(flagged.length, clean.length); i++) sentences.push(...[clean[i], clean[(i + 7) % clean.length], flagged[i]].filter(Boolean));
  let text = 'Hi Anna,\n';
  for (let i = 0; text.length + LAST_SENTENCE.length < size; i++) text += sentences[i % sentences.length] + (i % 5 === 4 ? '\n' : ' ');
  // Cut at a sentence end: the closing sentence must be a sentence of its own.
  const body = text.slice(0, size - LAST_SENTENCE.length - 1);
  const lastEnd = Math.max(...['.', '?', '!'].map((mark) => body.lastIndexOf(mark)));
  return `${body.slice(0, lastEnd + 1)} ${LAST_SENTENCE}`;
}

interface Run {
  label: string;
  session: Session;
  page: Page;
  cdp: CDPSession;
  composeId: string;
  taskSeconds: number[];
  traceEvents: TraceEvent[];
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the trace has it: wall time minus time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'TaskDuration')!.value;
}

async function prepare(label: string, session: Session): Promise<Run> {
  const page = await session.openMailPage(GMAIL_HOST, `${GMAIL_PATH}?reply=0&compose=1`);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
  // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to the page need it too.
  await page.evaluate('globalThis.__name = (target) => target');
  const composeId = await page.evaluate(() => window.gmailFixture.composeIds()[0]);
  await page.evaluate((id) => {
    window.gmailFixture.editor(id)!.focus();
    // Main-world probes: long tasks of this renderer (any world), and when the last key went down.
    const probe = window as unknown as { longTasks: { start: number; duration: number }[] };
    probe.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => probe.longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    document.addEventListener('keydown', () => ((window as unknown as { lastKeyAt: number }).lastKeyAt = performance.now()), true);
  }, composeId);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const run: Run = { label, session, page, cdp, composeId, taskSeconds: [], traceEvents: [] };
  cdp.on('Tracing.dataCollected', ({ value }) => run.traceEvents.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  return run;
}

async function stopTracing(run: Run): Promise<void> {
  const done = new Promise<void>((resolve) => run.cdp.once('Tracing.tracingComplete', () => resolve()));
  await run.cdp.send('Tracing.end');
  await done;
}

async function press(page: Page, char: string): Promise<void> {
  if (char === '\n') await page.keyboard.press('Enter');
  else await page.keyboard.type(char);
}

/** Main-thread tasks of the page's renderer, and which of them ran extension script. */
function mainThreadTasks(events: TraceEvent[]): { longest: number; longestWithExtension: number; longestWithExtensionCpu: number; extensionScriptMs: number } {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
  // Chromium names a main-thread task "ThreadControllerImpl::RunTask" (older builds: "RunTask").
  const tasks = onMain.filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const extensionCalls = onMain.filter((e) => e.ph === 'X' && e.dur !== undefined && (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  let longestWithExtension = 0;
  let longestWithExtensionCpu = 0;
  let extensionScript = 0;
  for (const call of extensionCalls) {
    extensionScript += call.dur!;
    // The enclosing task: the last one starting at or before the call and ending after it starts.
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tasks[mid].ts <= call.ts) lo = mid;
      else hi = mid - 1;
    }
    const task = tasks[lo];
    if (task && task.ts <= call.ts && task.ts + task.dur! >= call.ts && task.dur! > longestWithExtension) {
      longestWithExtension = task.dur!;
      longestWithExtensionCpu = task.tdur ?? Number.NaN;
    }
  }
  return {
    longest: Math.max(0, ...tasks.map((t) => t.dur!)) / 1000,
    longestWithExtension: longestWithExtension / 1000,
    longestWithExtensionCpu: longestWithExtensionCpu / 1000,
    extensionScriptMs: extensionScript / 1000,
  };
}

/**
 * Page loads traced from navigation on: the content script is evaluated and starts while the mail app
 * loads, which the typing trace (started after load) does not see. Per load, the longest main-thread
 * task and the longest that ran extension script.
 */
async function loadTasks(session: Session, loads: number): Promise<{ longest: number[]; withExtension: number[] }> {
  const out = { longest: [] as number[], withExtension: [] as number[] };
  for (let i = 0; i < loads; i++) {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(`https://${GMAIL_HOST}${GMAIL_PATH}?reply=0&compose=1`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    // The content script runs at document_idle and analyses the open compose: give it time to.
    await page.waitForTimeout(1500);
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    const tasks = mainThreadTasks(events);
    out.longest.push(tasks.longest);
    out.withExtension.push(tasks.longestWithExtension);
    await page.close();
  }
  return out;
}

/** From the last keydown to marks covering every finding of the final text and a matching count. */
async function marksLatency(page: Page, composeId: string, findings: { text: string }[], timeout = 5000): Promise<number | null> {
  // Compared by the marked words: Range offsets do not count the line breaks between paragraphs that
  // the engine's offsets do, so on a draft of many lines offsets drift apart while the marks are right.
  const expected = findings.map((f) => f.text);
  return page.evaluate(
    ({ composeId, expected, timeout }) =>
      new Promise<number | null>((resolve) => {
        const editor = window.gmailFixture.editor(composeId)!;
        const count = () => {
          const walk = (root: Document | ShadowRoot): number | null => {
            for (const element of root.querySelectorAll('*')) {
              if (element.hasAttribute('data-candor-count')) return Number(element.getAttribute('data-candor-count'));
              if (element.shadowRoot) {
                const inner = walk(element.shadowRoot);
                if (inner !== null) return inner;
              }
            }
            return null;
          };
          return walk(document);
        };
        const marked = () => {
          const marks: string[] = [];
          CSS.highlights.forEach((h) =>
            h.forEach((r) => {
              if (!editor.contains(r.startContainer) || !r.startContainer.isConnected) return;
              const range = document.createRange();
              range.setStart(r.startContainer, r.startOffset);
              range.setEnd(r.endContainer, r.endOffset);
              marks.push(range.toString());
            }),
          );
          // Every finding's words marked, as often as the draft has them, and the count to match.
          const left = [...marks];
          return expected.every((text) => {
            const at = left.indexOf(text);
            if (at < 0) return false;
            left.splice(at, 1);
            return true;
          }) && count() === expected.length;
        };
        const lastKeyAt = (window as unknown as { lastKeyAt: number }).lastKeyAt;
        const check = () => {
          if (marked()) return resolve(performance.now() - lastKeyAt);
          if (performance.now() - lastKeyAt > timeout) return resolve(null);
          requestAnimationFrame(check);
        };
        check();
      }),
    { composeId, expected, timeout },
  );
}

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits));

async function main(): Promise<void> {
  const draft = draftOf(CHARS);
  const finalFindings = analyze(draft).findings;
  const beforeLastKey = analyze(draft.slice(0, -1)).findings;
  if (beforeLastKey.length >= finalFindings.length) throw new Error('the draft must end on the key that completes a finding');

  const server = await startFixtureServer();
  const withExtension = await launch({ server });
  const without = await launch({ server, withExtension: false });
  const LOADS = 5;
  const loads = [await loadTasks(withExtension, LOADS), await loadTasks(without, LOADS)];
  const runs = [await prepare('with Candor', withExtension), await prepare('without', without)];
  console.log(`typing ${draft.length} characters (${finalFindings.length} findings in the end) into both, ${INTERVAL} ms between keys, ${PAUSE} ms after each sentence`);

  const started = Date.now();
  const typingFrom = await Promise.all(runs.map((run) => run.page.evaluate(() => performance.now())));
  for (const run of runs) run.taskSeconds.push(await taskDuration(run.cdp));
  for (let i = 0; i < draft.length; i++) {
    // Alternate who goes first, so neither browser always types into the other's leftovers.
    const order = i % 2 ? [...runs].reverse() : runs;
    for (const run of order) await press(run.page, draft[i]);
    const pause = /[.?!]/.test(draft[i]) ? PAUSE : INTERVAL;
    await new Promise((resolve) => setTimeout(resolve, pause));
    for (const run of order) run.taskSeconds.push(await taskDuration(run.cdp));
    if (i % 250 === 249) console.log(`  ${i + 1} keys, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const latencyFirst = await marksLatency(runs[0].page, runs[0].composeId, finalFindings);

  // Again a few times: Backspace the last key, let the mark go, type it again.
  const latencies = [latencyFirst];
  for (let round = 0; round < 4; round++) {
    await runs[0].page.keyboard.press('Backspace');
    await runs[0].page.waitForTimeout(800);
    await press(runs[0].page, draft.at(-1)!);
    latencies.push(await marksLatency(runs[0].page, runs[0].composeId, finalFindings));
  }

  for (const run of runs) await stopTracing(run);
  const perKey = runs.map((run) => run.taskSeconds.slice(1).map((t, i) => (t - run.taskSeconds[i]) * 1000));
  const added = perKey[0].map((t, i) => t - perKey[1][i]);
  const [withStats, withoutStats, addedStats] = [summary(perKey[0]), summary(perKey[1]), summary(added)];
  const tasks = runs.map((run) => mainThreadTasks(run.traceEvents));
  const longTasks = await Promise.all(runs.map((run) => run.page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks)));
  const whileTyping = longTasks.map((list, i) => list.filter((t) => t.start >= typingFrom[i]).map((t) => t.duration));
  const atLoad = longTasks.map((list, i) => list.filter((t) => t.start < typingFrom[i]).map((t) => t.duration));
  const listed = (durations: number[]) => (durations.length ? `${durations.length}: ${durations.map((d) => `${d.toFixed(0)} ms`).join(', ')}` : 'none');
  const typedText = await runs[0].page.evaluate((id) => window.gmailFixture.editor(id)!.innerText, runs[0].composeId);

  console.log('\nmain-thread task time per keystroke (CPU ms)  median    p95');
  console.log(`  with Candor                                 ${fmt(withStats.median).padStart(6)}  ${fmt(withStats.p95).padStart(6)}`);
  console.log(`  without                                     ${fmt(withoutStats.median).padStart(6)}  ${fmt(withoutStats.p95).padStart(6)}`);
  console.log(`  added by Candor (paired per keystroke)      ${fmt(addedStats.median).padStart(6)}  ${fmt(addedStats.p95).padStart(6)}`);
  console.log(`  ratio with / without (medians)              ${fmt(withStats.median / withoutStats.median)}x`);
  console.log(`\nlongest main-thread task: with Candor ${fmt(tasks[0].longest, 1)} ms, without ${fmt(tasks[1].longest, 1)} ms`);
  console.log(`longest task running extension script: ${fmt(tasks[0].longestWithExtension, 1)} ms wall, ${fmt(tasks[0].longestWithExtensionCpu, 1)} ms CPU (target: none over 50 ms)`);
  console.log(`extension script in the page, whole run: ${fmt(tasks[0].extensionScriptMs, 0)} ms over ${draft.length} keys`);
  console.log(`long tasks (> 50 ms) while typing: with Candor ${listed(whileTyping[0])}; without ${listed(whileTyping[1])}`);
  console.log(`long tasks (> 50 ms) while the page loaded: with Candor ${listed(atLoad[0])}; without ${listed(atLoad[1])}`);
  const med = (xs: number[]) => fmt(summary(xs).median, 1);
  console.log(`page loads traced from navigation (${LOADS} each, medians): longest task with Candor ${med(loads[0].longest)} ms, without ${med(loads[1].longest)} ms`);
  console.log(`  longest task running extension script at load: median ${med(loads[0].withExtension)} ms, max ${fmt(Math.max(...loads[0].withExtension), 1)} ms (target: none over 50 ms)`);
  const measured = latencies.filter((x): x is number => x !== null);
  console.log(`\nlast keystroke -> its mark and count: ${latencies.map((x) => (x === null ? 'never (5 s)' : `${x.toFixed(0)} ms`)).join(', ')}; median ${measured.length ? fmt(summary(measured).median, 0) : 'n/a'} ms (target: within 300 ms)`);
  if (typedText !== draft) console.log('warning: the editor text differs from the draft typed (the measurement typed something else than planned)');

  console.log('\ncontent script size');
  for (const file of contentScriptFiles()) {
    const raw = readFileSync(file);
    console.log(`  ${basename(file)}: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzip -9`);
  }

  await withExtension.close();
  await without.close();
  await server.close();
}

await main();
