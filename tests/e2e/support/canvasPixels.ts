/** What the 3D view shows, from a screenshot of its canvas (decoded in the page, no library). */
import type { Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

/** RGB at each point (in the screenshot's pixels) of a PNG screenshot, decoded in the page. */
export function pixelsOfPng(
  page: Page,
  png: Buffer,
  points: readonly Point[],
): Promise<number[][]> {
  return page.evaluate(
    async ({ b64, pts }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2D context');
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      return pts.map((p) => {
        const x = Math.min(c.width - 1, Math.max(0, Math.round(p.x)));
        const y = Math.min(c.height - 1, Math.max(0, Math.round(p.y)));
        const i = 4 * (y * c.width + x);
        return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      });
    },
    { b64: png.toString('base64'), pts: points },
  );
}

/** Sampling step of `drawnShare`, px in each direction. */
const SHARE_STEP_PX = 5;

/**
 * The share of sampled canvas pixels that differ clearly from the stage's background colour:
 * near 0 for an empty or blank canvas, well above it with the leg drawn.
 */
export async function drawnShare(page: Page, background = [0xe9, 0xec, 0xf1]): Promise<number> {
  const canvas = page.locator('[data-testid=trainer-stage] canvas').first();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas on the stage');
  const png = await canvas.screenshot();
  const grid: Point[] = [];
  for (let y = 0; y < box.height; y += SHARE_STEP_PX) {
    for (let x = 0; x < box.width; x += SHARE_STEP_PX) grid.push({ x, y });
  }
  const rgb = await pixelsOfPng(page, png, grid);
  const drawn = rgb.filter(
    ([r = 0, g = 0, b = 0]) =>
      Math.abs(r - (background[0] ?? 0)) +
        Math.abs(g - (background[1] ?? 0)) +
        Math.abs(b - (background[2] ?? 0)) >
      40,
  ).length;
  return drawn / grid.length;
}
