/**
 * Faults at the edges, in real Chromium against the built app: each lazily loaded chunk answered
 * with 404 in turn (as after a redeploy), a saved protocol whose checker cannot load, and a
 * full-size trace checked without freezing the page. The app never blanks, says what failed and
 * why, keeps the safety rules in view, and a retry works once the chunk is served again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { LAZY_TEXT, PROTOCOL_FILE_TEXT, STAGE_TEXT, strings } from '../../src/ui/strings';
import {
  closeSharedBrowser,
  expectNotDiagnosisInHeader,
  LEG_TIMEOUT_MS,
  openApp,
  protocolDocument,
  saveScreenshot,
  saveScreenshotsAtLookSizes,
  type AppPage,
} from './support';
import { E2E_DIST_DIR } from './support/paths';
import { fullSizeTraceText } from './support/traces';

afterAll(async () => {
  await closeSharedBrowser();
});

/**
 * The served app's (dist-e2e/) chunks that index.html does not load: the lazily loaded ones.
 * `SWEEP_CHUNKS=readJsonText,validate` narrows the sweep to chunks whose names start so, to
 * look at one fault without the whole sweep.
 */
function lazyChunks(): string[] {
  const index = readFileSync(join(E2E_DIST_DIR, 'index.html'), 'utf8');
  const only = process.env.SWEEP_CHUNKS?.split(',').filter((name) => name !== '');
  return readdirSync(join(E2E_DIST_DIR, 'assets'))
    .filter((name) => name.endsWith('.js') && !index.includes(`/assets/${name}`))
    .filter((name) => only === undefined || only.some((start) => name.startsWith(start)))
    .sort();
}

const MESSAGES = [
  '[data-testid=part-failed]',
  '[data-testid=model-error]',
  '[data-testid=protocol-not-checked]',
  '[data-testid=tuning-failure]',
].join(', ');

type Step = 'load' | 'practice' | 'coach' | 'open';
const STEPS: Step[] = ['load', 'practice', 'coach', 'open'];
const protocolFile = JSON.stringify(protocolDocument({ title: 'Mine' }));

/** One step a user takes; resolves when its result (or a failure message) is on screen. */
async function take(page: Page, step: Step): Promise<void> {
  if (step === 'load') {
    await page.waitForSelector(`[data-testid=trainer-stage] canvas, ${MESSAGES}`);
  } else if (step === 'practice') {
    await page.click('[data-testid=mode-practice]');
    await page.waitForSelector(`[data-testid=practice-panel], ${MESSAGES}`);
  } else if (step === 'coach') {
    await page.click('[data-testid=mode-coach]');
    await page.waitForSelector(`[data-testid=coach], ${MESSAGES}`);
  } else {
    await page.click('[data-testid=mode-read]');
    await page.setInputFiles('[data-testid=protocol-file-input]', {
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(protocolFile),
    });
    await page.waitForSelector(
      `[data-testid=protocol-file-status]:has-text("Mine"), [data-testid=protocol-errors] >> visible=true`,
    );
  }
}

/** The chunks each step fetches first, from a run where everything is served. */
async function chunksByStep(): Promise<Map<string, Step>> {
  const firstNeed = new Map<string, Step>();
  let step: Step = 'load';
  const app = await openApp('/?tune', {
    beforeGoto: async (page) => {
      page.on('request', (request) => {
        const name = new URL(request.url()).pathname.split('/').pop() ?? '';
        if (!firstNeed.has(name)) firstNeed.set(name, step);
      });
    },
  });
  try {
    app.page.setDefaultTimeout(LEG_TIMEOUT_MS);
    for (step of STEPS) await take(app.page, step);
    await app.page.waitForTimeout(1000);
  } finally {
    await app.close();
  }
  return firstNeed;
}

/**
 * Chunks a lazy part or opening a protocol imports directly: they come back in place, loaded
 * again under a fresh address. A chunk that failed as another's dependency stays failed in the
 * page (the browser remembers it) and comes back after a reload, which the message offers.
 */
const ENTRY_CHUNK = /^(PracticeLayout|CoachLayout|TrainerCanvas|TuningPanel|readProtocolFile)-/;

/**
 * Failures with nothing to tell: the background check of the built-in protocol, and the
 * service worker's registration (without it the app works as before, online).
 */
const SILENT_CHUNK = /^(defaultProtocolResult-|workbox-window\.)/;

/**
 * The zone-baking worker: when it cannot start, the zones are baked on the page instead (a
 * slower first frame, nothing lost), so there is nothing to tell, but the zones must be drawn.
 */
const WORKER_WITH_FALLBACK = /^zoneChart\.worker-/;

/**
 * The hands' contact worker: when it cannot start, the page solves the hands' contact itself
 * (in slices), so there is nothing to tell, but the hands must settle.
 */
const HANDS_WORKER = /^contact\.worker-/;

/** Whether the part comes back in place: the retry, or opening the file again. */
async function recovers(page: Page, step: Step, message: Locator): Promise<boolean> {
  const dialog = page.locator('[data-testid=protocol-not-checked]');
  if ((await dialog.count()) > 0) {
    await page.keyboard.press('Escape');
    await take(page, 'open');
    return (await page.locator(MESSAGES).count()) === 0;
  }
  await message
    .getByRole('button', { name: LAZY_TEXT.retry })
    .or(message.getByRole('button', { name: STAGE_TEXT.retry }))
    .first()
    .click();
  const back =
    step === 'practice'
      ? '[data-testid=practice-panel]'
      : step === 'coach'
        ? '[data-testid=coach]'
        : '[data-testid=trainer-stage] canvas';
  try {
    await page.waitForSelector(back, { timeout: LEG_TIMEOUT_MS });
    await page.waitForTimeout(1500);
    return (await page.locator(MESSAGES).count()) === 0;
  } catch {
    return false;
  }
}

/** The header still says it is not a diagnosis, and the app has not blanked. */
async function safetyShown(page: Page): Promise<void> {
  await expectNotDiagnosisInHeader(page);
  await expect(page.locator('#root > *').count()).resolves.toBeGreaterThan(0);
}

describe('each lazily loaded chunk answered with 404', () => {
  it(
    'leaves the app usable, says why, keeps the safety rules shown, and retries',
    { timeout: 1_500_000 },
    async () => {
      const chunks = lazyChunks();
      expect(chunks.length).toBeGreaterThan(process.env.SWEEP_CHUNKS === undefined ? 5 : 0);
      const needs = await chunksByStep();
      const report: string[] = [];
      let reloadChecked = false;
      /** Each outcome as it comes (a later failure then shows what came before). */
      const note = (line: string) => {
        report.push(line);
        console.info(line);
      };
      for (const chunk of chunks) {
        const step = needs.get(chunk);
        if (step === undefined) {
          note(`${chunk}: not fetched by these steps`);
          continue;
        }
        const pattern = `**/assets/${chunk}`;
        let app: AppPage | null = null;
        try {
          app = await openApp('/?tune', {
            beforeGoto: async (page) => {
              await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'gone' }));
            },
          });
          const { page } = app;
          page.setDefaultTimeout(LEG_TIMEOUT_MS);
          const first = STEPS.indexOf(step);
          for (const done of STEPS.slice(0, first)) await take(page, done);
          // From the step that fetches it first, until one says what failed: a chunk the
          // background check fetches first (the checker's code) fails the steps that use it.
          let shownAt: Step = step;
          for (shownAt of STEPS.slice(first)) {
            await take(page, shownAt);
            await page.waitForTimeout(500);
            if ((await page.locator(MESSAGES).count()) > 0) break;
          }
          await safetyShown(page);
          const message = page.locator(MESSAGES).first();
          const said = (await message.count()) > 0 ? ((await message.textContent()) ?? '') : '';
          const where = shownAt === step || said === '' ? step : `${step}, shown at ${shownAt}`;
          note(`${chunk} (${where}): ${said.slice(0, 100) || 'no message'}`);
          expect(app.problems.pageErrors, chunk).toEqual([]);
          if (SILENT_CHUNK.test(chunk)) {
            expect(said).toBe('');
            continue;
          }
          if (WORKER_WITH_FALLBACK.test(chunk)) {
            expect(said, `${chunk}: the page bakes the zones itself`).toBe('');
            await page.click('[data-testid=mode-train]');
            await page.waitForFunction(() => window.proximalScene?.zonesBaked() === true, null, {
              timeout: LEG_TIMEOUT_MS,
            });
            continue;
          }
          if (HANDS_WORKER.test(chunk)) {
            expect(said, `${chunk}: the page solves the hands' contact itself`).toBe('');
            await page.click('[data-testid=mode-train]');
            await page.waitForFunction(
              () => {
                const solve = window.proximalHandsSolve;
                return solve?.inWorker === false && solve.strokes > 0;
              },
              null,
              { timeout: LEG_TIMEOUT_MS },
            );
            continue;
          }
          expect(said, `${chunk}: a message that says what failed`).toMatch(
            /could not be (loaded|checked)|did not load|dynamically imported module|404/,
          );
          if (chunk.startsWith('PracticeLayout')) {
            await saveScreenshotsAtLookSizes(page, 'fault-practice-chunk');
            await expect(
              page.getByText(LAZY_TEXT.failed(LAZY_TEXT.parts.practice)).count(),
            ).resolves.toBe(1);
            await expect(
              page.getByText(strings.loadError.safety).first().isVisible(),
            ).resolves.toBe(true);
          }
          if (chunk.startsWith('readJsonText')) {
            await saveScreenshot(page, `fault-readJsonText-chunk-${shownAt}`);
          }

          // Served again: the retry (or opening the file again) brings the part back in place,
          // or the message says only a reload can and a reload does. Checked for every chunk a
          // part imports directly and every chunk opening a protocol needs; of the chunks they
          // import, which all come back only after a reload, once (each check reloads the
          // leg in software, a minute or more a chunk on two cores).
          const dependency = !ENTRY_CHUNK.test(chunk) && shownAt !== 'open';
          if (dependency && reloadChecked) continue;
          reloadChecked ||= dependency;
          await page.unroute(pattern);
          const reloadSaid = said.includes(PROTOCOL_FILE_TEXT.notCheckedReload('', '').slice(-60));
          const inPlace = await recovers(page, shownAt, message);
          if (!inPlace) {
            await page.reload();
            // The page comes back in the mode it was left in (the address keeps it): start the
            // steps again from Watch.
            await page.click('[data-testid=mode-train]');
            for (const done of STEPS.slice(0, STEPS.indexOf(shownAt) + 1)) {
              await take(page, done);
            }
            await expect(page.locator(MESSAGES).count(), `${chunk} after a reload`).resolves.toBe(
              0,
            );
          }
          note(`  ${inPlace ? 'back on retry' : 'back after a reload'}`);
          if (ENTRY_CHUNK.test(chunk)) expect(inPlace, `${chunk}: back on retry`).toBe(true);
          if (shownAt === 'open') {
            // Never "open it again" alone where only a reload brings the checker back.
            expect(inPlace || reloadSaid, `${chunk}: the dialog says a reload may be needed`).toBe(
              true,
            );
          }
          expect(app.problems.pageErrors, chunk).toEqual([]);
        } finally {
          await app?.close();
        }
      }
      console.info(`Chunks failed in turn:\n  ${report.join('\n  ')}`);
    },
  );
});

describe('a saved protocol whose checker cannot be loaded', () => {
  it(
    'falls back to the built-in protocol with a notice that says so',
    { timeout: 300_000 },
    async () => {
      const app = await openApp('/');
      const { page } = app;
      try {
        page.setDefaultTimeout(LEG_TIMEOUT_MS);
        await take(page, 'open');
        await page.getByTestId('protocol-file-status').getByText(/Mine/).waitFor();
        await page.route('**/assets/validate-*.js', (route) => route.fulfill({ status: 404 }));
        await page.reload();
        const notice = page.getByTestId('saved-data-notice');
        await notice.waitFor();
        await expect(notice.textContent()).resolves.toMatch(
          /Your saved protocol “Mine” could not be checked \(.+\), so the built-in protocol is in use/,
        );
        expect(app.problems.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );
});

describe('a full-size trace (20,000 samples)', () => {
  it('is checked without freezing the page', { timeout: 600_000 }, async () => {
    const app = await openApp('/');
    const { page } = app;
    try {
      page.setDefaultTimeout(LEG_TIMEOUT_MS);
      await page.click('[data-testid=mode-practice]');
      await page.waitForSelector('[data-testid=trace-import]:not([disabled])');
      await page.waitForTimeout(2000);
      // The file is made in the page and handed to the input there: Playwright's own file
      // transfer decodes it in one long task of its own, which is not the app's.
      await page.evaluate((text) => {
        const w = window as unknown as { longTasks: number[]; fullSize: File };
        w.fullSize = new File([text], 'full-size.json', { type: 'application/json' });
        w.longTasks = [];
      }, fullSizeTraceText());
      await page.waitForTimeout(1000);
      const started = Date.now();
      await page.evaluate(() => {
        const w = window as unknown as {
          longTasks: number[];
          fullSize: File;
          statuses: string[];
        };
        const from = performance.now();
        w.statuses = [];
        const status = document.querySelector('[data-testid=trace-file-status]');
        if (status) {
          new MutationObserver(() => w.statuses.push(status.textContent ?? '')).observe(status, {
            childList: true,
            characterData: true,
            subtree: true,
          });
        }
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.startTime >= from) w.longTasks.push(entry.duration);
          }
        }).observe({ type: 'longtask' });
        const input = document.querySelector<HTMLInputElement>('[data-testid=trace-file-input]');
        if (!input) throw new Error('no trace file input');
        const files = new DataTransfer();
        files.items.add(w.fullSize);
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.getByTestId('trace-file-status').getByText('Opened full-size.json.').waitFor();
      await page.getByTestId('verdict').first().waitFor();
      const seconds = (Date.now() - started) / 1000;
      await page.waitForTimeout(1000);
      const tasks = await page.evaluate(
        () => (window as unknown as { longTasks: number[] }).longTasks,
      );
      const longest = Math.max(0, ...tasks);
      console.info(
        `full-size trace: checked in ${seconds.toFixed(1)} s; longest task ${Math.round(longest)} ms, ${tasks.length} long tasks`,
      );
      const statuses = await page.evaluate(
        () => (window as unknown as { statuses: string[] }).statuses,
      );
      expect(statuses).toContain('Checking 20,000 samples of full-size.json…');
      // On the page's thread, reading and checking it took one task of 1.6–2.3 s here (the
      // audit saw 1.5–2.0 s); what is left is drawing the stroke (about 0.5–0.7 s).
      expect(longest).toBeLessThan(1400);
      expect(app.problems.all()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
