/**
 * `npm run bench`: the app's frame time as a ratio to a plain three.js page drawing the same
 * leg (bench/reference.html), in one real Chromium with the perf recipe's flags
 * (../shared/design/perf-recipe.md). Builds with `vite build --mode bench` into
 * test-results/bench-dist, serves it, alternates reference and app runs (the first pair is a
 * warm-up and dropped), and prints ONE JSON object to stdout (progress goes to stderr). Both
 * pages are served as a static host serves them (scripts and text gzipped, see staticServer.ts),
 * so the phone run's connection carries what a real one would.
 *
 * Two scenarios (bench/scenarios.ts), each against a reference page drawing the same content, so
 * the ratio is the app's overhead.
 *
 *   npm run bench              5 pairs per scenario, 200 frames each
 *   npm run bench -- --short   2 pairs, 40 frames (also BENCH_SHORT=1): what CI runs
 *   npm run bench -- --pairs=N N pairs (the first dropped)
 *   npm run bench -- --scenario=default   one scenario only
 *   npm run bench -- --phone   as on a phone: 390×844, CPU 4× slower, 1.6 Mbit/s (see PHONE)
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser, UNCAPPED_ARGS } from '../../tests/e2e/support/browser';
import { REPO_ROOT } from '../../tests/e2e/support/paths';
import { serveStatic } from '../../tests/e2e/support/staticServer';
import { webglInfo } from '../../tests/e2e/support/webgl';
import { BENCH_SCENARIOS, type BenchScenario } from '../../bench/scenarios';
import { measurePage, type RunResult, type RunSettings } from './measurePage';
import { summarise, type PairRuns } from './report';
import { bundleSizes } from './sizes';

const short = process.argv.includes('--short') || process.env.BENCH_SHORT === '1';
const phone = process.argv.includes('--phone');
// A build of its own, so a phone run and a desktop run can share the machine.
const OUT_DIR = fileURLToPath(
  new URL(`../../test-results/bench-dist${phone ? '-phone' : ''}/`, import.meta.url),
);
const scenarioArg = process.argv.find((arg) => arg.startsWith('--scenario='));
/** The scenarios run (`--scenario=default` for one); a scenario not run reports no pairs. */
const SCENARIOS = scenarioArg
  ? BENCH_SCENARIOS.filter((name) => name === scenarioArg.slice('--scenario='.length))
  : BENCH_SCENARIOS;
const pairsArg = process.argv.find((arg) => arg.startsWith('--pairs='));
/** Pairs run per scenario, the first dropped as a warm-up (`--pairs=N` to change it). */
const PAIRS = Math.max(2, Number(pairsArg?.slice('--pairs='.length)) || (short ? 2 : 5));
// Short: both scenarios in about the time one took before (CI runs it; see .ci/run).
const SETTINGS: RunSettings = {
  warmupMs: short ? 1500 : 2000,
  frames: short ? 40 : 200,
  idleMs: short ? 1000 : 2000,
  timeoutMs: 240_000,
  heapFrames: short ? 10 : 30,
  phone,
};

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  log(`building (vite --mode bench) into ${OUT_DIR}`);
  await build({
    root: REPO_ROOT,
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir: OUT_DIR, emptyOutDir: true },
  });
  const sizes = bundleSizes(OUT_DIR);
  // Served as a static host serves it: scripts and text gzipped, the models as they are.
  const server = await serveStatic(OUT_DIR, { gzip: true });
  const browser = await launchBrowser({ extraArgs: UNCAPPED_ARGS });
  try {
    const probe = await browser.newPage();
    await probe.goto(`${server.url}/bench/reference.html`, { timeout: SETTINGS.timeoutMs });
    const gl = await webglInfo(probe);
    await probe.close();
    if (!gl.webgl2 || !gl.renderer.includes('SwiftShader')) {
      throw new Error(`needs WebGL2 drawn by SwiftShader; got "${gl.renderer || 'no WebGL'}"`);
    }
    const pairs: Record<BenchScenario, PairRuns[]> = { default: [], all: [] };
    let canvas = { width: 0, height: 0 };
    const insets: Record<BenchScenario, string> = { default: '', all: '' };
    for (let pair = 1; pair <= PAIRS; pair++) {
      for (const scenario of SCENARIOS) {
        // The reference draws at the app's canvas size and close-up rectangle, known after the
        // app's first run (the first pair, which is dropped, uses stand-ins).
        const size = canvas.width > 0 ? `&w=${canvas.width}&h=${canvas.height}` : '';
        const referenceUrl = `${server.url}/bench/reference.html?scenario=${scenario}${size}${insets[scenario]}`;
        log(`pair ${pair}/${PAIRS}, ${scenario}: reference`);
        const reference = await measurePage(browser, referenceUrl, 'reference', SETTINGS, scenario);
        // The model's own glTF materials against the app's (the skin material's cost): the
        // full bench only, in the default view.
        let plain: RunResult | undefined;
        if (!short && scenario === 'default') {
          log(`pair ${pair}/${PAIRS}, ${scenario}: reference with the glTF's plain materials`);
          plain = await measurePage(
            browser,
            `${referenceUrl}&material=plain`,
            'reference',
            SETTINGS,
            scenario,
          );
        }
        log(`pair ${pair}/${PAIRS}, ${scenario}: app`);
        const app = await measurePage(browser, `${server.url}/`, 'app', SETTINGS, scenario);
        canvas = app.canvas;
        if (app.inset) insets[scenario] = `&inset=${app.inset.join(',')}`;
        if (pair > 1) pairs[scenario].push({ reference, app, plain });
      }
    }
    const report = summarise({
      short,
      settings: SETTINGS,
      renderer: gl.renderer,
      pairs,
      sizes,
      load: { start: loadAtStart, end: loadavg() },
    });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
