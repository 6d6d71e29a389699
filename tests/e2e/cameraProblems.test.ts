/**
 * The camera check when the camera cannot help, in real Chromium: access refused (the site's
 * camera permission denied), no camera at all (a browser without a fake device, on a machine
 * without one) and a room too dark to see a hand (the test video dimmed). Each says so in words,
 * offers a way forward where there is one, and costs nothing else: the panel closes, Practice
 * and the leg go on, and the detector's 12 MB are never fetched without a camera. A camera in
 * use elsewhere is not simulated: Chromium's fake camera has no such fault (a missing video file
 * makes the device disappear: NotFoundError, i.e. "no camera").
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAMERA_TEXT } from '../../src/ui/camera/cameraStrings';
import {
  closeSharedBrowser,
  openApp,
  saveScreenshot,
  turnPracticeView,
  waitForLeg,
  type AppPage,
} from './support';
import { darkVideo, launchWithFakeCameraAndPermissions } from './support/strokeVideo';

let fakeCamera: Browser;
let app: AppPage;
const detectorRequests: string[] = [];

beforeAll(async () => {
  fakeCamera = await launchWithFakeCameraAndPermissions(await darkVideo());
  app = await openApp('/', { browser: fakeCamera });
  app.page.on('request', (request) => {
    if (request.url().includes('/mediapipe/')) detectorRequests.push(request.url());
  });
  // The leg loads meanwhile: practiceGoesOn waits for it to draw.
  await app.page.getByTestId('mode-practice').click({ timeout: 90_000 });
}, 300_000);

afterAll(async () => {
  await app?.close();
  await fakeCamera?.close();
  await closeSharedBrowser();
});

/** Refuses (or allows) the camera for the app's origin in this page's browser context. */
async function setCameraPermission(target: AppPage, setting: 'denied' | 'granted') {
  const page = await target.context.newCDPSession(target.page);
  const { targetInfo } = (await page.send('Target.getTargetInfo')) as {
    targetInfo: { browserContextId?: string };
  };
  const browser = await target.context.browser()?.newBrowserCDPSession();
  if (!browser) throw new Error('no browser session');
  await browser.send('Browser.setPermission', {
    permission: { name: 'camera' },
    setting,
    origin: new URL(target.page.url()).origin,
    browserContextId: targetInfo.browserContextId,
  });
}

async function openCameraCheck(page: Page) {
  await page.locator('[data-testid=camera-open]:not([disabled])').click();
  await page.getByTestId('camera-check').waitFor();
}

/** The problem the panel shows: its code, and its words (visible, in a live region). */
async function problemShown(page: Page, problem: string): Promise<string> {
  const shown = page.locator(`[data-testid=camera-problem][data-problem="${problem}"]`);
  await shown.waitFor({ timeout: 60_000 });
  await expect(shown.getAttribute('role')).resolves.toBe('alert');
  const text = (await shown.textContent()) ?? '';
  expect(text.length).toBeGreaterThan(20);
  return text;
}

/**
 * Closing the panel leaves Practice as it was: the check opens again, the leg turns and is
 * drawn from its new side, nothing failed on the page.
 */
async function practiceGoesOn(target: AppPage) {
  const { page } = target;
  await page.getByTestId('camera-close').click();
  await expect(page.getByTestId('camera-check').count()).resolves.toBe(0);
  await page.locator('[data-testid=camera-open]:not([disabled])').waitFor();
  await waitForLeg(page);
  const frames = await turnPracticeView(page);
  console.info(`leg turned after the camera panel closed: ${frames} frames`);
  expect(target.problems.all()).toEqual([]);
}

describe('the camera check when the camera cannot help', () => {
  it('access refused: says how to allow it, fetches no detector, Practice goes on', async () => {
    const { page } = app;
    await setCameraPermission(app, 'denied');
    await openCameraCheck(page);
    await expect(problemShown(page, 'refused')).resolves.toMatch(/refused/);
    await expect(
      page.getByRole('button', { name: CAMERA_TEXT.tryAgain }).isVisible(),
    ).resolves.toBe(true);
    await saveScreenshot(page, 'camera-refused-1280');
    expect(detectorRequests).toEqual([]);
    await practiceGoesOn(app);
  }, 300_000);

  it('a room too dark: says so while it lasts, Practice goes on', async () => {
    const { page } = app;
    await setCameraPermission(app, 'granted');
    await openCameraCheck(page);
    await page.locator('[data-testid=camera-check][data-stream=live]').waitFor({ timeout: 60_000 });
    await expect(problemShown(page, 'too-dark')).resolves.toMatch(/dark/i);
    await saveScreenshot(page, 'camera-dark-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('camera-problem').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'camera-dark-390');
    await page.setViewportSize({ width: 1280, height: 720 });
    await practiceGoesOn(app);
  }, 300_000);
});

describe('a device without a camera', () => {
  it('says no camera was found, and Practice goes on', async () => {
    // The test machine has no camera; this browser has no fake one.
    const plain = await openApp('/');
    try {
      await plain.context.grantPermissions(['camera']);
      await plain.page.getByTestId('mode-practice').click({ timeout: 90_000 });
      await openCameraCheck(plain.page);
      await expect(problemShown(plain.page, 'no-camera')).resolves.toMatch(/camera/i);
      await plain.page.getByTestId('camera-close').click();
      await plain.page.locator('[data-testid=camera-open]:not([disabled])').waitFor();
      expect(plain.problems.all()).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
