/**
 * Screenshots of the built app for a person to look at: `npx tsx scripts/shoot.ts [query] [name]`
 * serves dist-e2e/ (`npm run build:e2e`: the app with its test hooks, so `--eval` can use
 * `window.proximal`), opens the app in headless Chromium (software WebGL) and writes
 * test-results/screenshots/<name>.png. Optional `--eval "js"` runs in the page before the shot.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/support/staticServer';
import { findChromium } from '../tests/e2e/support/findChromium';
import { CHROMIUM_ARGS } from '../tests/e2e/support/browser';

const [query = '', name = 'app'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const evalIndex = process.argv.indexOf('--eval');
const script = evalIndex > 0 ? process.argv[evalIndex + 1] : undefined;

const server = await serveStatic('dist-e2e');
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(`${server.url}/${query}`);
  await page.waitForSelector('canvas', { timeout: 60_000 }).catch(() => undefined);
  await page.waitForTimeout(4000);
  if (script) {
    await page.evaluate(script);
    await page.waitForTimeout(1500);
  }
  mkdirSync('test-results/screenshots', { recursive: true });
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path, timeout: 120_000 });
  console.log(path);
} finally {
  await browser.close();
  await server.close();
}
