/** Where the skin appears on the page, through the scene probe (`window.proximalScene`). */
import type { Page } from 'playwright-core';

/** The s of a landmark on the loaded leg. */
export function landmarkS(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => {
    const status = window.proximal?.leg.getState().status;
    if (status?.kind !== 'ready') throw new Error('the leg is not loaded');
    const landmark = (status.model.landmarks as Record<string, { s: number }>)[n];
    if (!landmark) throw new Error(`no landmark ${n}`);
    return landmark.s;
  }, name);
}

/** Page coordinates (CSS px) of the skin at chart (s, θ) on the trainer's canvas. */
export async function skinPointOnPage(
  page: Page,
  s: number,
  theta: number,
): Promise<{ x: number; y: number }> {
  const box = await page.locator('[data-testid=trainer-stage] canvas').first().boundingBox();
  if (!box) throw new Error('no canvas on the stage');
  const point = await page.evaluate(({ a, t }) => window.proximalScene?.project(a, t) ?? null, {
    a: s,
    t: theta,
  });
  if (!point) throw new Error(`the skin at s ${s}, θ ${theta} is not in view`);
  return { x: box.x + point.x, y: box.y + point.y };
}

/**
 * As `skinPointOnPage`, once the view has stopped moving: after a phase change the camera glides
 * to its new place over a second or more, and a point read during the glide misses the leg.
 */
export async function settledSkinPointOnPage(
  page: Page,
  s: number,
  theta: number,
  timeoutMs = 60_000,
): Promise<{ x: number; y: number }> {
  const started = Date.now();
  let last = await skinPointOnPage(page, s, theta).catch(() => null);
  for (;;) {
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done())),
        ),
    );
    await page.waitForTimeout(300);
    const now = await skinPointOnPage(page, s, theta).catch(() => null);
    if (last && now && Math.hypot(now.x - last.x, now.y - last.y) < 0.5) return now;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`the view did not settle on the skin at s ${s}, θ ${theta}`);
    }
    last = now;
  }
}
