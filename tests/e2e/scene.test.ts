/**
 * The trainer's 3D scene in real Chromium: the leg draws with its pressure zones where the
 * anatomy puts them, the hands move up the leg as the lesson plays, and each phase is
 * photographed for a person to look at.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import {
  closeSharedBrowser,
  openApp,
  pixelsOfPng,
  saveScreenshot,
  settle,
  settledSkinPointOnPage,
  type AppPage,
} from './support';

let app: AppPage;

beforeAll(async () => {
  app = await openApp('/');
  await app.page.waitForFunction(() => window.proximalScene !== undefined, null, {
    timeout: 90_000,
  });
});

afterAll(async () => {
  await app?.close();
  await closeSharedBrowser();
});

async function seek(page: Page, t: number): Promise<void> {
  await page.evaluate((time) => window.proximal?.playback.getState().seek(time), t);
  await settle(page, 700);
}

/** The stage's canvas on the page: where its pixels are read and its points are measured from. */
async function stageCanvasBox(page: Page) {
  const box = await page.locator('[data-testid=trainer-stage] canvas').first().boundingBox();
  if (!box) throw new Error('no canvas on the stage');
  return box;
}

/**
 * RGB of the canvas at canvas-relative points, from a screenshot decoded in the page (no image
 * library). The DOM overlays over the stage are hidden for the shot: this reads the 3D drawing.
 */
async function pixels(page: Page, points: { x: number; y: number }[]): Promise<number[][]> {
  await page.addStyleTag({
    content: '.trainer-stage > :not(:first-child) { visibility: hidden !important; }',
  });
  const box = await stageCanvasBox(page);
  const png = await page.screenshot({ clip: box, timeout: 60_000 });
  return pixelsOfPng(page, png, points).finally(() =>
    page.evaluate(() =>
      document.querySelectorAll('style').forEach((el) => {
        if (el.textContent?.includes('visibility: hidden !important')) el.remove();
      }),
    ),
  );
}

const luminance = ([r = 0, g = 0, b = 0]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/**
 * Canvas-relative pixel of the skin at (s, θ) once the view has stopped moving: the preset's
 * camera move runs on rendered frames, and the first frames after the zone chart arrives can take
 * seconds in software GL (its shader compiles), so a point read after a fixed wait can still be
 * on the way and miss the leg.
 */
async function project(page: Page, s: number, theta: number) {
  const box = await stageCanvasBox(page);
  const p = await settledSkinPointOnPage(page, s, theta);
  return { x: p.x - box.x, y: p.y - box.y };
}

async function landmarkS(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => {
    const status = window.proximal?.leg.getState().status;
    if (status?.kind !== 'ready') throw new Error('model not ready');
    return status.model.landmarks[n as 'toe_tip'].s;
  }, name);
}

describe('the trainer scene', () => {
  it('draws the leg: the shin is coloured as a light-pressure zone, the calf belly is not', async () => {
    const { page } = app;
    // The camera follows the stroke by default (the first one is on the front of the leg):
    // choose the medial preset, which stops following, and wait for the zone chart to arrive.
    await page.evaluate(() => window.proximal?.view.getState().setCamera('medial'));
    await page.waitForFunction(() => window.proximalScene?.zonesBaked() === true, null, {
      timeout: 150_000,
    });
    await seek(page, 1);
    await settle(page, 1500);
    const ankle = await landmarkS(page, 'medial_malleolus');
    const knee = await landmarkS(page, 'tibial_tuberosity');
    const mid = ankle + 0.55 * (knee - ankle);
    // Medial view: the tibia's subcutaneous anteromedial face (θ ≈ 40°, clear of the medial
    // lane's arrows at 90°) and the calf behind it.
    const shin = await project(page, mid, 40);
    const calf = await project(page, mid, 150);
    const [shinRgb = [], calfRgb = []] = await pixels(page, [shin, calf]);
    await saveScreenshot(page, 'scene-zones-medial');
    // Light zone: pale yellow (high lightness, blue well below green); firm: dark.
    expect(luminance(shinRgb), `shin pixel ${shinRgb}`).toBeGreaterThan(150);
    expect(
      (shinRgb[1] ?? 0) - (shinRgb[2] ?? 0),
      `shin pixel ${shinRgb} is yellowish`,
    ).toBeGreaterThan(30);
    expect(luminance(calfRgb), `calf pixel ${calfRgb}`).toBeLessThan(luminance(shinRgb) - 60);

    // With the zones layer off, the same shin point is plain skin, not the zone's yellow.
    await page.evaluate(() => window.proximal?.view.getState().toggleLayer('zones'));
    await settle(page, 700);
    const [plain = []] = await pixels(page, [shin]);
    await page.evaluate(() => window.proximal?.view.getState().toggleLayer('zones'));
    expect(plain.join(), 'the zone colour goes away with its layer').not.toBe(shinRgb.join());
    await page.evaluate(() => window.proximal?.view.getState().setFollow(true));
  });

  it('moves the hands up the leg as the lesson plays', async () => {
    const { page } = app;
    const clip = await page.evaluate(() => {
      const tl = window.proximal?.playback.getState().timeline;
      const c = tl?.clips.find((k) => k.kind === 'glide' && k.phaseIndex === 0 && k.duration > 4);
      return c ? { start: c.start, duration: c.duration } : null;
    });
    expect(clip).not.toBeNull();
    if (!clip) return;
    await seek(page, clip.start + 0.2 * clip.duration);
    const early = await page.evaluate(() => window.proximalScene?.projectObject('hand_right'));
    await seek(page, clip.start + 0.8 * clip.duration);
    const late = await page.evaluate(() => window.proximalScene?.projectObject('hand_right'));
    expect(early && late).toBeTruthy();
    // Screen y grows downward: a hand moving toward the groin moves up the screen.
    expect(
      (late?.y ?? 0) < (early?.y ?? 0) - 30,
      `hand from ${JSON.stringify(early)} to ${JSON.stringify(late)}`,
    ).toBe(true);
  });

  it('plays: time advances and the phase changes at the phase boundary', async () => {
    const { page } = app;
    const second = await page.evaluate(
      () => window.proximal?.playback.getState().timeline?.spans[1]?.start ?? 0,
    );
    await seek(page, second - 0.6);
    await page.evaluate(() => {
      const p = window.proximal?.playback.getState();
      p?.setSpeed(1);
      p?.play();
    });
    await page.waitForFunction((t) => (window.proximal?.clock.t ?? 0) > t + 0.3, second, {
      timeout: 30_000,
    });
    await page.evaluate(() => window.proximal?.playback.getState().pause());
    const spanIndex = await page.evaluate(() => window.proximal?.playback.getState().spanIndex);
    expect(spanIndex).toBe(1);
  });

  it('shows every phase (screenshots for review) with no console errors', async () => {
    const { page } = app;
    const spans = await page.evaluate(
      () => window.proximal?.playback.getState().timeline?.spans ?? [],
    );
    expect(spans.map((s) => s.phaseId)).toEqual(defaultProtocol.phases.map((p) => p.id));
    const cameras = ['medial', 'back', 'front', 'lateral'] as const;
    for (const [i, span] of spans.entries()) {
      await page.evaluate(
        (c) => window.proximal?.view.getState().setCamera(c),
        cameras[i % 4] ?? 'medial',
      );
      await seek(page, (span.start + span.end) / 2);
      await page.waitForTimeout(900);
      await saveScreenshot(page, `scene-phase-${i + 1}-${span.phaseId}`);
    }
    expect(app.problems.all()).toEqual([]);
  });
});
