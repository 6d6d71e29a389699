/**
 * Screenshots of the built app at each class of screen, for a person to look at:
 * `npx tsx scripts/shoot-sizes.ts [prefix] [sizes…]` serves dist/, opens Watch, Practice and Read
 * in one headless Chromium page (the viewport resized between sizes) and writes
 * test-results/screenshots/<prefix>-<mode>-<w>x<h>.png. Sizes default to the four.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/support/browser';
import { findChromium } from '../tests/e2e/support/findChromium';
import { serveStatic } from '../tests/e2e/support/staticServer';

const args = process.argv.slice(2);
const prefix = args[0] ?? 'size';
const sizes = (
  args.length > 1 ? args.slice(1) : ['390x844', '768x1024', '1280x720', '1920x1080']
).map((s) => s.split('x').map(Number) as [number, number]);
const modes = ['watch', 'practice', 'read'] as const;

const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
try {
  const [first] = sizes;
  const page = await browser.newPage({
    viewport: { width: first![0], height: first![1] },
    hasTouch: first![0] < 800,
  });
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => window.proximalRender?.firstLegFrameAt != null, null, {
    timeout: 150_000,
  });
  // Into the first stroke phase, so the hands are on the leg.
  await page.evaluate(() => {
    const playback = window.proximal?.playback.getState();
    const span = playback?.timeline?.spans.find((s) => s.phaseIndex === 1);
    if (span) playback?.seek(span.start + 2);
  });
  for (const [w, h] of sizes) {
    await page.setViewportSize({ width: w, height: h });
    for (const mode of modes) {
      await page.click(`[data-testid=mode-${mode === 'watch' ? 'train' : mode}]`);
      await page.waitForTimeout(mode === 'read' ? 500 : 3000);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      const path = `test-results/screenshots/${prefix}-${mode}-${w}x${h}.png`;
      await page.screenshot({ path, timeout: 120_000 });
      console.log(path, overflow > 0 ? `OVERFLOW ${overflow}px` : '');
    }
    await page.click('[data-testid=mode-train]');
  }
} finally {
  await browser.close();
  await server.close();
}
