/**
 * The text view in a real Chromium: the protocol read as a document, safety first. Expected
 * texts come from the default protocol JSON and the string catalog, never typed in twice.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeLane } from '../../src/ui/describe';
import { SEVERITY_LABELS, strings } from '../../src/ui/strings';
import {
  closeSharedBrowser,
  openApp,
  runAxe,
  savePageTiles,
  saveScreenshot,
  seriousViolations,
  VIEWPORT,
  type AppPage,
} from './support';
import { contrastRatio } from './support/contrast';
import { defaultProtocol as protocol } from './support/protocol';

/** The app in Read mode: the method as a text document (the trainer opens by default). */
async function openRead(path: string, options?: Parameters<typeof openApp>[1]): Promise<AppPage> {
  const opened = await openApp(path, options);
  await opened.page.getByTestId('mode-read').click();
  return opened;
}

let app: AppPage;

beforeAll(async () => {
  app = await openRead('/');
  await app.page.getByRole('region', { name: strings.safety.title }).waitFor();
});

afterAll(async () => {
  await app?.close();
  await closeSharedBrowser();
});

/** Whether the whole element lies inside the first viewport, without scrolling. */
async function inFirstViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  if (box === null) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= VIEWPORT.height;
}

describe('the text view of the default protocol', () => {
  it('loads without console errors, page errors, failed or off-origin requests', () => {
    expect(app.problems.all()).toEqual([]);
  });

  it('has the product name, its purpose and the not-a-diagnosis note in the header', async () => {
    const banner = app.page.getByRole('banner');
    await expect(banner.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      strings.app.name,
    );
    await expect(banner.textContent()).resolves.toContain(strings.app.notDiagnosis);
    await expect(app.page.title()).resolves.toBe('Proximal — circulatory leg massage');
  });

  it('puts the contraindications first, with the "stop" entry (DVT) fully visible without scrolling', async () => {
    const { page } = app;
    const firstSection = page.locator('main section').first();
    await expect(firstSection.getAttribute('id')).resolves.toBe('read-safety');
    await expect(page.locator('main details').count()).resolves.toBe(0);

    const stops = protocol.contraindications.filter((c) => c.severity === 'stop');
    expect(stops.length).toBeGreaterThan(0);
    for (const stop of stops) {
      const card = page.locator('.contraindication', {
        has: page.getByRole('heading', { name: stop.name, exact: true }),
      });
      await expect(card.isVisible()).resolves.toBe(true);
      await expect(inFirstViewport(card), `"${stop.name}" in the first viewport`).resolves.toBe(
        true,
      );
      await expect(card.textContent()).resolves.toContain(stop.action);
      await expect(card.textContent()).resolves.toContain(SEVERITY_LABELS.stop);
    }
    const dvt = protocol.contraindications.find((c) => /\bDVT\b/.test(c.name));
    expect(dvt?.severity).toBe('stop');
  });

  it('styles a "stop" entry apart from the rest, in high contrast', async () => {
    const { page } = app;
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const computed = getComputedStyle(element);
          return { color: computed.color, background: computed.backgroundColor };
        });
    const stop = await style('.contraindication--stop');
    // The emergency entry (signs of a clot in the lungs) is meant to look as alarming as "stop".
    const other = await style(
      '.contraindication:not(.contraindication--stop):not(.contraindication--emergency)',
    );
    expect(contrastRatio(stop.color, stop.background)).toBeGreaterThanOrEqual(7);
    expect(stop.background).not.toBe(other.background);
    expect(contrastRatio(stop.background, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(7);
  });

  it('lists every contraindication with its signs and action', async () => {
    const panel = app.page.getByRole('region', { name: strings.safety.title });
    const text = (await panel.textContent()) ?? '';
    for (const item of protocol.contraindications) {
      expect(text).toContain(item.name);
      expect(text).toContain(item.action);
      for (const sign of item.signs) expect(text).toContain(sign);
    }
  });

  it('shows the setup as a checklist, one labelled checkbox per step', async () => {
    const section = app.page.getByRole('region', { name: strings.setup.title });
    await expect(section.getByRole('checkbox').count()).resolves.toBe(protocol.setup.length);
    for (const step of protocol.setup) {
      const box = section.getByRole('checkbox', { name: step.text });
      await expect(box.count(), step.text).resolves.toBe(1);
      await box.check();
      await expect(box.isChecked()).resolves.toBe(true);
    }
  });

  it('shows every phase, in order, with its regions, cues and each stroke lane in words', async () => {
    const section = app.page.getByRole('region', { name: strings.phases.title });
    const headings = await section.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toHaveLength(protocol.phases.length);
    protocol.phases.forEach((phase, index) => {
      expect(headings[index]).toContain(phase.name);
    });
    for (const phase of protocol.phases) {
      const region = section.getByRole('region', { name: phase.name });
      await expect(region.isVisible(), phase.name).resolves.toBe(true);
      const text = (await region.textContent()) ?? '';
      expect(text).toContain(phase.purpose);
      for (const cue of phase.cues) expect(text).toContain(cue);
      for (const stroke of phase.strokes) expect(text).toContain(describeLane(stroke));
      expect(text).toContain(strings.pacing.label);
    }
  });

  it('names places in plain words, never as raw identifiers', async () => {
    const text = (await app.page.locator('main').textContent()) ?? '';
    expect(text).toContain('back of the knee (popliteal fossa)');
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  });

  it('makes "always toward the heart" prominent, with its reason', async () => {
    const rules = app.page.getByRole('region', { name: strings.rules.title });
    const heading = rules.getByRole('heading', { name: strings.rules.direction });
    await expect(heading.isVisible()).resolves.toBe(true);
    const direction = protocol.rules.find((rule) => rule.kind === 'direction');
    expect(direction).toBeDefined();
    await expect(rules.textContent()).resolves.toContain(direction?.why ?? '');
  });

  it('gives the session length and the frequency', async () => {
    const section = app.page.getByRole('region', { name: strings.timing.title });
    const text = (await section.textContent()) ?? '';
    const { sessionMinutes, perLegMinutes } = protocol.timing;
    expect(text).toContain(`${sessionMinutes.min}–${sessionMinutes.max} minutes`);
    expect(text).toContain(`${perLegMinutes.min}–${perLegMinutes.max} minutes`);
    expect(text).toContain('15–30 minutes');
    const { maintenance } = protocol.frequency;
    expect(text).toContain(
      strings.timing.timesPerWeek(maintenance.timesPerWeek.min, maintenance.timesPerWeek.max),
    );
    expect(text).toContain(protocol.frequency.principle);
  });

  it('ends with the disclaimer and marks the pacing as Proximal’s own', async () => {
    const about = app.page.getByRole('region', { name: strings.about.title });
    const text = (await about.textContent()) ?? '';
    expect(text).toContain(protocol.disclaimer);
    expect(text).toContain(protocol.pacingNote);
    expect(text).toContain(strings.pacing.label);
  });

  it('has one h1 and no skipped heading levels', async () => {
    const levels = await app.page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((nodes) => nodes.map((node) => Number(node.tagName.slice(1))));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => {
      const previous = index === 0 ? 0 : (levels[index - 1] ?? 0);
      expect(level, `heading #${index + 1}`).toBeLessThanOrEqual(previous + 1);
    });
  });

  it('shows a visible focus ring when tabbing', async () => {
    const { page } = app;
    // Start keyboard navigation from the top of the page, as a fresh visitor would.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.click(5, 5);
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement;
      if (element === null || element === document.body) return null;
      const style = getComputedStyle(element);
      return { tag: element.tagName, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focus).not.toBeNull();
    expect(focus?.outline).not.toBe('none');
    expect(parseFloat(focus?.width ?? '0')).toBeGreaterThanOrEqual(2);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const violations = await runAxe(app.page);
    expect(seriousViolations(violations)).toEqual([]);
  });

  it('saves screenshots of the first screen and of the whole page', async () => {
    const { page } = app;
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      window.scrollTo(0, 0);
    });
    await saveScreenshot(page, 'text-view');
    await saveScreenshot(page, 'text-view-full', { fullPage: true });
    const tiles = await savePageTiles(page, 'text-view-page');
    expect(tiles.length).toBeGreaterThan(1);
  });
});

describe('the text view on a phone', () => {
  it('fits the width (no horizontal scrolling) and still starts with the safety panel', async () => {
    const phone = await openRead('/', { viewport: { width: 390, height: 844 } });
    try {
      const { page } = phone;
      await page.getByRole('region', { name: strings.safety.title }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const stopHeading = page
        .locator('.contraindication--stop')
        .first()
        .getByRole('heading', { level: 3 });
      const box = await stopHeading.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
      await saveScreenshot(page, 'text-view-phone');
      await saveScreenshot(page, 'text-view-phone-full', { fullPage: true });
      expect(phone.problems.all()).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('turns smooth scrolling off when the reader prefers reduced motion', async () => {
    const reduced = await openRead('/', { reducedMotion: true });
    const normal = await openRead('/');
    try {
      const behaviour = (page: AppPage['page']) =>
        page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
      await expect(behaviour(reduced.page)).resolves.toBe('auto');
      await expect(behaviour(normal.page)).resolves.toBe('smooth');
    } finally {
      await reduced.close();
      await normal.close();
    }
  });
});
