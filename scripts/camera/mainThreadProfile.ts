/**
 * Where a page's main-thread time goes over a window, through the DevTools protocol: a sampling
 * CPU profile (JS functions, self and inclusive time, by script) and a timeline trace (the
 * browser's own work on the page's thread: style, layout, paint, GC, tasks, by event name). For
 * scripts/camera/cost.ts `--profile`; best read against an unminified build
 * (`npx vite build --mode e2e --outDir dist-prof --minify false`).
 */
import type { CDPSession } from 'playwright-core';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; src_file?: string; src_func?: string };
}

export interface MainThreadProfile {
  /** Milliseconds of samples in the window (idle included). */
  sampledMs: number;
  /** Per function (name @ script:line), self milliseconds, the top ones. */
  selfMs: Record<string, number>;
  /** Per function name, milliseconds with it anywhere on the stack, the top ones. */
  inclusiveMs: Record<string, number>;
  /** Per script file, self milliseconds. */
  byScriptMs: Record<string, number>;
  /** The page's main thread in the trace: self milliseconds per event name, the top ones. */
  traceSelfMs: Record<string, number>;
  /** Milliseconds of top-level tasks on the page's main thread, and on each worker thread. */
  threadsBusyMs: Record<string, number>;
}

const TOP = 25;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'gpu',
  'toplevel',
].join(',');

const shortUrl = (url: string) => (url ? url.replace(/^.*\//, '') : '(native)');
const round = (ms: number) => Math.round(ms * 10) / 10;

function top(map: Map<string, number>, n = TOP): Record<string, number> {
  return Object.fromEntries(
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => [k, round(v)]),
  );
}

function add(map: Map<string, number>, key: string, ms: number) {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function summariseCpu(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byScript = new Map<string, number>();
  let sampledMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    sampledMs += ms;
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    add(self, `${functionName || '(anonymous)'} @ ${shortUrl(url)}:${lineNumber + 1}`, ms);
    add(byScript, shortUrl(url), ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName;
      if (name && !seen.has(name)) {
        seen.add(name);
        add(inclusive, name, ms);
      }
    }
  });
  return { sampledMs, self, inclusive, byScript };
}

/** Self time per event name on one thread (complete events nest by time). */
function summariseThread(events: TraceEvent[]): { self: Map<string, number>; busyMs: number } {
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { event: TraceEvent; end: number; childUs: number }[] = [];
  let busyMs = 0;
  const close = (until: number) => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const done = stack.pop();
      if (!done) break;
      // A task's own time is named by where it was posted from (the `toplevel` category).
      const { src_file: file, src_func: func } = done.event.args ?? {};
      const name = func
        ? `${done.event.name} (${file?.replace(/^.*\//, '')}: ${func})`
        : done.event.name;
      add(self, name, ((done.event.dur ?? 0) - done.childUs) / 1000);
    }
  };
  for (const event of complete) {
    close(event.ts);
    const parentFrame = stack.at(-1);
    if (parentFrame) parentFrame.childUs += event.dur ?? 0;
    else if (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') {
      busyMs += (event.dur ?? 0) / 1000;
    }
    stack.push({ event, end: event.ts + (event.dur ?? 0), childUs: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return { self, busyMs };
}

/** Starts profiling and tracing; the returned function stops both and summarises. */
export async function startMainThreadProfile(
  cdp: CDPSession,
  browserCdp: CDPSession,
): Promise<() => Promise<MainThreadProfile>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const events: TraceEvent[] = [];
  browserCdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await browserCdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES.split(',') },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const complete = new Promise<void>((resolve) =>
      browserCdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await browserCdp.send('Tracing.end');
    await complete;
    const cpu = summariseCpu(profile);
    // Threads by name; the page's main thread is the renderer main thread busiest with tasks.
    const names = new Map<string, string>();
    for (const e of events) {
      if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) {
        names.set(`${e.pid}:${e.tid}`, e.args.name);
      }
    }
    const byThread = new Map<string, TraceEvent[]>();
    for (const e of events) {
      const key = `${e.pid}:${e.tid}`;
      const list = byThread.get(key) ?? [];
      list.push(e);
      byThread.set(key, list);
    }
    const threadsBusyMs: Record<string, number> = {};
    let main: { self: Map<string, number>; busyMs: number } | null = null;
    for (const [key, list] of byThread) {
      const name = names.get(key) ?? key;
      if (name !== 'CrRendererMain' && !name.startsWith('DedicatedWorker')) continue;
      const summary = summariseThread(list);
      threadsBusyMs[`${name} ${key}`] = round(summary.busyMs);
      if (name === 'CrRendererMain' && (!main || summary.busyMs > main.busyMs)) main = summary;
    }
    return {
      sampledMs: round(cpu.sampledMs),
      selfMs: top(cpu.self),
      inclusiveMs: top(cpu.inclusive, 40),
      byScriptMs: top(cpu.byScript, 12),
      traceSelfMs: main ? top(main.self, 40) : {},
      threadsBusyMs,
    };
  };
}
