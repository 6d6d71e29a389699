/**
 * Screenshots for people (and later work) to look at, in test-results/screenshots/ (gitignored).
 *
 * Chromium's software compositor repeats content past about 8192 px in a single full-page
 * capture, so a full page is capped at that height; `savePageTiles` covers any height in
 * readable pieces instead.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

/** The tallest single capture that renders correctly. */
export const MAX_CAPTURE_HEIGHT = 8192;

async function screenshotPath(name: string): Promise<string> {
  if (!/^[\w.-]+$/.test(name))
    throw new Error(`Screenshot name "${name}" must be a plain file name.`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}

function pageSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
}

/**
 * Saves test-results/screenshots/<name>.png: the viewport, or with `fullPage` the whole page
 * (up to MAX_CAPTURE_HEIGHT). Returns the path.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const path = await screenshotPath(name);
  if (options.fullPage === true) {
    const { width, height } = await pageSize(page);
    const clip = { x: 0, y: 0, width, height: Math.min(height, MAX_CAPTURE_HEIGHT) };
    await page.screenshot({ path, fullPage: true, clip, animations: 'disabled', timeout: 120_000 });
  } else {
    await page.screenshot({ path, animations: 'disabled', timeout: 120_000 });
  }
  return path;
}

/**
 * Saves the whole page as <name>-1.png, <name>-2.png, … by scrolling a `tileHeight` px tall
 * viewport down the page (the last tile is aligned with the bottom, so it may overlap the one
 * before). Each is small enough to read in an image viewer. Returns the paths in order.
 */
export async function savePageTiles(
  page: Page,
  name: string,
  tileHeight = 1400,
): Promise<string[]> {
  const original = page.viewportSize();
  const { width, height } = await pageSize(page);
  await page.setViewportSize({ width: original?.width ?? width, height: tileHeight });
  const paths: string[] = [];
  try {
    for (let y = 0, index = 1; y < height; y += tileHeight, index += 1) {
      const top = Math.min(y, Math.max(0, height - tileHeight));
      await page.evaluate(
        (scrollTop) => window.scrollTo({ top: scrollTop, behavior: 'instant' }),
        top,
      );
      const path = await screenshotPath(`${name}-${index}`);
      await page.screenshot({ path, animations: 'disabled', timeout: 120_000 });
      paths.push(path);
    }
  } finally {
    if (original !== null) await page.setViewportSize(original);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  }
  return paths;
}

/** A phone and a laptop, the two sizes every screen is looked at in. */
export const LOOK_SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
] as const;

/** The page as it stands, on a phone and on a laptop: `name-390x844`, `name-1280x720`. */
export async function saveScreenshotsAtLookSizes(page: Page, name: string): Promise<void> {
  for (const size of LOOK_SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    await saveScreenshot(page, `${name}-${size.width}x${size.height}`);
  }
}
