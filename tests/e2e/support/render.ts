/**
 * Waiting on the 3D view through its render probe (`window.proximalRender`, see
 * src/scene/renderProbe.ts): the first frame with the leg, and frames drawn after a change.
 */
import type { Page } from 'playwright-core';
import type { RenderProbe } from '../../../src/scene/renderProbe';

/** SwiftShader on a busy 2-core machine: the first leg frame can take a while. */
export const LEG_TIMEOUT_MS = 150_000;

export async function renderProbeOf(page: Page): Promise<RenderProbe | null> {
  return page.evaluate(() => window.proximalRender ?? null);
}

/** Waits for the first frame with the leg in it. */
export async function waitForLeg(page: Page, timeout = LEG_TIMEOUT_MS): Promise<void> {
  await page.waitForFunction(() => window.proximalRender?.firstLegFrameAt != null, null, {
    timeout,
    polling: 200,
  });
}

/** Frames drawn so far (0 before the leg is shown). */
export async function framesDrawn(page: Page): Promise<number> {
  return (await renderProbeOf(page))?.frames ?? 0;
}

/** Waits until `count` more frames than `since` have been drawn. */
export async function waitForFrames(
  page: Page,
  since: number,
  count = 1,
  timeout = LEG_TIMEOUT_MS,
): Promise<void> {
  await page.waitForFunction(
    ([from, n]) => (window.proximalRender?.frames ?? 0) >= (from ?? 0) + (n ?? 1),
    [since, count] as const,
    { timeout, polling: 100 },
  );
}

/**
 * Two animation frames and then a quiet moment after a change, so the canvas shows it (for
 * changes that may draw no new frame, where `waitForFrames` would wait forever).
 */
export async function settle(page: Page, quietMs = 500): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  await page.waitForTimeout(quietMs);
}

/**
 * Waits until both rigged hands are in the scene and in front of the camera (their models load
 * after the leg, seconds on a software GPU; seek to a stroke first) and a frame has been drawn
 * since, so a measure of the scene includes them.
 */
export async function waitForHands(page: Page, timeout = LEG_TIMEOUT_MS): Promise<void> {
  await page.waitForFunction(
    () =>
      window.proximalScene?.projectObject('hand_left') != null &&
      window.proximalScene?.projectObject('hand_right') != null,
    null,
    { timeout, polling: 200 },
  );
  await waitForFrames(page, await framesDrawn(page), 1, timeout);
}
