/**
 * `npm run bench:profile -- [default|all] [app|reference]`: where a page's main thread spends
 * its frames, from Chromium's CPU profiler over a few seconds of the lesson playing in a bench
 * scenario. Prints the functions with the most self time (ms per frame) as JSON. Reads the bench
 * build (test-results/bench-dist, made by `npm run bench`). Time in `finishFrame` is the wait for
 * the software GPU (see src/scene/renderProbe.ts); the rest is the page's own work.
 */
import { fileURLToPath } from 'node:url';
import { launchBrowser, UNCAPPED_ARGS, VIEWPORT } from '../../tests/e2e/support/browser';
import { serveStatic } from '../../tests/e2e/support/staticServer';
import { parseScenario } from '../../bench/scenarios';

const OUT_DIR = fileURLToPath(new URL('../../test-results/bench-dist/', import.meta.url));
const PROFILE_MS = 6000;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

async function main(): Promise<void> {
  const scenario = parseScenario(process.argv[2] ?? null);
  const kind = process.argv[3] === 'reference' ? 'reference' : 'app';
  const server = await serveStatic(OUT_DIR);
  const browser = await launchBrowser({ extraArgs: UNCAPPED_ARGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await context.addInitScript(() => (window.proximalRenderSync = true));
    const page = await context.newPage();
    const url =
      kind === 'app'
        ? `${server.url}/`
        : `${server.url}/bench/reference.html?scenario=${scenario}&w=896&h=527`;
    await page.goto(url);
    await page.waitForFunction(() => window.proximalRender?.firstLegFrameAt != null, null, {
      timeout: 240_000,
    });
    if (kind === 'app') {
      await page.evaluate((scenario) => {
        const handle = window.proximal!;
        const view = handle.view.getState();
        view.setFollow(false);
        if (scenario === 'all') {
          const all = Object.fromEntries(Object.keys(view.layers).map((name) => [name, true]));
          view.setLayers(all as typeof view.layers);
        }
        handle.playback.getState().play();
      }, scenario);
    }
    await page.waitForTimeout(3000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const before = await page.evaluate(() => window.proximalRender?.frames ?? 0);
    await cdp.send('Profiler.start');
    await page.waitForTimeout(PROFILE_MS);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: {
        nodes: ProfileNode[];
        samples: number[];
        timeDeltas: number[];
        startTime: number;
        endTime: number;
      };
    };
    const frames = (await page.evaluate(() => window.proximalRender?.frames ?? 0)) - before;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      if (!node) return;
      const { functionName, url, lineNumber } = node.callFrame;
      const where = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
      self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const total = (profile.endTime - profile.startTime) / 1000;
    const perFrame = (ms: number) => Math.round((ms / Math.max(1, frames)) * 100) / 100;
    const top = [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([where, ms]) => ({ where, msPerFrame: perFrame(ms) }));
    process.stdout.write(
      `${JSON.stringify({ scenario, kind, frames, msPerFrame: perFrame(total), top }, null, 2)}\n`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[profile] failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
