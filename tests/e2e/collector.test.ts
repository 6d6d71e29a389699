/**
 * The problem collector that every browser test relies on actually sees problems: a console
 * error, an uncaught error, a 404 and a request to another origin.
 */
import { afterAll, expect, it } from 'vitest';
import { closeSharedBrowser, openApp } from './support';

afterAll(async () => {
  await closeSharedBrowser();
});

it('records console errors, page errors, failed requests and off-origin requests', async () => {
  const app = await openApp('/');
  try {
    expect(app.problems.all()).toEqual([]);
    await app.page.evaluate(async () => {
      console.error('collector check');
      setTimeout(() => {
        throw new Error('collector check: uncaught');
      });
      await fetch('/missing-on-purpose.js').catch(() => undefined);
      // Port 9 (discard) on the loopback: another origin, refused at once, never leaves the machine.
      await fetch('http://127.0.0.1:9/elsewhere').catch(() => undefined);
    });
    await app.page.waitForTimeout(200);
    const { consoleErrors, pageErrors, failedRequests, offOriginRequests } = app.problems;
    expect(consoleErrors.some((line) => line.includes('collector check'))).toBe(true);
    expect(pageErrors.some((line) => line.includes('collector check: uncaught'))).toBe(true);
    expect(failedRequests.some((line) => line.includes('/missing-on-purpose.js (HTTP 404)'))).toBe(
      true,
    );
    // The production build's Content-Security-Policy blocks the attempt before any request
    // leaves the page, and Chromium reports the refusal: either way the collector must see it.
    const offOrigin = [...offOriginRequests, ...app.problems.all()].filter((line) =>
      line.includes('127.0.0.1:9/elsewhere'),
    );
    expect(offOrigin.length).toBeGreaterThan(0);
  } finally {
    await app.close();
  }
});
