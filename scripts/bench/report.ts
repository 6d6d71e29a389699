/**
 * The bench's one JSON object: per scenario, medians over the kept pairs, the per-pair ratios
 * (their spread), what each page drew, and the way to the first leg frame in spans; sizes and
 * the targets. The top-level frame and first-frame figures are the default scenario's (the
 * fields the bench printed before it had scenarios).
 */
import type { BenchScenario } from '../../bench/scenarios';
import type { RunResult, RunSettings } from './measurePage';
import type { BundleSizes } from './sizes';
import { longTaskBlocking, median, percentile, round } from './stats';

/** The targets of issue 18 (frame and first frame) and issue 7 (idle, entry JS). */
export const TARGETS = {
  frameP50Ratio: 1.1,
  idleFps: 0,
  entryJsKB: 350,
  firstLegFrameRatio: 1.3,
} as const;

export interface PairRuns {
  reference: RunResult;
  app: RunResult;
  /** The reference with the model's plain glTF materials (full bench, default scenario). */
  plain?: RunResult;
}

interface Input {
  short: boolean;
  settings: RunSettings;
  renderer: string;
  pairs: Record<BenchScenario, PairRuns[]>;
  sizes: BundleSizes;
  /** `os.loadavg()` (1, 5, 15 min) when the bench started and when it ended. */
  load: { start: number[]; end: number[] };
}

const p50 = (run: RunResult) => percentile(run.intervals, 0.5);
const p95 = (run: RunResult) => percentile(run.intervals, 0.95);
const blocking = (run: RunResult, until: number) =>
  longTaskBlocking(run.longTasks.filter((t) => t.startTime < until).map((t) => t.duration));
const med = (values: number[]) => round(median(values));
const LOAD_SPANS = [
  'download',
  'parse',
  'decode',
  'model',
  'environment',
  'compile',
  'first-draw',
] as const;

/** Median of the spans, and what is left of the way to the first frame (waiting: code, React). */
function loadBreakdown(runs: RunResult[]) {
  const out: Record<string, number> = {};
  for (const span of LOAD_SPANS) out[span] = med(runs.map((run) => run.loadSpans[span] ?? 0));
  out.total = med(runs.map((run) => run.firstLegFrameMs));
  return out;
}

function scenarioSummary(pairs: PairRuns[]) {
  const ratios = (pick: (run: RunResult) => number) =>
    pairs.map((p) => round(pick(p.app) / pick(p.reference), 3));
  const spread = (values: number[]) => ({
    median: round(median(values), 3),
    min: round(Math.min(...values), 3),
    max: round(Math.max(...values), 3),
    each: values,
  });
  const drawn = (run: RunResult | undefined) => ({
    calls: run?.calls ?? 0,
    triangles: run?.triangles ?? 0,
    programs: run?.programs ?? 0,
  });
  const reference = pairs.map((p) => p.reference);
  const app = pairs.map((p) => p.app);
  const withPlain = pairs.filter((p) => p.plain !== undefined);
  return {
    pairsKept: pairs.length,
    frameMs: {
      reference: { p50: med(reference.map(p50)), p95: med(reference.map(p95)) },
      app: { p50: med(app.map(p50)), p95: med(app.map(p95)) },
      ratioP50: spread(ratios(p50)),
      ratioP95: spread(ratios(p95)),
    },
    firstLegFrameMs: {
      reference: loadBreakdown(reference),
      app: loadBreakdown(app),
      ratio: spread(ratios((run) => run.firstLegFrameMs)),
    },
    // From navigation to the first leg frame; later frames wait for the GPU on purpose (see
    // measurePage), so long tasks after it measure the bench, not the app.
    longTaskBlockingUntilFirstLegFrameMs: {
      reference: med(reference.map((run) => blocking(run, run.firstLegFrameMs))),
      app: med(app.map((run) => blocking(run, run.firstLegFrameMs))),
    },
    drawn: { reference: drawn(reference[0]), app: drawn(app[0]) },
    // Sampled after the timed frames (the last kept pair): bytes per frame and where.
    allocationsPerFrame: {
      reference: reference.at(-1)?.allocations ?? null,
      app: app.at(-1)?.allocations ?? null,
    },
    idleFps: round(median(app.map((run) => run.idleFps ?? NaN))),
    closeUpInset: app[0]?.inset ?? null,
    // The skin material and its zone shader against the model's plain glTF materials, both in
    // the reference page (issue 13: at most 10 % of the default view's frame time).
    skinMaterialCost:
      withPlain.length === 0
        ? null
        : {
            plainP50: med(withPlain.map((p) => p50(p.plain!))),
            skinP50: med(withPlain.map((p) => p50(p.reference))),
            ratioP50: round(median(withPlain.map((p) => p50(p.reference) / p50(p.plain!))), 3),
          },
  };
}

export function summarise({ short, settings, renderer, pairs, sizes, load }: Input) {
  const scenarios = {
    default: scenarioSummary(pairs.default),
    all: scenarioSummary(pairs.all),
  };
  const main = scenarios.default;
  const frameOk = Object.values(scenarios).every(
    (s) => s.frameMs.ratioP50.median <= TARGETS.frameP50Ratio,
  );
  const firstOk = Object.values(scenarios).every(
    (s) => s.firstLegFrameMs.ratio.median <= TARGETS.firstLegFrameRatio,
  );
  const idleOk = Object.values(scenarios).every((s) => s.idleFps === TARGETS.idleFps);
  const all = [...pairs.default, ...pairs.all];
  return {
    bench:
      'proximal app vs plain three.js pages drawing the same content (bench/scenarios.ts): the ratio is overhead',
    short,
    phone: settings.phone,
    served: 'scripts, styles, HTML, JSON and wasm gzipped; models and images as they are',
    pairsKept: main.pairsKept,
    framesPerRun: settings.frames,
    warmupMs: settings.warmupMs,
    renderer,
    loadAverage: load,
    canvas: all[0]?.app.canvas ?? null,
    frameMs: {
      reference: main.frameMs.reference,
      app: main.frameMs.app,
      ratioP50: main.frameMs.ratioP50.median,
      ratioP95: main.frameMs.ratioP95.median,
    },
    firstLegFrameMs: {
      reference: main.firstLegFrameMs.reference.total,
      app: main.firstLegFrameMs.app.total,
      ratio: main.firstLegFrameMs.ratio.median,
    },
    idleFps: main.idleFps,
    scenarios,
    gzipKB: {
      entryJs: round(sizes.entryJsKB, 1),
      firstLegFrameJs: round(sizes.firstLegFrameJsKB, 1),
      allJs: round(sizes.allJsKB, 1),
      model: round(sizes.modelKB, 1),
      entryFiles: sizes.entryFiles,
    },
    pageErrors: [...new Set(all.flatMap((p) => [...p.reference.pageErrors, ...p.app.pageErrors]))],
    targets: {
      [`frame p50 ratio <= ${TARGETS.frameP50Ratio} (both scenarios)`]: frameOk,
      [`idle fps == ${TARGETS.idleFps}`]: idleOk,
      [`entry JS <= ${TARGETS.entryJsKB} KB gzip`]: sizes.entryJsKB <= TARGETS.entryJsKB,
      [`first leg frame ratio <= ${TARGETS.firstLegFrameRatio} (both scenarios)`]: firstOk,
    },
  };
}
