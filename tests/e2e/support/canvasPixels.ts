/** What the 3D view shows, from a screenshot of its canvas (decoded in the page, no library). */
import type { Page } from 'playwright-core';

/**
 * The share of sampled canvas pixels that differ clearly from the stage's background colour:
 * near 0 for an empty or blank canvas, well above it with the leg drawn.
 */
export async function drawnShare(page: Page, background = [0xe9, 0xec, 0xf1]): Promise<number> {
  const png = await page.locator('[data-testid=trainer-stage] canvas').first().screenshot();
  return page.evaluate(
    async ({ b64, bg }) => {
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
      let drawn = 0;
      let sampled = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        sampled += 1;
        const d =
          Math.abs((data[i] ?? 0) - (bg[0] ?? 0)) +
          Math.abs((data[i + 1] ?? 0) - (bg[1] ?? 0)) +
          Math.abs((data[i + 2] ?? 0) - (bg[2] ?? 0));
        if (d > 40) drawn += 1;
      }
      return drawn / sampled;
    },
    { b64: png.toString('base64'), bg: background },
  );
}
