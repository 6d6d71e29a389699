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
