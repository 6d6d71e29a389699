/**
 * Visual baselines of the 3D view: each camera preset with the zones on and the lesson paused
 * at a fixed moment (hands in a fixed pose), rendered by SwiftShader (same build, same pixels)
 * and compared with the committed PNGs in tests/e2e/baselines/ (see support/baselines.ts).
 * After a change of the look that is meant: `npm run baselines:update`, look at the PNGs, commit.
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedBrowser, framesDrawn, openApp, settle, type AppPage } from './support';
import { checkBaseline, halve, UPDATING_BASELINES } from './support/baselines';

/** A moment of the first phase: a glide up the inner leg, hands on the calf. */
const PAUSED_AT_S = 20;
const VIEWS = ['front', 'medial', 'back'] as const;

let app: AppPage;

beforeAll(async () => {
  app = await openApp(`/?t=${PAUSED_AT_S}&camera=medial`);
  await app.page.waitForFunction(() => window.proximalScene?.zonesBaked() === true, null, {
    timeout: 150_000,
  });
}, 240_000);

afterAll(async () => {
  await app?.close();
  await closeSharedBrowser();
});

/** Waits until the view stops drawing (demand frameloop: a still picture). */
async function still(page: Page): Promise<void> {
  await settle(page, 500);
  let last = await framesDrawn(page);
  for (let i = 0; i < 120; i++) {
    await page.waitForTimeout(1000);
    const now = await framesDrawn(page);
    if (now === last) return;
    last = now;
  }
  throw new Error('the view never stopped drawing');
}

/** The canvas alone (the stage's DOM overlays hidden), halved. */
async function view(page: Page): Promise<PNG> {
  await page.addStyleTag({
    content: '.trainer-stage > :not(:first-child) { visibility: hidden !important; }',
  });
  const png = PNG.sync.read(await page.locator('canvas').first().screenshot({ timeout: 60_000 }));
  await page.evaluate(() =>
    document.querySelectorAll('style').forEach((el) => {
      if (el.textContent?.includes('visibility: hidden !important')) el.remove();
    }),
  );
  return halve(png);
}

describe('visual baselines of the 3D view', () => {
  for (const camera of VIEWS) {
    it(`${camera} preset, zones on, paused at ${PAUSED_AT_S} s`, async () => {
      const { page } = app;
      // The presets live in the View drawer, folded on most screens.
      const preset = page.getByTestId(`camera-${camera}`);
      if (!(await preset.isVisible())) await page.getByTestId('view-drawer-button').click();
      await preset.click();
      await page.waitForFunction(() => window.proximal?.playback.getState().playing === false);
      // The camera glides to the preset: wait until no frame has been drawn for a second.
      await still(page);
      const result = checkBaseline(`view-${camera}`, await view(page));
      if (UPDATING_BASELINES) console.log(`wrote baseline view-${camera}`);
      expect(result.share).toBeLessThanOrEqual(0.003);
    });
  }

  it('had no console errors', () => {
    expect(app.problems.all()).toEqual([]);
  });
});
