/**
 * Every class of screen, in one browser and one page resized from a projector down to a phone:
 * no sideways scrolling in any mode; the stage's overlays cover at most 10 % of the leg while the
 * lesson plays (the leg captured with the overlays hidden, then shown); on phones the DVT signs
 * are on the first screen; axe finds nothing serious; screenshots of each mode at each size.
 * Then presenter mode (the caption beside the leg, Space plays after the toggle was clicked),
 * the camera following the stroke, and the mode in the address and history.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSharedBrowser,
  LEG_TIMEOUT_MS,
  legCoverage,
  openApp,
  runAxe,
  saveScreenshot,
  seriousViolations,
  settle,
  waitForLeg,
  type AppPage,
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

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const serious = seriousViolations(await runAxe(page));
  expect(
    serious.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`),
    where,
  ).toEqual([]);
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

        if (width < PHONE_WIDTH) {
          const signs = await page.locator('.trainer-safety-signs').first().boundingBox();
          expect(signs, `${size}: DVT signs`).not.toBeNull();
          expect(
            signs!.y + signs!.height,
            `${size}: DVT signs end on the first screen`,
          ).toBeLessThanOrEqual(height);
          const note = await page.getByTestId('not-diagnosis').boundingBox();
          expect(note!.y + note!.height).toBeLessThanOrEqual(height);
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
        await saveScreenshot(page, 'screens-phase-card-playing-1280x720');
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
