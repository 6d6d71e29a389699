/**
 * The browser the tests drive renders WebGL2 in software through SwiftShader, as the perf recipe
 * requires; when it does not, this fails (never skips), because every measurement depends on it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { strings } from '../../src/ui/strings';
import { closeSharedBrowser, launchBrowser, openApp, webglInfo } from './support';

afterAll(async () => {
  await closeSharedBrowser();
});

describe('WebGL in the test browser', () => {
  it('has WebGL2, drawn by SwiftShader', async () => {
    const app = await openApp('/');
    try {
      const info = await webglInfo(app.page);
      expect(info.webgl2, 'WebGL2 is available').toBe(true);
      expect(info.renderer, `renderer "${info.renderer}"`).toContain('SwiftShader');
      expect(app.problems.all()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  describe('with WebGL disabled', () => {
    let browser: Browser | undefined;
    afterAll(async () => {
      await browser?.close();
    });

    it('reports no WebGL, and the app still shows the protocol as text', async () => {
      browser = await launchBrowser({ extraArgs: ['--disable-webgl'] });
      const app = await openApp('/', { browser });
      try {
        const info = await webglInfo(app.page);
        expect(info).toMatchObject({ webgl: false, webgl2: false, renderer: '' });
        const safety = app.page.getByRole('region', { name: strings.safety.title });
        await expect(safety.isVisible()).resolves.toBe(true);
        expect(app.problems.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  });
});
