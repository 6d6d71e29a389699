/**
 * The rigged hands in real Chromium: each technique photographed from its close-up (the Hands
 * button) and from a camera preset, on a laptop and a phone, for a person to compare with the
 * design's target (shared/design/img/hands-target.png); the close-up frames the hands larger
 * than the preset.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSharedBrowser,
  LOOK_SIZES,
  openApp,
  saveScreenshot,
  settle,
  type AppPage,
} from './support';

let app: AppPage;
/** When the leg was first shown (the page's clock, ms). */
let shownAt = 0;

declare global {
  interface Window {
    handsLongTasks?: { startTime: number; duration: number }[];
  }
}

beforeAll(async () => {
  app = await openApp('/');
  await app.page.waitForFunction(() => window.proximalScene !== undefined, null, {
    timeout: 90_000,
  });
  // Every long task of the page from its start (buffered), to be read from the leg shown on.
  shownAt = await app.page.evaluate(() => {
    const tasks: { startTime: number; duration: number }[] = [];
    window.handsLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        tasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    return performance.now();
  });
});

afterAll(async () => {
  await app?.close();
  await closeSharedBrowser();
});

/**
 * A moment (fraction `at` of its time) of the first clip of a kind in the demonstration; for a
 * lifted return, the first one after a stroke.
 */
async function momentOf(page: Page, kind: string, at: number): Promise<number> {
  const t = await page.evaluate(
    ([k, f]) => {
      const clips = window.proximal?.playback.getState().timeline?.clips ?? [];
      const clip = clips.find((c, i) => c.kind === k && (k !== 'return' || i > 0));
      return clip ? clip.start + clip.duration * f : null;
    },
    [kind, at] as const,
  );
  if (t === null) throw new Error(`no ${kind} stroke in the demonstration`);
  return t;
}

/** Screen distance between the two hands' palms, or null when one is not drawn. */
async function handSpan(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const a = window.proximalScene?.projectObject('hand_left');
    const b = window.proximalScene?.projectObject('hand_right');
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : null;
  });
}

/** Each technique at a moment that shows it: the glide round the ankle, the return mid-air. */
const VIEWS = [
  { kind: 'glide', preset: 'front', at: 0.2 },
  { kind: 'knead', preset: 'back', at: 0.45 },
  { kind: 'compress', preset: 'medial', at: 0.45 },
  { kind: 'return', preset: 'medial', at: 0.5 },
] as const;

/** `name-1280x720` and `name-390x844`, back at the laptop size after. */
async function photograph(page: Page, name: string): Promise<void> {
  for (const size of [...LOOK_SIZES].reverse()) {
    await page.setViewportSize(size);
    await settle(page, 1500);
    await saveScreenshot(page, `${name}-${size.width}x${size.height}`);
  }
  await page.setViewportSize(LOOK_SIZES[1]);
  await settle(page, 500);
}

/**
 * The longest step of the contact solve on the page's thread (ms): with the solve in a worker,
 * adopting a solved stroke (copying no arrays: they are transferred).
 */
const LONGEST_STEP_MS = 50;
/**
 * The longest task of the page while the lesson plays (ms). Solved a stroke per task, as before
 * the slices, the first strokes held the page for 5-20 s each; solved in slices on the page,
 * 1.0-1.4 s here (on a software GPU under load); what is left with the worker is the page's own.
 */
const LONGEST_TASK_MS = 2500;
/**
 * Long tasks (over 50 ms) while 20 s of the lesson play: solved in slices on the page there were
 * 84 (9.5 s in all), with the solve in a worker 7 (3.4 s), the page's own.
 */
const LONG_TASKS_MAX = 30;

describe('the hands settle on the skin without hanging the page', () => {
  // The hands' contact is solved per stroke as the lesson nears it: seconds of work per stroke
  // (the first strokes right when the leg is shown), in a worker, so no task of the page runs long.
  it('plays 20 s of the lesson while the strokes are solved off the page', async () => {
    const { page } = app;
    await page.getByTestId('play-button').click();
    await page.waitForTimeout(20_000);
    // The two hands of the first strokes at least (slower where the machine is loaded).
    await page.waitForFunction(() => (window.proximalHandsSolve?.strokes ?? 0) >= 2, null, {
      timeout: 90_000,
    });
    await page.getByTestId('play-button').click();
    const tasks = await page.evaluate(
      (from) => (window.handsLongTasks ?? []).filter((e) => e.startTime >= from),
      shownAt,
    );
    const solve = (await page.evaluate(() => window.proximalHandsSolve))!;
    const longest = Math.max(0, ...tasks.map((e) => e.duration));
    const total = tasks.reduce((sum, e) => sum + e.duration, 0);
    console.info(
      `hands: ${tasks.length} long tasks in 20 s of lesson, ${Math.round(total)} ms in all, longest ${Math.round(longest)} ms; solve: ${JSON.stringify(solve)}`,
    );
    expect(solve.inWorker).toBe(true);
    expect(solve.longestStepMs).toBeLessThan(LONGEST_STEP_MS);
    expect(longest).toBeLessThan(LONGEST_TASK_MS);
    expect(tasks.length).toBeLessThanOrEqual(LONG_TASKS_MAX);
  });
});

describe('the hands show each technique', () => {
  it.each(VIEWS)('$kind: close-up and $preset view', async ({ kind, preset, at }) => {
    const { page, problems } = app;
    const t = await momentOf(page, kind, at);
    await page.evaluate((time) => window.proximal?.playback.getState().seek(time), t);
    // The strokes there solved (in the worker, a few seconds after the jump).
    await page.waitForFunction(() => window.proximalHandsSolve?.pendingWithin(1) === false, null, {
      timeout: 90_000,
    });
    // The presets and the close-up live in the View drawer, folded on most screens.
    const openView = async () => {
      if (!(await page.getByTestId(`camera-${preset}`).isVisible())) {
        await page.getByTestId('view-drawer-button').click();
      }
    };
    // Folded again before each photograph, as a learner would, so it does not cover the hands.
    const foldView = async () => {
      const button = page.getByTestId('view-drawer-button');
      if ((await button.getAttribute('aria-expanded')) === 'true') await button.click();
    };
    await openView();
    await page.getByTestId(`camera-${preset}`).click();
    await foldView();
    await settle(page, 1500);
    const far = await handSpan(page);
    await photograph(page, `hands-${kind}-${preset}`);
    await openView();
    await page.getByTestId('hands-close-up').click();
    await foldView();
    await settle(page, 1500);
    const near = await handSpan(page);
    await photograph(page, `hands-${kind}-closeup`);
    expect(far).not.toBeNull();
    expect(near).not.toBeNull();
    // Side by side and one above the other, the close-up shows the two hands farther apart on
    // screen than the whole-leg preset; stacked hands stay close together in both.
    if (kind === 'glide' || kind === 'knead') expect(near!).toBeGreaterThan(far! * 1.5);
    expect(problems.all()).toEqual([]);
  });
});

describe('where the contact worker cannot start', () => {
  // Its script answered with 404 (as after a redeploy): the page solves the hands itself.
  it('solves the hands on the page instead', async () => {
    const blocked = await openApp('/', {
      beforeGoto: async (page) => {
        await page.route('**/assets/contact.worker-*.js', (route) =>
          route.fulfill({ status: 404, body: 'gone' }),
        );
      },
    });
    try {
      const { page } = blocked;
      await page.waitForFunction(() => window.proximalScene !== undefined, null, {
        timeout: 90_000,
      });
      await page.getByTestId('play-button').click();
      // The first strokes solved, on the page (two hands of the first glide).
      await page.waitForFunction(
        () => {
          const solve = window.proximalHandsSolve;
          return solve?.inWorker === false && solve.strokes >= 2;
        },
        null,
        { timeout: 120_000 },
      );
      await page.getByTestId('play-button').click();
      expect(blocked.problems.pageErrors).toEqual([]);
    } finally {
      await blocked.close();
    }
  }, 200_000);
});
