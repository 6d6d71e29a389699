/**
 * What the camera check costs, in one run on this machine: main-thread time per second of a
 * plain page that only shows the camera image, against the app while the check runs; of the
 * app's, the detector's wall time per frame and the app's own tracking per frame (palm centre,
 * leg line, contact, strokes' state); and how quickly the page answers input while the detector
 * runs: the delay before a click's handler runs (a click a second on the panel's text), and the
 * time from a click on Finish to the summary on screen.
 * `npx tsx scripts/camera/cost.ts [distDir] [--profile]` (needs `npm run build:e2e`; another
 * build, e.g. an older one, to compare); the fake camera plays the test video (rendered first if
 * missing). `--profile` also says where the app's main-thread time went in its window (see
 * mainThreadProfile.ts); the profiler's own overhead then adds to the busy figure.
 */
import type { CDPSession, Page } from 'playwright-core';
import { serveStatic } from '../../tests/e2e/support/staticServer';
import { E2E_DIST_DIR } from '../../tests/e2e/support/paths';
import { launchWithFakeCamera, strokeVideo } from '../../tests/e2e/support/strokeVideo';
import { startMainThreadProfile, type MainThreadProfile } from './mainThreadProfile';

const WINDOW_MS = 20_000;

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

/**
 * Main-thread milliseconds per second over the window, and what `during` returns after it;
 * `activity` runs through the window (by default the page is left alone).
 */
async function measure<T>(
  page: Page,
  during: () => Promise<T>,
  activity: (until: number) => Promise<void> = () => page.waitForTimeout(WINDOW_MS),
): Promise<{ busy: number; result: T }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await taskSeconds(cdp);
  const started = performance.now();
  await activity(started + WINDOW_MS);
  const after = await taskSeconds(cdp);
  const elapsed = performance.now() - started;
  const result = await during();
  return { busy: ((after - before) * 1000) / (elapsed / 1000), result };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

declare global {
  interface Window {
    costInputDelays?: number[];
    costFinishMs?: Promise<number>;
  }
}

/** A click a second on the panel's privacy text (which does nothing) until `until`. */
async function clickEverySecond(page: Page, until: number): Promise<void> {
  await page.evaluate(() => {
    window.costInputDelays = [];
    document.addEventListener(
      'pointerdown',
      (event) => window.costInputDelays?.push(performance.now() - event.timeStamp),
      true,
    );
  });
  const box = await page.getByTestId('camera-privacy').boundingBox();
  if (!box) throw new Error('no privacy text');
  while (performance.now() < until - 1000) {
    await page.mouse.click(box.x + 10, box.y + box.height / 2);
    await page.waitForTimeout(1000);
  }
  await page.waitForTimeout(Math.max(0, until - performance.now()));
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};

const args = process.argv.slice(2);
const profiling = args.includes('--profile');
const distDir = args.find((arg) => !arg.startsWith('--')) ?? E2E_DIST_DIR;
const video = await strokeVideo();
const server = await serveStatic(distDir);
const browser = await launchWithFakeCamera(video.y4mPath);
try {
  // The reference: the same origin, a page with only the camera's image on it.
  const plain = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await plain.goto(`${server.url}/mediapipe/hands/hands.js`);
  await plain.setContent('<video autoplay muted playsinline style="width:800px"></video>');
  await plain.evaluate(async () => {
    const element = document.querySelector('video');
    if (!element) throw new Error('no video');
    element.srcObject = await navigator.mediaDevices.getUserMedia({ video: true });
    await element.play();
  });
  const reference = await measure(plain, async () => null);
  await plain.close();

  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.url}/`);
  page.setDefaultTimeout(240_000);
  await page.click('[data-testid=mode-practice]');
  await page.locator('[data-testid=camera-open]:not([disabled])').click();
  await page.waitForSelector('[data-testid=camera-start]:not([disabled])');
  const box = await page.getByTestId('camera-taps').boundingBox();
  if (!box) throw new Error('no camera image');
  for (const p of [video.ankle, video.knee, video.groin]) {
    await page.mouse.click(box.x + (p.x / 640) * box.width, box.y + (p.y / 480) * box.height);
  }
  await page.getByTestId('camera-start').click();
  await page.waitForSelector('[data-testid=camera-check]:not([data-frames="0"])');
  const framesBefore = Number(await page.getByTestId('camera-check').getAttribute('data-frames'));
  const legFrames = () => page.evaluate(() => window.proximalRender?.frames ?? 0);
  const legFramesBefore = await legFrames();
  let stopProfile: (() => Promise<MainThreadProfile>) | null = null;
  if (profiling) {
    const browserCdp = await browser.newBrowserCDPSession();
    stopProfile = await startMainThreadProfile(
      await page.context().newCDPSession(page),
      browserCdp,
    );
  }
  const app = await measure(
    page,
    async () => {
      const check = page.getByTestId('camera-check');
      const frames = Number(await check.getAttribute('data-frames')) - framesBefore;
      // The panel keeps the last few hundred timings: this window's are the last `frames`.
      const timings = async (name: string) =>
        frames === 0
          ? []
          : ((await check.getAttribute(name)) ?? '').split(',').map(Number).slice(-frames);
      const detectMs = await timings('data-detect-ms');
      const workMs = await timings('data-work-ms');
      const inputDelays = await page.evaluate(() => window.costInputDelays ?? []);
      return { frames, detectMs, workMs, inputDelays };
    },
    (until) => clickEverySecond(page, until),
  );
  const { frames, detectMs, workMs, inputDelays } = app.result;
  const legFramesDrawn = (await legFrames()) - legFramesBefore;
  const profile = stopProfile ? await stopProfile() : null;
  const thread = await page.getByTestId('camera-check').getAttribute('data-detector-thread');
  // Finish, pressed while the detector runs: from the press to the summary on screen.
  // A string: tsx would wrap named functions in a helper the page does not have. It ends in
  // `undefined`: evaluate would otherwise wait for the promise, which only the click resolves.
  await page.evaluate(`
    window.costFinishMs = new Promise((resolve) => {
      document.addEventListener('pointerdown', (event) => {
        const pressed = event.timeStamp;
        const shown = () => document.querySelector('[data-testid=camera-summary]')
          ? requestAnimationFrame(() => resolve(performance.now() - pressed))
          : requestAnimationFrame(shown);
        shown();
      }, { capture: true, once: true });
    });
    undefined;
  `);
  const legFramesBeforeFinish = await legFrames();
  let stopFinishProfile: (() => Promise<MainThreadProfile>) | null = null;
  if (profiling) {
    stopFinishProfile = await startMainThreadProfile(
      await page.context().newCDPSession(page),
      await browser.newBrowserCDPSession(),
    );
  }
  await page.getByTestId('camera-finish').click();
  const finishMs = await page.evaluate(() => window.costFinishMs ?? Promise.resolve(-1));
  const legFramesOnFinish = (await legFrames()) - legFramesBeforeFinish;
  const finishProfile = stopFinishProfile ? await stopFinishProfile() : null;
  const detectPerFrame = median(detectMs);
  console.log(
    JSON.stringify(
      {
        build: distDir,
        detectorThread: thread ?? 'page (an older build)',
        windowMs: WINDOW_MS,
        referenceBusyMsPerSecond: Math.round(reference.busy),
        appBusyMsPerSecond: Math.round(app.busy),
        ratio: Number((app.busy / Math.max(1, reference.busy)).toFixed(1)),
        framesChecked: frames,
        legFramesDrawnWhileChecking: legFramesDrawn,
        detectorMsPerFrameMedian: Math.round(detectPerFrame),
        appTrackingMsPerFrameMedian: Number(median(workMs).toFixed(2)),
        referenceMsPerFrameAt30Hz: Number((reference.busy / 30).toFixed(1)),
        clicks: inputDelays.length,
        clickDelayMsMedian: Math.round(percentile(inputDelays, 0.5)),
        clickDelayMsMax: Math.round(Math.max(0, ...inputDelays)),
        finishToSummaryMs: Math.round(finishMs),
        legFramesDrawnOnFinish: legFramesOnFinish,
        profile,
        finishProfile,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
