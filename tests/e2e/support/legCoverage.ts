/**
 * How much of the leg the stage's overlays cover: the stage is captured once with the overlays
 * hidden (visibility only, so the 3D frame is the same) and once shown; the leg is every pixel
 * of the first capture that is not the stage's background, and it is covered where the second
 * capture differs there.
 */
import type { Page } from 'playwright-core';

export interface LegCoverage {
  /** Sampled pixels that show the leg (or the hands and lanes on it). */
  legPixels: number;
  /** Of those, the share an overlay changes. */
  coveredShare: number;
}

const STEP_PX = 3;

export async function legCoverage(
  page: Page,
  overlaySelector: string,
  background: readonly number[] = [0xe9, 0xec, 0xf1],
): Promise<LegCoverage> {
  const stage = page.getByTestId('trainer-stage').first();
  const box = await stage.boundingBox();
  if (box === null) throw new Error('no stage');
  const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
  const hide = await page.addStyleTag({
    content: `${overlaySelector} { visibility: hidden !important; }`,
  });
  const bare = await page.screenshot({ clip, animations: 'disabled' });
  await hide.evaluate((element) => (element as HTMLElement).remove());
  const dressed = await page.screenshot({ clip, animations: 'disabled' });
  return page.evaluate(
    async ({ a, b, step, bg }) => {
      const decode = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d');
        if (!ctx) throw new Error('no 2D context');
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height);
      };
      const [one, two] = await Promise.all([decode(a), decode(b)]);
      let leg = 0;
      let covered = 0;
      for (let y = 0; y < one.height; y += step) {
        for (let x = 0; x < one.width; x += step) {
          const i = 4 * (y * one.width + x);
          const d = one.data;
          const fromBackground =
            Math.abs((d[i] ?? 0) - (bg[0] ?? 0)) +
            Math.abs((d[i + 1] ?? 0) - (bg[1] ?? 0)) +
            Math.abs((d[i + 2] ?? 0) - (bg[2] ?? 0));
          if (fromBackground <= 40) continue;
          leg += 1;
          const e = two.data;
          const change =
            Math.abs((d[i] ?? 0) - (e[i] ?? 0)) +
            Math.abs((d[i + 1] ?? 0) - (e[i + 1] ?? 0)) +
            Math.abs((d[i + 2] ?? 0) - (e[i + 2] ?? 0));
          if (change > 30) covered += 1;
        }
      }
      return { legPixels: leg, coveredShare: leg === 0 ? 0 : covered / leg };
    },
    { a: bare.toString('base64'), b: dressed.toString('base64'), step: STEP_PX, bg: background },
  );
}
