/**
 * `npm run bench`: the app's frame time as a ratio to a plain three.js page drawing the same
 * leg (bench/reference.html), in one real Chromium with the perf recipe's flags
 * (../shared/design/perf-recipe.md). Builds with `vite build --mode bench` into
 * test-results/bench-dist, serves it, alternates reference and app runs (the first pair is a
 * warm-up and dropped), and prints ONE JSON object to stdout (progress goes to stderr).
 *
 *   npm run bench              5 pairs, 200 frames each
 *   npm run bench -- --short   2 pairs, 60 frames (also BENCH_SHORT=1): what CI runs
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser, UNCAPPED_ARGS } from '../../tests/e2e/support/browser';
import { REPO_ROOT } from '../../tests/e2e/support/paths';
import { serveStatic } from '../../tests/e2e/support/staticServer';
import { webglInfo } from '../../tests/e2e/support/webgl';
import { measurePage, type RunResult, type RunSettings } from './measurePage';
import { summarise } from './report';
import { bundleSizes } from './sizes';

const OUT_DIR = fileURLToPath(new URL('../../test-results/bench-dist/', import.meta.url));

const short = process.argv.includes('--short') || process.env.BENCH_SHORT === '1';
const PAIRS = short ? 2 : 5;
const SETTINGS: RunSettings = {
  warmupMs: 2000,
  frames: short ? 60 : 200,
  idleMs: short ? 1000 : 2000,
  timeoutMs: 240_000,
};

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  log(`building (vite --mode bench) into ${OUT_DIR}`);
  await build({
    root: REPO_ROOT,
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir: OUT_DIR, emptyOutDir: true },
  });
  const sizes = bundleSizes(OUT_DIR);
  const server = await serveStatic(OUT_DIR);
  const browser = await launchBrowser({ extraArgs: UNCAPPED_ARGS });
  try {
    const probe = await browser.newPage();
    await probe.goto(`${server.url}/bench/reference.html`);
    const gl = await webglInfo(probe);
    await probe.close();
    if (!gl.webgl2 || !gl.renderer.includes('SwiftShader')) {
      throw new Error(`needs WebGL2 drawn by SwiftShader; got "${gl.renderer || 'no WebGL'}"`);
    }
    const pairs: { reference: RunResult; app: RunResult; plain: RunResult }[] = [];
    let canvas = { width: 0, height: 0 };
    for (let pair = 1; pair <= PAIRS; pair++) {
      // The reference draws at the app's canvas size, known after the app's first run (the
      // first pair, which is dropped, uses a stand-in size).
      const size = canvas.width > 0 ? `?w=${canvas.width}&h=${canvas.height}` : '';
      log(`pair ${pair}/${PAIRS}: reference`);
      const reference = await measurePage(
        browser,
        `${server.url}/bench/reference.html${size}`,
        'reference',
        SETTINGS,
      );
      log(`pair ${pair}/${PAIRS}: reference with the glTF's plain materials`);
      const plain = await measurePage(
        browser,
        `${server.url}/bench/reference.html${size ? `${size}&` : '?'}material=plain`,
        'reference',
        SETTINGS,
      );
      log(`pair ${pair}/${PAIRS}: app`);
      const app = await measurePage(browser, `${server.url}/`, 'app', SETTINGS);
      canvas = app.canvas;
      if (pair > 1) pairs.push({ reference, app, plain });
    }
    const report = summarise({ short, settings: SETTINGS, renderer: gl.renderer, pairs, sizes });
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
