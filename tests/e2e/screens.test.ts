/**
 * Every class of screen, in one browser and one page resized from a projector down to a phone:
 * no sideways scrolling in any mode; the stage's overlays cover at most 10 % of the leg while the
 * lesson plays (the leg captured with the overlays hidden, then shown); the DVT line is on screen
 * while it plays, and on phones the DVT signs are on the first screen; axe finds nothing serious; screenshots of each mode at each size.
 * Then presenter mode (the caption beside the leg, Space plays after the toggle was clicked),
 * the camera following the stroke, and the mode in the address and history.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSharedBrowser,
  expectNoSeriousViolations,
  LEG_TIMEOUT_MS,
  legCoverage,
  openApp,
  saveScreenshot,
  settle,
  type AppPage,
  waitForLeg,
} from './support';

/** Largest first: the cards open on a roomy screen, and must stay clear of the leg as it shrinks. */
const SIZES = [
  [1920, 1080],
  [1366, 768],
  [1280, 720],
  [1024, 768],
  [768, 1024],
  [412, 915],
  [390, 844],
] as const;
const PHONE_WIDTH = 480;
const OVERLAYS = '.trainer-stage-left, .stage-tools';
const MAX_COVERED = 0.1;
/** Calf kneading on the back of the calf: the camera follows to the back view. */
const IN_PHASE_2 = '/?t=45';

afterAll(async () => {
  await closeSharedBrowser();
});

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function chooseMode(page: Page, mode: 'train' | 'practice' | 'read'): Promise<void> {
  await page.click(`[data-testid=mode-${mode}]`);
  if (mode === 'practice') await page.getByTestId('practice').waitFor();
  if (mode === 'read') await page.getByTestId('protocol-file').waitFor();
  if (mode === 'train') await page.getByTestId('trainer').waitFor();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await settle(page, mode === 'read' ? 200 : 800);
}

/** Plays the lesson for a moment (cards fold where there is no room), then pauses: a still. */
async function playAMoment(page: Page): Promise<void> {
  const play = page.getByTestId('play-button');
  await play.click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid=play-button]')?.getAttribute('data-state'),
    null,
  );
  await page.waitForTimeout(1200);
  await play.click();
  await settle(page, 600);
}

/**
 * Whether the known-or-suspected DVT line is on screen: the safety strip's name, or its pinned
 * line once the strip has scrolled away (inside the panel's visible part and the window).
 */
async function dvtOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-testid=trainer-panel]')!.getBoundingClientRect();
    const visible = (el: Element | null) => {
      if (!el || el.closest('[hidden]')) return false;
      const box = el.getBoundingClientRect();
      return (
        box.height > 0 &&
        box.top >= Math.max(0, panel.top) - 1 &&
        box.bottom <= Math.min(window.innerHeight, panel.bottom) + 1
      );
    };
    const named = (el: Element | null) => /DVT/.test(el?.textContent ?? '');
    const strip = document.querySelector('.trainer-safety-name');
    const pin = document.querySelector('[data-testid=safety-pin]');
    const pinShown = pin?.getAttribute('data-away') === 'true';
    return (visible(strip) && named(strip)) || (pinShown && visible(pin) && named(pin));
  });
}

/** Waits until the pinned DVT line is shown (the strip scrolled away) or hidden again. */
async function pinAway(page: Page, away: boolean): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      document.querySelector('[data-testid=safety-pin]')?.getAttribute('data-away') === wanted,
    String(away),
    { timeout: 10_000 },
  );
}

describe('at every size', () => {
  let app: AppPage;
  const coverage: string[] = [];
  beforeAll(async () => {
    const [width, height] = SIZES[0];
    app = await openApp(IN_PHASE_2, { viewport: { width, height } });
    app.page.setDefaultTimeout(LEG_TIMEOUT_MS);
    await waitForLeg(app.page);
  });
  afterAll(async () => {
    console.log(`leg covered by overlays while playing: ${coverage.join(', ')}`);
    await app?.close();
  });

  it(
    'fits, keeps the leg clear while it plays, shows the DVT signs first on phones, passes axe',
    { timeout: 900_000 },
    async () => {
      const { page } = app;
      for (const [width, height] of SIZES) {
        const size = `${width}x${height}`;
        await page.setViewportSize({ width, height });
        await chooseMode(page, 'train');

        await playAMoment(page);
        const { legPixels, coveredShare } = await legCoverage(page, OVERLAYS);
        coverage.push(`${size} ${(coveredShare * 100).toFixed(1)} %`);
        expect(legPixels, `${size}: the leg is on the stage`).toBeGreaterThan(500);
        expect(coveredShare, `${size}: share of the leg under overlays`).toBeLessThanOrEqual(
          MAX_COVERED,
        );

        expect(await dvtOnScreen(page), `${size}: the DVT line on screen while it plays`).toBe(
          true,
        );

        if (width < PHONE_WIDTH) {
          const signs = await page.locator('.trainer-safety-signs').first().boundingBox();
          expect(signs, `${size}: DVT signs`).not.toBeNull();
          expect(
            signs!.y + signs!.height,
            `${size}: DVT signs end on the first screen`,
          ).toBeLessThanOrEqual(height);
          const note = await page.getByTestId('not-diagnosis').boundingBox();
          expect(note!.y + note!.height).toBeLessThanOrEqual(height);
          // The page scrolls on a phone: read on past the strip, and the pinned line follows
          // (this page was a projector's first, so the pin must follow the layout it is in).
          await page.evaluate(() => {
            const strip = document.querySelector('.trainer-safety')!.getBoundingClientRect();
            window.scrollTo({ top: window.scrollY + strip.bottom + 300, behavior: 'instant' });
          });
          await pinAway(page, true);
          expect(await dvtOnScreen(page), `${size}: the DVT line pinned, read on`).toBe(true);
          await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        }

        for (const mode of ['train', 'practice', 'read'] as const) {
          if (mode !== 'train') await chooseMode(page, mode);
          expect(await horizontalOverflow(page), `${size} ${mode}: sideways overflow`).toBe(0);
          await saveScreenshot(page, `screens-${mode === 'train' ? 'watch' : mode}-${size}`);
          if (mode === 'train' || width === 390 || width === 1280)
            await expectNoSeriousViolations(page, `${size} ${mode}`);
        }
        await chooseMode(page, 'train');
      }
      // On the phone, the measure does see a card over the leg: the View drawer, opened.
      await page.click('[data-testid=view-drawer-button]');
      await settle(page);
      const drawerOpen = await legCoverage(page, OVERLAYS);
      expect(drawerOpen.coveredShare, 'an open drawer over the leg is measured').toBeGreaterThan(
        MAX_COVERED,
      );
      await page.click('[data-testid=view-drawer-button]');
      expect(app.problems.all()).toEqual([]);
    },
  );
});

describe('the phase card on a laptop', () => {
  it(
    'brings the technique and the stroke shown on screen while the lesson plays at 1280x720',
    { timeout: 600_000 },
    async () => {
      const app = await openApp(IN_PHASE_2, { viewport: { width: 1280, height: 720 } });
      const { page } = app;
      try {
        page.setDefaultTimeout(LEG_TIMEOUT_MS);
        await waitForLeg(page);
        const inPanel = async (selector: string) => {
          const [panel, box] = await Promise.all([
            page.getByTestId('trainer-panel').boundingBox(),
            page.locator(selector).first().boundingBox(),
          ]);
          return box!.y >= panel!.y && box!.y + box!.height <= panel!.y + panel!.height;
        };
        // Paused, the panel opens at its top: safety first, the stroke below the fold.
        await expect(inPanel('[data-testid=stroke-shown]')).resolves.toBe(false);
        await page.getByTestId('play-button').click();
        await page.waitForFunction(
          () => {
            const panel = document.querySelector('[data-testid=trainer-panel]')!;
            const stroke = document.querySelector('[data-testid=stroke-shown]')!;
            return (
              stroke.getBoundingClientRect().bottom <= panel.getBoundingClientRect().bottom &&
              panel.scrollTop > 0
            );
          },
          null,
          { timeout: 10_000 },
        );
        await settle(page, 800);
        await page.getByTestId('play-button').click();
        await expect(inPanel('[data-testid=phase-card] .trainer-facts')).resolves.toBe(true);
        await expect(inPanel('[data-testid=stroke-shown]')).resolves.toBe(true);
        // The strip has scrolled away: its pinned line stands in for it, and brings it back.
        await expect(inPanel('.trainer-safety-signs')).resolves.toBe(false);
        await expect(inPanel('[data-testid=safety-pin]')).resolves.toBe(true);
        await expect(page.getByTestId('safety-pin').getAttribute('data-away')).resolves.toBe(
          'true',
        );
        // The DVT line covers neither the technique nor the stroke shown.
        const [pinBox, factsBox] = await Promise.all([
          page.getByTestId('safety-pin').boundingBox(),
          page.locator('[data-testid=phase-card] .trainer-facts').first().boundingBox(),
        ]);
        expect(factsBox!.y, 'technique below the DVT line').toBeGreaterThanOrEqual(
          pinBox!.y + pinBox!.height - 1,
        );
        expect(await page.getByTestId('safety-pin').textContent()).toMatch(/DVT/);
        await saveScreenshot(page, 'screens-phase-card-playing-1280x720');
        await page.getByTestId('safety-pin').getByRole('button').click();
        await pinAway(page, false);
        // The pin steps aside once a sliver of the strip shows; the smooth scroll that brings
        // the whole strip back may still be under way (slow under load).
        await expect.poll(() => inPanel('.trainer-safety-signs'), { timeout: 10_000 }).toBe(true);
        expect(app.problems.all()).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );
});

describe('touch on a phone', () => {
  it(
    'one finger scrolls the page over the stage, two fingers pinch to zoom and turn the leg',
    { timeout: 600_000 },
    async () => {
      const app = await openApp(IN_PHASE_2, {
        viewport: { width: 390, height: 844 },
        touch: true,
      });
      const { page } = app;
      try {
        page.setDefaultTimeout(LEG_TIMEOUT_MS);
        await waitForLeg(page);
        await settle(page, 800);
        // Real touch events through the browser's input pipeline (touch-action applies).
        const cdp = await app.context.newCDPSession(page);
        const touch = async (from: [number, number][], to: [number, number][], steps = 12) => {
          const at = (k: number) =>
            from.map(([x, y], id) => ({
              id,
              x: x + (to[id]![0] - x) * k,
              y: y + (to[id]![1] - y) * k,
            }));
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
          for (let i = 1; i <= steps; i++) {
            await cdp.send('Input.dispatchTouchEvent', {
              type: 'touchMove',
              touchPoints: at(i / steps),
            });
          }
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
          await settle(page, 400);
        };
        // Two points of the skin up the back of the leg: their distance on screen tells the zoom,
        // their middle's place the turn.
        const skin = () =>
          page.evaluate(() => {
            const a = window.proximalScene!.project(0.35, 180);
            const b = window.proximalScene!.project(0.55, 180);
            return a && b ? { a, b, span: Math.hypot(a.x - b.x, a.y - b.y) } : null;
          });
        const pressed = (id: string) => page.getByTestId(id).getAttribute('aria-pressed');
        const stage = (await page.getByTestId('trainer-stage').boundingBox())!;
        const cx = stage.x + stage.width / 2;
        const cy = stage.y + stage.height / 2;

        // One finger up the stage scrolls the page and leaves the leg as it was.
        const before = (await skin())!;
        // In 4 px steps, as a finger moves (the browser decides to scroll within its slop).
        await touch([[cx, cy + 80]], [[cx, cy - 120]], 50);
        expect(await page.evaluate(() => window.scrollY), 'page scrolled').toBeGreaterThan(50);
        await expect(pressed('camera-follow')).resolves.toBe('true');
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        await settle(page, 400);
        const still = (await skin())!;
        expect(Math.abs(still.span - before.span), 'no zoom from one finger').toBeLessThan(2);

        // Two fingers apart: the leg grows on screen (zoom in), and the camera stops following.
        await touch(
          [
            [cx - 30, cy],
            [cx + 30, cy],
          ],
          [
            [cx - 120, cy],
            [cx + 120, cy],
          ],
        );
        const zoomed = (await skin())!;
        expect(zoomed.span, 'pinched out').toBeGreaterThan(still.span * 1.15);
        await expect(pressed('camera-follow')).resolves.toBe('false');

        // Two fingers moved sideways together turn the leg: the back of the leg slides across.
        await touch(
          [
            [cx - 60, cy],
            [cx + 60, cy],
          ],
          [
            [cx + 40, cy],
            [cx + 160, cy],
          ],
        );
        const turned = (await skin())!;
        const middle = (s: typeof turned) => (s.a.x + s.b.x) / 2;
        expect(Math.abs(middle(turned) - middle(zoomed)), 'turned').toBeGreaterThan(20);
        expect(await page.evaluate(() => window.scrollY), 'two fingers never scroll').toBe(0);
        await saveScreenshot(page, 'screens-touch-after-pinch-and-turn-390x844');
        expect(app.problems.all()).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );
});

describe('loading on a slow connection', () => {
  it(
    "paints the boot screen at once, then shows the model's progress on the stage, uncovered",
    { timeout: 600_000 },
    async () => {
      const modelRequests: string[] = [];
      const app = await openApp('/', {
        viewport: { width: 1280, height: 720 },
        beforeGoto: async (page) => {
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Network.enable');
          // About a slow 3G phone connection: 1.6 Mbit/s down, 300 ms round trips.
          await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: 300,
            downloadThroughput: (1.6 * 1024 * 1024) / 8,
            uploadThroughput: (750 * 1024) / 8,
          });
          page.on('request', (request) => {
            if (new URL(request.url()).pathname.endsWith('.glb')) modelRequests.push(request.url());
          });
          // Every value the model's progress bar takes, from the page's first script on.
          await page.addInitScript(() => {
            const seen: (number | null)[] = [];
            (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
            new MutationObserver(() => {
              const bar = document.querySelector<HTMLProgressElement>(
                '[data-testid=model-loading] progress',
              );
              if (!bar) return;
              const value = bar.hasAttribute('value') ? bar.value : null;
              if (seen.at(-1) !== value) seen.push(value);
            }).observe(document, { subtree: true, childList: true, attributes: true });
          });
        },
      });
      const { page } = app;
      try {
        page.setDefaultTimeout(LEG_TIMEOUT_MS);
        // The first paint is the boot screen (header, text, bar), long before the app starts.
        const firstPaint = await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        );
        // The issue measured a blank page for more than 4 s on a slow connection.
        expect(firstPaint, 'first contentful paint (ms)').not.toBeNull();
        expect(firstPaint!).toBeLessThan(4000);
        // The model loads with a bar on the stage that nothing covers.
        const loading = page.getByTestId('model-loading');
        await loading.waitFor({ state: 'visible' });
        const bar = (await loading.locator('progress').boundingBox())!;
        const onTop = await page.evaluate(
          ({ x, y }) =>
            document.elementFromPoint(x, y)?.closest('[data-testid=model-loading]') !== null,
          { x: bar.x + bar.width / 2, y: bar.y + bar.height / 2 },
        );
        expect(onTop, 'the progress bar is not under another card').toBe(true);
        await saveScreenshot(page, 'screens-loading-slow-1280x720');
        await waitForLeg(page);
        const seen = await page.evaluate(
          () => (window as unknown as { progressSeen: (number | null)[] }).progressSeen,
        );
        // Exact while the file downloads: some values strictly between 0 and 100, rising.
        // One download of the leg (a stage mounted twice once fetched it twice).
        expect(modelRequests.filter((url) => url.includes('/leg'))).toHaveLength(1);
        const exact = seen.filter((v): v is number => v !== null && v > 0 && v < 100);
        expect(exact.length, `progress values seen: ${seen.join(', ')}`).toBeGreaterThan(2);
        expect([...exact].sort((a, b) => a - b)).toEqual(exact);
        console.log(
          `slow connection: first paint ${Math.round(firstPaint!)} ms, progress ${seen.join(' ')}`,
        );
        expect(app.problems.all()).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );
});

describe('presenter mode', () => {
  it(
    'puts the caption beside the leg, hides the header and panels, and Space plays after the toggle was clicked',
    { timeout: 600_000 },
    async () => {
      const app = await openApp(IN_PHASE_2, { viewport: { width: 1024, height: 768 } });
      const { page } = app;
      try {
        page.setDefaultTimeout(LEG_TIMEOUT_MS);
        await waitForLeg(page);
        for (const [width, height] of [
          [1024, 768],
          [390, 844],
        ] as const) {
          await page.setViewportSize({ width, height });
          await page.click('[data-testid=presenter-toggle]');
          await settle(page);
          await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
          await expect(page.getByTestId('trainer-panel').isVisible()).resolves.toBe(false);
          const caption = await page.getByTestId('presenter-caption').boundingBox();
          const stage = await page.getByTestId('trainer-stage').boundingBox();
          expect(caption && stage).toBeTruthy();
          const overlapX =
            Math.min(caption!.x + caption!.width, stage!.x + stage!.width) -
            Math.max(caption!.x, stage!.x);
          const overlapY =
            Math.min(caption!.y + caption!.height, stage!.y + stage!.height) -
            Math.max(caption!.y, stage!.y);
          expect(
            overlapX <= 1 || overlapY <= 1,
            `${width}x${height}: caption beside the stage, not over it`,
          ).toBe(true);
          await saveScreenshot(page, `screens-presenter-${width}x${height}`);

          // Focus is on the Presenter toggle that was just clicked: Space plays, and again pauses.
          await page.keyboard.press('Space');
          await expect(page.getByTestId('play-button').getAttribute('data-state')).resolves.toBe(
            'playing',
          );
          await expect(
            page.getByTestId('presenter-toggle').getAttribute('aria-pressed'),
          ).resolves.toBe('true');
          await page.keyboard.press('Space');
          await expect(page.getByTestId('play-button').getAttribute('data-state')).resolves.toBe(
            'paused',
          );
          await page.keyboard.press('Escape');
          await settle(page, 200);
        }
        expect(app.problems.all()).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );
});

describe('links and the camera', () => {
  it(
    'opens the mode named in the address, Back returns to the previous mode, and the camera follows the stroke',
    { timeout: 600_000 },
    async () => {
      const app = await openApp('/?mode=read', { viewport: { width: 1280, height: 720 } });
      const { page } = app;
      try {
        page.setDefaultTimeout(LEG_TIMEOUT_MS);
        await page.getByTestId('protocol-file').waitFor();
        await expect(page.getByTestId('mode-read').getAttribute('aria-pressed')).resolves.toBe(
          'true',
        );
        await page.click('[data-testid=mode-train]');
        await waitForLeg(page);
        expect(new URL(page.url()).searchParams.get('mode')).toBe('watch');
        await page.goBack();
        await page.getByTestId('protocol-file').waitFor();
        expect(new URL(page.url()).searchParams.get('mode')).toBe('read');
        await page.goForward();
        await page.getByTestId('trainer').waitFor();

        // Follow is on by default: the calf kneading (back of the calf) is seen from behind,
        // the outer glide of the closing phase from outside.
        const pressed = (id: string) => page.getByTestId(id).getAttribute('aria-pressed');
        await expect(pressed('camera-follow')).resolves.toBe('true');
        await page.evaluate(() => window.scrollTo(0, 0));
        const scrubber = page.getByTestId('scrubber');
        const box = await scrubber.boundingBox();
        // The lesson's length as the scrubber states it (seconds, rounded).
        const duration = Number(await scrubber.getAttribute('aria-valuemax'));
        // 45 s in: the calf kneading.
        await page.mouse.click(box!.x + (box!.width * 45) / duration, box!.y + box!.height / 2);
        await settle(page);
        await expect(pressed('camera-back')).resolves.toBe('true');
        // Choosing a preset stops following.
        await page.click('[data-testid=view-drawer-button]');
        await page.click('[data-testid=camera-front]');
        await expect(pressed('camera-follow')).resolves.toBe('false');
        await expect(pressed('camera-front')).resolves.toBe('true');
        await page.click('[data-testid=camera-follow]');
        await expect(pressed('camera-back')).resolves.toBe('true');
        expect(app.problems.all()).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );
});
