/**
 * Security of the built app in Chromium: a Content-Security-Policy with no remote origin and no
 * violation anywhere in the app (the harness fails any test on a `securitypolicyviolation` or a
 * request to another origin), text from imported files never becomes HTML, and files over the
 * size cap are refused before they are read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { contentSecurityPolicy, CSP_DIRECTIVES } from '../../scripts/contentSecurityPolicy';
import { PROTOCOL_MAX_BYTES } from '../../src/protocol/validate';
import { PROTOCOL_FILE_TEXT } from '../../src/ui/strings';
import {
  chooseProtocolFile,
  closeSharedBrowser,
  LEG_TIMEOUT_MS,
  openApp,
  protocolDocument,
  waitForLeg,
  type AppPage,
} from './support';

/** The app, patient with a busy machine (loading the leg can hold the page for a while). */
async function open(path = '/'): Promise<AppPage> {
  const app = await openApp(path);
  app.page.setDefaultTimeout(LEG_TIMEOUT_MS);
  return app;
}

afterAll(async () => {
  await closeSharedBrowser();
});

const MARKUP = '<img src=x onerror="window.__injected = true">';

describe('the Content-Security-Policy', () => {
  it('is in the built page, with no remote origin, no eval and no inline script', async () => {
    const html = await (await fetch(`${inject('baseUrl')}/`)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta, 'the CSP meta tag').not.toBeNull();
    const policy = (meta?.[1] ?? '').replaceAll('&#39;', "'");
    expect(policy).toBe(contentSecurityPolicy());
    const sources = Object.values(CSP_DIRECTIVES).flat();
    expect(sources.filter((s) => /^(https?:|wss?:|\*)/.test(s) || s.includes('.'))).toEqual([]);
    expect(CSP_DIRECTIVES['script-src']).not.toContain("'unsafe-eval'");
    expect(CSP_DIRECTIVES['script-src']).not.toContain("'unsafe-inline'");
  });

  it('is enforced, and a violation is reported as a problem', async () => {
    const app = await open('/');
    try {
      await app.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
      });
      await app.page.waitForTimeout(300);
      await expect(app.page.evaluate(() => 'inlineRan' in window)).resolves.toBe(false);
      expect(app.problems.cspViolations.join('\n')).toMatch(/script-src/);
    } finally {
      await app.close();
    }
  });

  it('is never violated in Watch, Practice, Read or the fine-tuning panel', async () => {
    const app = await open('/?tune');
    try {
      await waitForLeg(app.page);
      await app.page.evaluate(() => window.proximal?.playback.getState().play());
      for (const mode of ['practice', 'read', 'train']) {
        await app.page.click(`[data-testid=mode-${mode}]`);
        await app.page.waitForTimeout(1500);
      }
      await app.page.getByTestId('tuning-panel').getByText('Fine-tune').waitFor();
      expect(app.problems.all()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('imported text', () => {
  it('is shown as text, never as HTML: a protocol title with markup', async () => {
    const app = await open('/');
    try {
      const document = protocolDocument({ title: `Calf ${MARKUP} routine` });
      await chooseProtocolFile(app.page, 'markup.json', JSON.stringify(document));
      const status = app.page.getByTestId('protocol-file-status');
      await status.getByText(PROTOCOL_FILE_TEXT.opened(`Calf ${MARKUP} routine`)).waitFor();
      await app.page
        .getByText(`Calf ${MARKUP} routine`, { exact: false })
        .filter({ visible: true })
        .first()
        .waitFor();
      await expect(app.page.locator('img[src="x"]').count()).resolves.toBe(0);
      await expect(app.page.evaluate(() => 'injected' in window)).resolves.toBe(false);
      expect(app.problems.all()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('is shown as text in the errors of a rejected file', async () => {
    const app = await open('/');
    try {
      const document = protocolDocument({ id: MARKUP, title: '' });
      await chooseProtocolFile(app.page, `${MARKUP}.json`, JSON.stringify(document));
      const dialog = app.page.getByTestId('protocol-errors');
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain(MARKUP);
      await expect(app.page.locator('img[src="x"]').count()).resolves.toBe(0);
      await expect(app.page.evaluate(() => 'injected' in window)).resolves.toBe(false);
    } finally {
      await app.close();
    }
  });
});

describe('a file over the size cap', () => {
  it('is refused from its size, before a byte is read, and the protocol stays', async () => {
    const app = await open('/');
    try {
      await app.page.evaluate(() => {
        const counted = window as unknown as { fileReads: number };
        counted.fileReads = 0;
        for (const method of ['text', 'arrayBuffer', 'bytes', 'stream'] as const) {
          const original = Blob.prototype[method] as (this: Blob) => unknown;
          Object.defineProperty(Blob.prototype, method, {
            configurable: true,
            value(this: Blob) {
              counted.fileReads += 1;
              return original.call(this);
            },
          });
        }
        FileReader.prototype.readAsText = () => {
          counted.fileReads += 1;
        };
      });
      const before = await app.page.evaluate(
        () => window.proximal?.protocol.getState().protocol.title,
      );
      const big = Buffer.alloc(PROTOCOL_MAX_BYTES + 1024, ' ');
      await chooseProtocolFile(app.page, 'huge.json', big);
      const dialog = app.page.getByTestId('protocol-errors');
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toMatch(/too large/);
      await expect(
        app.page.evaluate(() => (window as unknown as { fileReads: number }).fileReads),
      ).resolves.toBe(0);
      await expect(
        app.page.evaluate(() => window.proximal?.protocol.getState().protocol.title),
      ).resolves.toBe(before);
    } finally {
      await app.close();
    }
  });
});
