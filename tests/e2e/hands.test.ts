/**
 * The rigged hands in real Chromium: each technique photographed from its close-up (the Hands
 * button) and from a camera preset, for a person to compare with the design's target
 * (shared/design/img/hands-target.png); the close-up frames the hands larger than the preset.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedBrowser, openApp, saveScreenshot, settle, type AppPage } from './support';

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

/** Middle of the first stroke of a kind in the demonstration. */
async function middleOf(page: Page, kind: string): Promise<number> {
  const t = await page.evaluate((k) => {
    const clip = window.proximal?.playback.getState().timeline?.clips.find((c) => c.kind === k);
    return clip ? clip.start + clip.duration * 0.45 : null;
  }, kind);
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

const VIEWS = [
  { kind: 'glide', preset: 'front' },
  { kind: 'knead', preset: 'back' },
  { kind: 'compress', preset: 'medial' },
] as const;

describe('the hands show each technique', () => {
  it.each(VIEWS)('$kind: close-up and $preset view', async ({ kind, preset }) => {
    const { page, problems } = app;
    const t = await middleOf(page, kind);
    await page.evaluate((time) => window.proximal?.playback.getState().seek(time), t);
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
    await saveScreenshot(page, `hands-${kind}-${preset}`);
    await openView();
    await page.getByTestId('hands-close-up').click();
    await foldView();
    await settle(page, 1500);
    const near = await handSpan(page);
    await saveScreenshot(page, `hands-${kind}-closeup`);
    expect(far).not.toBeNull();
    expect(near).not.toBeNull();
    // Side by side and one above the other, the close-up shows the two hands farther apart on
    // screen than the whole-leg preset; stacked hands stay close together in both.
    if (kind !== 'compress') expect(near!).toBeGreaterThan(far! * 1.5);
    expect(problems.all()).toEqual([]);
  });
});
