/**
 * Practice in a browser without WebGL (`--disable-webgl`): nothing to draw on, but a trace file
 * imported in the panel is checked and the check shown as text; the page says why there is no
 * leg. One browser for the file.
 */
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeTrace } from '../../src/practice/traceFile';
import { practiceStrings } from '../../src/ui/strings';
import {
  expectNotDiagnosisInHeader,
  launchBrowser,
  LEG_TIMEOUT_MS,
  openApp,
  saveScreenshotsAtLookSizes,
} from './support';
import { fixtureTrace } from './support/traces';

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
});

describe('practice without WebGL', () => {
  it(
    'says why there is no leg, and checks an imported trace as text',
    { timeout: 600_000 },
    async () => {
      browser = await launchBrowser({ extraArgs: ['--disable-webgl'] });
      const app = await openApp('/', { browser });
      const { page } = app;
      try {
        page.setDefaultTimeout(LEG_TIMEOUT_MS);
        await page.click('[data-testid=mode-practice]');
        const note = page.getByTestId('practice-no-webgl');
        await note.getByText(practiceStrings.withoutWebGL.title).waitFor();
        await note.getByText(practiceStrings.withoutWebGL.ready).waitFor();
        await expect(page.getByText(practiceStrings.drills.loading).count()).resolves.toBe(0);
        // The header says it is not a diagnosis: its first sentence in view, the rest a tap away.
        await expectNotDiagnosisInHeader(page);

        await page.getByTestId('trace-file-input').setInputFiles({
          name: 'inner-leg.json',
          mimeType: 'application/json',
          buffer: Buffer.from(serializeTrace(fixtureTrace('proximal-medial-effleurage'))),
        });
        await page.getByTestId('trace-file-status').getByText('Opened inner-leg.json.').waitFor();
        const verdict = page.getByTestId('verdict').first();
        await verdict.waitFor();
        const feedback = (await page.getByTestId('feedback-panel').textContent()) ?? '';
        expect(feedback).toMatch(/toward the heart/i);

        await saveScreenshotsAtLookSizes(page, 'practice-without-webgl');
        const scripts = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((entry) => entry.name),
        );
        expect(scripts.filter((name) => /TrainerCanvas/.test(name))).toEqual([]);
        expect(app.problems.all()).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );
});
