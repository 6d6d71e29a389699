/**
 * One measured run of one page (the reference or the app) in a fresh browser context: time to
 * the first frame with the leg, frame intervals after a warm-up, long tasks, renderer counters,
 * and for the app the frames it draws while paused and idle.
 */
import type { Browser, Page } from 'playwright-core';
import { VIEWPORT } from '../../tests/e2e/support/browser';
import type { RenderProbe } from '../../src/scene/renderProbe';
import type { BenchScenario } from '../../bench/scenarios';
import { strokeMoment } from '../../bench/strokeMoment';
import { sampleFrameAllocations, type FrameAllocations } from './heapSampling';
import { intervals } from './stats';

export type PageKind = 'reference' | 'app';

export interface RunSettings {
  warmupMs: number;
  frames: number;
  idleMs: number;
  timeoutMs: number;
  /** Frames drawn with the heap sampled (0: not sampled). */
  heapFrames: number;
  /** A phone: its viewport, the CPU 4× slower and a 1.6 Mbit/s connection (see PHONE). */
  phone: boolean;
}

/**
 * A mid-range phone as Lighthouse's mobile run has it: the CPU 4× slower, 1.6 Mbit/s down,
 * 750 kbit/s up, 150 ms round trips; a 390×844 viewport (at 1 device pixel per CSS pixel: the
 * software GPU could not draw three).
 */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  cpuSlowdown: 4,
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6e6 / 8) * 0.9,
    uploadThroughput: (750e3 / 8) * 0.9,
  },
} as const;

export interface RunResult {
  kind: PageKind;
  firstLegFrameMs: number;
  /** Frame intervals (ms) over `frames` frames after the warm-up. */
  intervals: number[];
  longTasks: { startTime: number; duration: number }[];
  calls: number;
  triangles: number;
  /** Shader programs linked by the end of the run. */
  programs: number;
  /** The way to the first leg frame: the longest `leg:<span>` measure of each span, ms. */
  loadSpans: Record<string, number>;
  /** The valve close-up's rectangle in the canvas (CSS px, origin bottom left), when shown. */
  inset: [number, number, number, number] | null;
  /** Allocations per frame while drawing (after the timed frames, so sampling cannot slow them). */
  allocations: FrameAllocations | null;
  /** Frames per second drawn while paused and idle (app only). */
  idleFps: number | null;
  canvas: { width: number; height: number };
  /** Uncaught errors the page threw (reported, not fatal: the frames still count). */
  pageErrors: string[];
}

declare global {
  interface Window {
    benchLongTasks?: { startTime: number; duration: number }[];
  }
}

/**
 * Installed before any page script: every frame waits for the GPU (see RenderProbe.syncEachFrame;
 * otherwise SwiftShader queues frames without bound and one page's backlog slows the next), and
 * every long task from navigation on is kept.
 */
function prepareMeasurement(): void {
  window.proximalRenderSync = true;
  const tasks: { startTime: number; duration: number }[] = [];
  window.benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      tasks.push({ startTime: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

const probeOf = (page: Page): Promise<RenderProbe | null> =>
  page.evaluate(() => window.proximalRender ?? null);

/**
 * Starts the lesson in the scenario's view (bench/scenarios.ts): the default layers, or every
 * layer shown. The camera stays on its preset (following the hands to the other side of the leg
 * would change what is drawn mid-run; the reference page draws the preset's view). The lesson
 * plays from the moment the reference page draws (bench/strokeMoment.ts), so every run of the
 * app draws the same strokes, and the pairs differ only by the machine.
 */
async function playScenario(page: Page, scenario: BenchScenario, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => window.proximal?.playback.getState().timeline != null, null, {
    polling: 100,
    timeout: timeoutMs,
  });
  const clips = await page.evaluate(() => window.proximal?.playback.getState().timeline?.clips);
  const from = strokeMoment({ clips: clips ?? [] });
  await solveHandsAhead(page, from, timeoutMs);
  await page.evaluate(
    ({ scenario, from }) => {
      const handle = window.proximal;
      if (handle === undefined) throw new Error('window.proximal is missing');
      const view = handle.view.getState();
      view.setFollow(false);
      if (scenario === 'all') {
        const all = Object.fromEntries(Object.keys(view.layers).map((name) => [name, true]));
        view.setLayers(all as typeof view.layers);
      }
      handle.playback.getState().seek(from);
      handle.playback.getState().play();
    },
    { scenario, from },
  );
}

/**
 * The hands' contact for the stretch of the lesson a run plays, solved before it is measured, as
 * the reference page solves its hands before its first frame. The app solves each stroke in a
 * worker as the playhead comes within 10 s of it (contact.worker.ts); on this machine's two cores
 * the worker takes one from the software GPU, and the frames drawn while it solves a stroke took
 * twice as long (measured: 3 to 5 frames of 300–480 ms among frames of 200 ms). Seeking through
 * the stretch while paused lets the worker solve it; the run then measures drawing alone.
 */
async function solveHandsAhead(page: Page, from: number, timeoutMs: number): Promise<void> {
  for (const t of [from, from + 10, from + 20, from + 30]) {
    await page.evaluate((t) => window.proximal?.playback.getState().seek(t), t);
    await page.waitForFunction(() => window.proximalHandsSolve?.pendingWithin(10) === false, null, {
      polling: 200,
      timeout: timeoutMs,
    });
  }
}

/** The close-up's window in the canvas's viewport coordinates, as renderWithCloseUp finds it. */
async function insetOf(page: Page): Promise<[number, number, number, number] | null> {
  return page.evaluate(() => {
    const target = document.querySelector('[data-flow-closeup-window]');
    const canvas = document.querySelector('canvas');
    if (!target || !canvas) return null;
    const frame = target.getBoundingClientRect();
    const box = canvas.getBoundingClientRect();
    const x = frame.left - box.left;
    const y = box.height - (frame.top - box.top + frame.height);
    return [Math.round(x), Math.round(y), Math.round(frame.width), Math.round(frame.height)];
  });
}

async function loadSpansOf(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const spans: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (!entry.name.startsWith('leg:')) continue;
      const name = entry.name.slice(4);
      spans[name] = Math.max(spans[name] ?? 0, entry.duration);
    }
    return spans;
  });
}

/**
 * Waits until three frames in a row link no new shader program: layers shown after the first
 * frame (and the hands, the flow) compile theirs in the frames after, which on a software GPU
 * takes seconds; the frame time measured is the steady one, in both pages.
 */
async function settled(page: Page, timeoutMs: number): Promise<void> {
  const read = () =>
    page.evaluate(() => ({
      programs: window.proximalRender?.programs ?? 0,
      frames: window.proximalRender?.frames ?? 0,
    }));
  const until = Date.now() + timeoutMs;
  let before = await read();
  while (Date.now() < until) {
    await page.waitForFunction(
      (count) => (window.proximalRender?.frames ?? 0) >= count,
      before.frames + 3,
      {
        polling: 100,
        timeout: timeoutMs,
      },
    );
    const now = await read();
    if (now.programs === before.programs) return;
    before = now;
  }
}

async function recordFrames(page: Page, settings: RunSettings): Promise<number[]> {
  await page.evaluate(() => {
    const probe = window.proximalRender;
    if (probe === undefined) throw new Error('no render probe');
    probe.stamps = [];
    probe.recording = true;
  });
  await page.waitForFunction(
    (count) => (window.proximalRender?.stamps.length ?? 0) > count,
    settings.frames,
    { polling: 250, timeout: settings.timeoutMs },
  );
  return page.evaluate(() => {
    const probe = window.proximalRender;
    if (probe === undefined) return [];
    probe.recording = false;
    return probe.stamps;
  });
}

async function idleFramesPerSecond(page: Page, idleMs: number): Promise<number> {
  await page.evaluate(() => window.proximal?.playback.getState().pause());
  await page.waitForTimeout(500);
  const before = (await probeOf(page))?.frames ?? 0;
  await page.waitForTimeout(idleMs);
  const after = (await probeOf(page))?.frames ?? 0;
  return ((after - before) * 1000) / idleMs;
}

export async function measurePage(
  browser: Browser,
  url: string,
  kind: PageKind,
  settings: RunSettings,
  scenario: BenchScenario,
): Promise<RunResult> {
  const viewport = settings.phone ? PHONE.viewport : VIEWPORT;
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(prepareMeasurement);
    const page = await context.newPage();
    if (settings.phone) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    }
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load', timeout: settings.timeoutMs });
    await page.waitForFunction(() => window.proximalRender?.firstLegFrameAt != null, null, {
      polling: 100,
      timeout: settings.timeoutMs,
    });
    if (kind === 'app') await playScenario(page, scenario, settings.timeoutMs);
    await page.waitForTimeout(settings.warmupMs);
    await settled(page, settings.timeoutMs);
    const stamps = await recordFrames(page, settings);
    const probe = await probeOf(page);
    const allocations =
      settings.heapFrames > 0
        ? await sampleFrameAllocations(page, settings.heapFrames, settings.timeoutMs)
        : null;
    const idleFps = kind === 'app' ? await idleFramesPerSecond(page, settings.idleMs) : null;
    const canvas = await page.evaluate(() => {
      const element = document.querySelector('canvas');
      return { width: element?.width ?? 0, height: element?.height ?? 0 };
    });
    const longTasks = await page.evaluate(() => window.benchLongTasks ?? []);
    const loadSpans = await loadSpansOf(page);
    const inset = kind === 'app' ? await insetOf(page) : null;
    return {
      kind,
      firstLegFrameMs: probe?.firstLegFrameAt ?? NaN,
      intervals: intervals(stamps.slice(0, settings.frames + 1)),
      longTasks,
      calls: probe?.calls ?? 0,
      triangles: probe?.triangles ?? 0,
      programs: probe?.programs ?? 0,
      loadSpans,
      inset,
      allocations,
      idleFps,
      canvas,
      pageErrors: errors,
    };
  } finally {
    await context.close();
  }
}
