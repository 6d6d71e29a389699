/**
 * Accessibility in real Chromium: axe-core finds no serious or critical violation in any mode
 * (Watch at its setup step and in a phase, presenter, Practice, Read); every control is
 * reachable with Tab and shows where the focus is; phase changes are announced in a live
 * region; reduced motion means no autoplay and instant camera moves.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraPose } from '../../src/scene/cameraPresets';
import { strings, trainerStrings } from '../../src/ui/strings';
import {
  closeSharedBrowser,
  expectNoSeriousViolations,
  framesDrawn,
  LEG_TIMEOUT_MS,
  openApp,
  renderProbeOf,
  tabWalk,
  type AppPage,
  waitForFrames,
  waitForLeg,
} from './support';

afterAll(async () => {
  await closeSharedBrowser();
});

async function open(path = '/', reducedMotion = false): Promise<AppPage> {
  const app = await openApp(path, { reducedMotion });
  app.page.setDefaultTimeout(LEG_TIMEOUT_MS);
  await waitForLeg(app.page);
  return app;
}

/** Moves the lesson into phase `n` (1-based) from the phase outline, leaving the setup step. */
async function enterPhase(page: Page, n: number): Promise<void> {
  await page.locator('[data-testid=phase-outline] button').nth(n).click();
}

describe('in every mode', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await open('/');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('axe finds no serious or critical violation', { timeout: 600_000 }, async () => {
    const { page } = app;
    await expectNoSeriousViolations(page, 'Watch, setup step');
    await enterPhase(page, 2);
    await page.waitForTimeout(500);
    await expectNoSeriousViolations(page, 'Watch, phase 2');
    await page.click('[data-testid=presenter-toggle]');
    await page.waitForTimeout(500);
    await expectNoSeriousViolations(page, 'Watch, presenter');
    await page.click('[data-testid=presenter-toggle]');
    await page.click('[data-testid=mode-practice]');
    await page.getByTestId('practice').waitFor();
    await page.waitForTimeout(1500);
    await expectNoSeriousViolations(page, 'Practice');
    await page.click('[data-testid=mode-read]');
    await page.getByTestId('protocol-file').waitFor();
    await expectNoSeriousViolations(page, 'Read');
    await page.click('[data-testid=mode-train]');
    expect(app.problems.all()).toEqual([]);
  });

  it('every control is reachable with Tab and shows its focus', { timeout: 600_000 }, async () => {
    const { page } = app;
    for (const mode of ['train', 'practice', 'read'] as const) {
      await page.click(`[data-testid=mode-${mode}]`);
      await page.waitForTimeout(1500);
      const walk = await tabWalk(page);
      expect(walk.unreached, `${mode}: controls Tab never reached`).toEqual([]);
      expect(walk.noIndicator, `${mode}: controls with no visible focus`).toEqual([]);
      expect(walk.stops, `${mode}: Tab stops`).toBeGreaterThan(5);
    }
    await page.click('[data-testid=mode-train]');
  });
});

describe('phase changes', () => {
  it('are announced in a polite live region', { timeout: 600_000 }, async () => {
    const app = await open('/');
    const { page } = app;
    try {
      const announcer = page.getByTestId('phase-announcer');
      await expect(announcer.getAttribute('aria-live')).resolves.toBe('polite');
      await expect(announcer.textContent()).resolves.toBe(strings.setup.title);
      // Read only (the protocol in use, as the page has it).
      const phases = await page.evaluate(
        () => window.proximal?.protocol.getState().protocol.phases.map((p) => p.name) ?? [],
      );
      for (const n of [2, 3]) {
        await enterPhase(page, n);
        const expected = trainerStrings.announce.phase(n, phases.length, phases[n - 1] ?? '');
        await page.waitForFunction(
          (text) => document.querySelector('[data-testid=phase-announcer]')?.textContent === text,
          expected,
        );
      }
    } finally {
      await app.close();
    }
  });
});

describe('with reduced motion', () => {
  it('nothing plays by itself and camera moves are instant', { timeout: 600_000 }, async () => {
    const app = await open('/', true);
    const { page } = app;
    try {
      await page.waitForTimeout(2000);
      // Read only: the clock's time, which no control shows to the millisecond.
      await expect(
        page.evaluate(() => ({
          playing: window.proximal?.playback.getState().playing,
          t: window.proximal?.clock.t,
        })),
      ).resolves.toEqual({ playing: false, t: 0 });

      const beforeSeek = await framesDrawn(page);
      await enterPhase(page, 1); // leaves the setup step (and its camera)
      await waitForFrames(page, beforeSeek, 1);
      await page.click('[data-testid=view-drawer-button]'); // the presets are in the View drawer
      await page.waitForTimeout(1000);
      const since = await framesDrawn(page);
      await page.click('[data-testid=camera-back]');
      await waitForFrames(page, since, 1);
      const probe = await renderProbeOf(page);
      const target = cameraPose('back', 'right').position;
      probe?.camera.forEach((value, i) => expect(value).toBeCloseTo(target[i] ?? NaN, 3));
      await page.waitForTimeout(1500);
      // A glide would draw a frame per step for 0.7 s; an instant move draws one or two.
      expect((await framesDrawn(page)) - since).toBeLessThanOrEqual(3);
      expect(app.problems.all()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
