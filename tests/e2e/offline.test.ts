/**
 * Offline and installable, in real Chromium with the service worker allowed (the harness blocks
 * it everywhere else), each case against its own copy of the e2e build on its own server:
 * after one visit the server is really stopped and the app still opens, draws the leg, plays
 * the lesson, shows the method in Read and keeps its saved marks; a new version published on
 * the server is offered, never loaded until Update is pressed, then takes over the page with
 * the saved protocol (localStorage) and the session log (IndexedDB) intact. The update notice
 * is photographed at 390×844 and 1280×720 and must leave the DVT signs, the transport and the
 * stage's buttons uncovered.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { entriesToCsv } from '../../src/coach/logCsv';
import { LOG_SCHEMA_VERSION } from '../../src/coach/logEntry';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { STATE_KEY } from '../../src/state/persistence/format';
import { OFFLINE_TEXT } from '../../src/ui/offline/offlineStrings';
import { COACH_TEXT, MARK_TEXT } from '../../src/ui/strings';
import {
  chooseProtocolFile,
  closeSharedBrowser,
  landmarkS,
  LEG_TIMEOUT_MS,
  openApp,
  protocolDocument,
  saveScreenshot,
  settledSkinPointOnPage,
  waitForLeg,
  type AppPage,
} from './support';
import { E2E_DIST_DIR } from './support/paths';
import { serveStatic, type StaticServer } from './support/staticServer';

const LAPTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

/** A copy of the e2e build, served on its own (so it can be stopped, or a new version published). */
interface Site {
  root: string;
  server: StaticServer;
}

const sites: Site[] = [];
const apps: AppPage[] = [];

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const site of sites.splice(0)) {
    await site.server.close();
    rmSync(site.root, { recursive: true, force: true });
  }
});

afterAll(async () => {
  await closeSharedBrowser();
});

async function serveCopy(): Promise<Site> {
  const root = mkdtempSync(join(tmpdir(), 'proximal-offline-'));
  cpSync(E2E_DIST_DIR, root, { recursive: true });
  const site = { root, server: await serveStatic(root) };
  sites.push(site);
  return site;
}

async function openWithWorker(site: Site): Promise<AppPage> {
  const app = await openApp('/', { baseUrl: site.server.url, serviceWorkers: 'allow' });
  apps.push(app);
  app.page.setDefaultTimeout(LEG_TIMEOUT_MS);
  return app;
}

/** One entry of the worker's precache list, minified or not: its URL. */
const PRECACHE_ENTRY = /\{\s*"?url"?:\s*"([^"]+)",\s*"?revision"?:/g;

/** The files the built worker precaches, read from its sw.js. */
function precachedUrls(root: string): string[] {
  const worker = readFileSync(join(root, 'sw.js'), 'utf8');
  return [...worker.matchAll(PRECACHE_ENTRY)].map((match) => match[1] ?? '');
}

/** Waits until the page says it is available offline and the worker controls it. */
async function waitUntilStored(page: Page, root: string): Promise<void> {
  await page.getByTestId('offline-ready').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const stored = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        urls.push(new URL(request.url).pathname.slice(1));
      }
    }
    return urls.sort();
  });
  const expected = precachedUrls(root);
  expect(expected).toContain('index.html');
  expect(expected.some((url) => /^assets\/leg-.+\.glb$/.test(url))).toBe(true);
  expect(stored).toEqual(expected.sort());
}

/** Places one keep-off mark on the inner lower leg, through the Marks panel (as marks.test.ts). */
async function placeMark(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next phase' }).click();
  const ankle = await landmarkS(page, 'medial_malleolus');
  const knee = await landmarkS(page, 'patella_centre');
  const where = await settledSkinPointOnPage(page, ankle + (knee - ankle) * 0.55, 90);
  await page.getByTestId('mark-place').click();
  await page.getByRole('status').filter({ hasText: MARK_TEXT.placing }).waitFor();
  await page.mouse.click(where.x, where.y);
  await page.getByTestId('marks-list').getByRole('listitem').first().waitFor();
  await page.waitForFunction(
    (key) => (localStorage.getItem(key) ?? '').includes('"kind":"wound"'),
    STATE_KEY,
  );
}

/** Publishes a new version on the server: a changed page, and the worker that precaches it. */
function publishNewVersion(root: string): void {
  const pagePath = join(root, 'index.html');
  const page = readFileSync(pagePath, 'utf8').replace(
    '<head>',
    '<head><meta name="proximal-release" content="2">',
  );
  writeFileSync(pagePath, page);
  const workerPath = join(root, 'sw.js');
  const worker = readFileSync(workerPath, 'utf8');
  const revision = createHash('md5').update(page).digest('hex');
  const next = worker.replace(
    /("?url"?:\s*"index\.html",\s*"?revision"?:\s*")[0-9a-f]+"/,
    `$1${revision}"`,
  );
  expect(next).not.toBe(worker);
  writeFileSync(workerPath, next);
}

const isNewVersion = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name=proximal-release]') !== null);

/** What the notice must never cover, each visible element of these. */
const MUST_STAY_CLEAR = ['.trainer-safety', '[data-testid=transport]', '.stage-tool'];

async function expectCoversNothing(page: Page, notice: Locator, size: string): Promise<void> {
  const box = await notice.boundingBox();
  expect(box, `${size}: the notice`).not.toBeNull();
  if (box === null) return;
  for (const selector of MUST_STAY_CLEAR) {
    const others = page.locator(`${selector} >> visible=true`);
    expect(await others.count(), `${size}: ${selector} shown`).toBeGreaterThan(0);
    for (const other of await others.all()) {
      const b = await other.boundingBox();
      if (b === null) continue;
      const overlaps =
        box.x < b.x + b.width &&
        b.x < box.x + box.width &&
        box.y < b.y + b.height &&
        b.y < box.y + box.height;
      expect(overlaps, `${size}: the notice covers ${selector}`).toBe(false);
    }
  }
}

/** Each step's time, printed as it ends (the leg loads twice per case in software WebGL). */
function stepTimer(name: string): (step: string) => void {
  const started = performance.now();
  return (step) =>
    console.info(
      `[offline] ${name}: ${step} at ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
}

/** Two loads of the leg in software WebGL per case, on a loaded two-core machine. */
const CASE_TIMEOUT_MS = 480_000;

describe('offline and installable', () => {
  it(
    'after one visit, opens and plays with the server stopped',
    { timeout: CASE_TIMEOUT_MS },
    async () => {
      const step = stepTimer('offline');
      const site = await serveCopy();
      const app = await openWithWorker(site);
      const { page } = app;
      await waitForLeg(page);
      step('leg shown');
      await placeMark(page);
      step('mark placed');
      await waitUntilStored(page, site.root);
      step('stored for offline use');

      await site.server.close();
      await expect(fetch(`${site.server.url}/`)).rejects.toThrow();
      await page.reload({ waitUntil: 'load' });

      await waitForLeg(page);
      step('leg shown again, server stopped');
      expect(await page.getByTestId('offline-ready').count(), 'said once, not again').toBe(0);
      await expect(page.getByTestId('marks-list').getByRole('listitem').count()).resolves.toBe(1);
      // The lesson plays: its time moves on.
      await page.getByTestId('play-button').click();
      const clock = () => page.evaluate(() => window.proximal?.clock.t ?? -1);
      const before = await clock();
      await page.waitForFunction((t) => (window.proximal?.clock.t ?? -1) > t + 0.5, before);
      // Read shows the method, safety first.
      await page.click('[data-testid=mode-read]');
      const first = defaultProtocol.contraindications[0];
      await page
        .getByText(first?.name ?? '-')
        .first()
        .waitFor();
      await page
        .getByText(defaultProtocol.phases[1]?.name ?? '-')
        .first()
        .waitFor();
      step('played, Read shown');
      expect(app.problems.all()).toEqual([]);
    },
  );

  it(
    'offers a new version, never reloads by itself, and keeps the saved data',
    { timeout: CASE_TIMEOUT_MS },
    async () => {
      const step = stepTimer('update');
      const site = await serveCopy();
      const app = await openWithWorker(site);
      const { page } = app;
      await waitForLeg(page);
      step('leg shown');
      await waitUntilStored(page, site.root);
      step('stored for offline use');
      await saveScreenshot(page, 'offline-ready-laptop');
      await expectCoversNothing(page, page.getByTestId('offline-ready'), 'laptop');
      await page.getByRole('button', { name: OFFLINE_TEXT.dismiss }).click();

      // Saved data: a protocol opened in Read (localStorage) and a session log (IndexedDB).
      await chooseProtocolFile(
        page,
        'mine.json',
        JSON.stringify(protocolDocument({ title: 'Mine' })),
      );
      await page.getByTestId('protocol-file-status').filter({ hasText: 'Mine' }).waitFor();
      await page.click('[data-testid=mode-coach]');
      await page.getByRole('button', { name: COACH_TEXT.seeWeek }).click();
      const log = entriesToCsv([
        {
          schema: LOG_SCHEMA_VERSION,
          id: 'before-the-update',
          startedAt: new Date().toISOString(),
          timeZone: 'Europe/Paris',
          who: 'self',
          plannedMinutes: 20,
          legs: [{ leg: 'right', minutes: 10, phasesCompleted: ['warm-up-effleurage'] }],
          completed: true,
          feel: { heavy: 1 },
          symptoms: [],
        },
      ]);
      await page.getByTestId('coach-import').setInputFiles({
        name: 'log.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(log),
      });
      await page.getByText(COACH_TEXT.imported(1, 0)).waitFor();
      await page.click('[data-testid=mode-train]');
      await waitForLeg(page);
      step('protocol and log saved');

      publishNewVersion(site.root);
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const notice = page.getByTestId('update-notice');
      await notice.waitFor();
      step('update offered');
      await expect(notice.textContent()).resolves.toContain(OFFLINE_TEXT.updateReady);
      // Offered, not forced: the same page, the old version, for as long as the learner likes.
      await page.waitForTimeout(2000);
      expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
      expect(await isNewVersion(page)).toBe(false);

      for (const [size, viewport] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(500);
        await saveScreenshot(page, `offline-update-notice-${size}`);
        await expectCoversNothing(page, notice, size);
      }
      await page.setViewportSize(LAPTOP);

      // While the lesson plays the notice waits; it comes back when the lesson pauses.
      await page.getByTestId('play-button').click();
      await notice.waitFor({ state: 'detached' });
      await page.getByTestId('play-button').click();
      await notice.waitFor();

      // In Read it is a strip under the header; Update there reloads into Read (the address
      // keeps the mode), with no leg to load again.
      await page.click('[data-testid=mode-read]');
      await notice.waitFor();
      await saveScreenshot(page, 'offline-update-notice-read-laptop');
      await Promise.all([
        page.waitForEvent('load'),
        notice.getByRole('button', { name: OFFLINE_TEXT.update }).click(),
      ]);
      step('updated');
      expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
      expect(await isNewVersion(page)).toBe(true);
      const worker = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          controlled: navigator.serviceWorker.controller !== null,
          waiting: registration?.waiting != null,
        };
      });
      expect(worker).toEqual({ controlled: true, waiting: false });
      await expect(page.getByTestId('update-notice').count()).resolves.toBe(0);

      // The saved protocol is still the one in use, and the log still holds its session.
      await expect(
        page.getByTestId('protocol-choice').locator('option:checked').textContent(),
      ).resolves.toContain('Mine');
      await page.click('[data-testid=mode-coach]');
      await page.getByRole('button', { name: COACH_TEXT.seeWeek }).click();
      await page.getByTestId('coach-history').waitFor();
      await expect(page.getByTestId('coach-history').locator('li').count()).resolves.toBe(1);
      step('saved data checked');
      expect(app.problems.all()).toEqual([]);
    },
  );
});
