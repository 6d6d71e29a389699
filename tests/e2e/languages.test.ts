/**
 * Every language whose catalogs are in the tree, in real Chromium, one page each: Watch,
 * Practice, Session and Read (switched with the mode buttons) render with no missing key, no
 * key-shaped text and no English left over (names excepted); Arabic runs right to left with the
 * header mirrored; axe finds nothing serious. Then the switch in the header: choosing a language
 * sets `<html lang dir>`, writes `?lang=` and is remembered on the next visit.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  closeSharedBrowser,
  expectNoSeriousViolations,
  LEG_TIMEOUT_MS,
  openApp,
  saveScreenshot,
  settle,
  waitForLeg,
} from './support';
import {
  catalogLanguages,
  englishLeftovers,
  KEY_SHAPED,
  type CatalogLanguage,
} from '../support/catalogs';

afterAll(async () => {
  await closeSharedBrowser();
});

const MODES = ['train', 'practice', 'coach', 'read'] as const;
type Mode = (typeof MODES)[number];
const MODE_READY: Record<Mode, string> = {
  train: 'trainer',
  practice: 'practice',
  coach: 'coach-check',
  read: 'protocol-file',
};
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 720 };

async function chooseMode(page: Page, mode: Mode): Promise<void> {
  await page.click(`[data-testid=mode-${mode}]`);
  await page.getByTestId(MODE_READY[mode]).waitFor();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await settle(page, mode === 'practice' ? 1500 : 400);
}

/**
 * What a reader meets: each visible piece of text (a button's word is a piece of its own), and
 * the names given to controls and images.
 */
function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.nodeValue?.trim() ?? '';
      const parent = node.parentElement;
      if (text === '' || parent === null || parent.closest('script, style')) continue;
      if (parent.checkVisibility({ visibilityProperty: true })) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!(element instanceof HTMLElement) || element.closest('[hidden]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The header's ends: in a right-to-left page the app's name sits at the right. */
async function headerSides(page: Page): Promise<{ nameCentre: number; width: number }> {
  return page.evaluate(() => {
    const name = document.querySelector('.app-name')!.getBoundingClientRect();
    return { nameCentre: name.left + name.width / 2, width: window.innerWidth };
  });
}

const languages = catalogLanguages();

interface ProtocolTextTree {
  contraindications: Record<string, { name: string }>;
}

/** The default protocol's text in a language: English as written, others from their translation. */
function protocolText(language: string): ProtocolTextTree {
  const file =
    language === 'en'
      ? 'src/protocol/defaultProtocol.json'
      : `src/protocol/translations/defaultProtocol.${language}.json`;
  const document = JSON.parse(readFileSync(file, 'utf8')) as
    { text: ProtocolTextTree } | { contraindications: { id: string; name: string }[] };
  if ('text' in document) return document.text;
  return {
    contraindications: Object.fromEntries(document.contraindications.map((c) => [c.id, c])),
  };
}

describe.each(languages)('in %s', (language: CatalogLanguage) => {
  it(
    'every mode renders with no missing key and no English left over, passes axe',
    { timeout: 600_000 },
    async () => {
      const app = await openApp(`/?lang=${language}`, { viewport: LAPTOP });
      const { page } = app;
      const missing: string[] = [];
      page.on('console', (message) => {
        if (message.text().startsWith('i18n: missing key')) missing.push(message.text());
      });
      try {
        page.setDefaultTimeout(LEG_TIMEOUT_MS);
        await waitForLeg(page);
        const rtl = language === 'ar';
        await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
        await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe(
          rtl ? 'rtl' : 'ltr',
        );
        for (const mode of MODES) {
          await chooseMode(page, mode);
          const texts = await shownText(page);
          const keys = texts.flatMap((text) => text.match(KEY_SHAPED) ?? []);
          expect(keys, `${mode}: key-shaped text on screen`).toEqual([]);
          expect(englishLeftovers(language, texts), `${mode}: English left over`).toEqual([]);
          if (mode === 'train' || mode === 'read') {
            await expectNoSeriousViolations(page, `${language} ${mode}`);
          }
        }
        expect(missing, 'keys the app asked for that no catalog has').toEqual([]);

        await chooseMode(page, 'train');
        const sides = await headerSides(page);
        if (rtl) expect(sides.nameCentre, 'the name at the right').toBeGreaterThan(sides.width / 2);
        else expect(sides.nameCentre, 'the name at the left').toBeLessThan(sides.width / 2);
        await saveScreenshot(page, `languages-${language}-watch-1280x720`);
        await page.setViewportSize(PHONE);
        await settle(page, 800);
        await saveScreenshot(page, `languages-${language}-watch-390x844`);
        // The switch must not push the DVT signs off the phone's first screen.
        const signs = await page.locator('.trainer-safety-signs').first().boundingBox();
        expect(signs, 'DVT signs').not.toBeNull();
        expect(signs!.y + signs!.height, 'DVT signs end on the first screen').toBeLessThanOrEqual(
          PHONE.height,
        );
        await chooseMode(page, 'read');
        await saveScreenshot(page, `languages-${language}-read-390x844`);
        // The method itself, not only the app around it, is in the language: the DVT entry.
        const dvt = protocolText(language).contraindications['suspected-dvt']?.name ?? 'missing';
        await expect(page.getByText(dvt).first().isVisible(), `${language}: ${dvt}`).resolves.toBe(
          true,
        );
        expect(app.problems.all()).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );
});

describe('the language switch', () => {
  it('sets lang and dir, writes ?lang= and is remembered', { timeout: 600_000 }, async () => {
    const app = await openApp('/', { viewport: PHONE });
    const { page } = app;
    try {
      await page.getByTestId('language-switch').waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
      await page.getByTestId('language-switch').selectOption('ar');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ar');
      expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
      // A later visit without ?lang= opens in the remembered language.
      await page.goto(new URL('/', page.url()).href);
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      await expect(page.getByTestId('language-switch').inputValue()).resolves.toBe('ar');
      // ?lang= wins over the remembered choice.
      await page.goto(new URL('/?lang=de', page.url()).href);
      await page.waitForFunction(() => document.documentElement.lang === 'de');
      await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('ltr');
      expect(app.problems.all()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
