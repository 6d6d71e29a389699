/**
 * The protocol checker speaks the reader's language: in Spanish, a malformed protocol file
 * opened through Read mode's picker is refused with Spanish messages, each with its JSON path,
 * and no English left over; the user's English protocol text carries `lang="en"` in the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chooseProtocolFile,
  closeSharedBrowser,
  openApp,
  protocolDocument,
  saveScreenshot,
  settle,
} from './support';
import { englishLeftovers, KEY_SHAPED } from '../support/catalogs';
import defaultDocument from '../../src/protocol/defaultProtocol.json';

afterAll(async () => {
  await closeSharedBrowser();
});

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 720 };

/** The default protocol with a misspelt landmark and a blank summary. */
function brokenFile(): string {
  const phases = structuredClone(defaultDocument.phases) as { strokes: { to: string }[] }[];
  phases[2]!.strokes[0]!.to = 'knee_back';
  return JSON.stringify(protocolDocument({ phases, summary: '  ' }), null, 2);
}

/** Each visible piece of text inside the element (a word in its own element is its own piece). */
function textsIn(page: Page, testId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const root = document.querySelector(`[data-testid="${id}"]`);
    const texts: string[] = [];
    if (root === null) return texts;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.nodeValue?.trim() ?? '';
      if (text !== '' && node.parentElement?.checkVisibility()) texts.push(text);
    }
    return texts;
  }, testId);
}

describe('in Spanish', () => {
  it('a malformed protocol file shows Spanish errors with their paths', async () => {
    const app = await openApp('/?lang=es&mode=read', { viewport: PHONE });
    const { page } = app;
    try {
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await chooseProtocolFile(page, 'mi-protocolo.json', brokenFile());
      const dialog = page.getByTestId('protocol-errors');
      await dialog.waitFor();
      await settle(page, 300);
      const items = dialog.locator('.protocol-error');
      await expect(items.count()).resolves.toBe(2);
      const paths = await dialog.locator('.protocol-error-where code').allTextContents();
      expect(paths).toEqual(['$.summary', '$.phases[2].strokes[0].to']);
      const what = await dialog.locator('.protocol-error-what').allTextContents();
      expect(what[0]).toBe(
        'Qué está mal: "summary": no admite un valor vacío; se recibió un texto solo con espacios',
      );
      expect(what[1]).toMatch(
        /^Qué está mal: "to": debe ser un nombre de punto de referencia, como "popliteal_crease"; se recibió "knee_back"\. Valores válidos \(nombres de puntos de referencia\): /,
      );
      const texts = await textsIn(page, 'protocol-errors');
      expect(texts.flatMap((text) => text.match(KEY_SHAPED) ?? [])).toEqual([]);
      expect(englishLeftovers('es', texts)).toEqual([]);
      await saveScreenshot(page, 'language-errors-es-390x844');
      await page.setViewportSize(LAPTOP);
      await settle(page, 500);
      await saveScreenshot(page, 'language-errors-es-1280x720');
      expect(app.problems.all()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('in Arabic', () => {
  it('an English protocol opened by the user is marked English, left to right', async () => {
    const app = await openApp('/?lang=ar&mode=read', { viewport: PHONE });
    const { page } = app;
    try {
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      const mine = protocolDocument({ id: 'my-routine', title: 'My calf routine' });
      await chooseProtocolFile(page, 'mine.json', JSON.stringify(mine));
      const title = page.locator('h2[lang]', { hasText: 'My calf routine' }).first();
      await title.waitFor();
      await expect(title.getAttribute('lang')).resolves.toBe('en');
      await expect(title.getAttribute('dir')).resolves.toBe('ltr');
      // The page's own words around it stay Arabic.
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ar');
      await title.scrollIntoViewIfNeeded();
      await settle(page, 300);
      await saveScreenshot(page, 'language-protocol-en-in-ar-390x844');
      // Watch and Session show the protocol's own words marked English too.
      const langOf = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
      await page.click('[data-testid=mode-train]');
      await page.getByTestId('trainer').waitFor();
      await expect(langOf('.trainer-safety-action')).resolves.toBe('en');
      await expect(langOf('.trainer-direction-text')).resolves.toBe('en');
      await page.click('[data-testid=mode-coach]');
      await expect(langOf('.coach-question-name')).resolves.toBe('en');
      await expect(langOf('.coach-yesno')).resolves.toBe('ar');
      expect(app.problems.all()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
