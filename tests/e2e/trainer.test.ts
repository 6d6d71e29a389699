/**
 * The composed trainer in real Chromium: the safety strip and the phase outline in the panel,
 * playback by keyboard and transport, camera keys, presenter mode, help, a deep link restoring
 * the view, reduced motion, accessibility and a clean console. Expected texts come from the
 * default protocol and the string catalog.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowStrings, strings, trainerStrings } from '../../src/ui/strings';
import {
  closeSharedBrowser,
  openApp,
  runAxe,
  saveScreenshot,
  seriousViolations,
  type AppPage,
  type OpenAppOptions,
} from './support';
import { SCREENSHOT_DIR } from './support/paths';
import { defaultProtocol as protocol } from './support/protocol';

const LOAD_TIMEOUT = 90_000;
const testId = (id: string) => `[data-testid="${id}"]`;

/** Opens the app and waits for the trainer, its canvas and a timeline (play is enabled). */
async function openTrainer(path = '/', options: OpenAppOptions = {}): Promise<AppPage> {
  const opened = await openApp(path, options);
  const { page } = opened;
  await page.locator(testId('trainer')).waitFor({ timeout: LOAD_TIMEOUT });
  await page
    .locator(`${testId('trainer')} canvas`)
    .first()
    .waitFor({ timeout: LOAD_TIMEOUT });
  await page.locator(`${testId('play-button')}:not([disabled])`).waitFor({ timeout: LOAD_TIMEOUT });
  return opened;
}

/** Takes focus off any control, so keys go to the page's shortcuts. */
async function focusPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
}

async function pressed(page: Page, id: string): Promise<string | null> {
  return page.locator(testId(id)).getAttribute('aria-pressed');
}

async function saveElement(page: Page, selector: string, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.locator(selector).screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

let app: AppPage;

beforeAll(async () => {
  app = await openTrainer('/');
});

afterAll(async () => {
  await app?.close();
  await closeSharedBrowser();
});

describe('the trainer panel', () => {
  it('starts with the "stop" contraindication (DVT): its name, signs and action', async () => {
    const panel = app.page.locator(testId('trainer-panel'));
    const first = panel.locator('section').first();
    const text = (await first.textContent()) ?? '';
    const stops = protocol.contraindications.filter((c) => c.severity === 'stop');
    expect(stops.length).toBeGreaterThan(0);
    for (const stop of stops) {
      expect(text).toContain(stop.name);
      expect(text).toContain(stop.action);
      for (const sign of stop.signs) expect(text).toContain(sign);
    }
    await expect(
      first.getByRole('button', { name: trainerStrings.safetyStrip.allChecks }).isVisible(),
    ).resolves.toBe(true);
  });

  it('keeps "Always toward the heart" in view while the panel scrolls', async () => {
    const { page } = app;
    const heading = page.getByRole('heading', { name: strings.rules.direction });
    await page.locator(testId('trainer-panel')).evaluate((panel) => panel.scrollTo(0, 10_000));
    await expect(heading.isVisible()).resolves.toBe(true);
    const box = await heading.boundingBox();
    const panelBox = await page.locator(testId('trainer-panel')).boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual((panelBox?.y ?? 0) - 1);
    await page.locator(testId('trainer-panel')).evaluate((panel) => panel.scrollTo(0, 0));
  });

  it('outlines the setup step and then the protocol’s phases, in order', async () => {
    const items = await app.page.locator(`${testId('phase-outline')} li`).allTextContents();
    expect(items).toHaveLength(protocol.phases.length + 1);
    expect(items[0]).toContain(trainerStrings.outline.setup);
    protocol.phases.forEach((phase, index) => expect(items[index + 1]).toContain(phase.name));
  });

  it('opens all the safety checks in a dialog and closes it with Escape, focus back on its button', async () => {
    const { page } = app;
    const opener = page.getByRole('button', { name: trainerStrings.safetyStrip.allChecks });
    await opener.click();
    const dialog = page.locator(testId('safety-dialog'));
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    for (const item of protocol.contraindications) expect(text).toContain(item.name);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const focusedOpener = () => opener.evaluate((button) => document.activeElement === button);
    await expect(focusedOpener()).resolves.toBe(true);
    // Once the user moves on, focus is never pulled back to the opener.
    await focusPage(page);
    await page.waitForTimeout(1500);
    await expect(focusedOpener()).resolves.toBe(false);
  });
});

describe('playback', () => {
  it('plays with Space, and PageDown moves the phase card to the next phase', async () => {
    const { page } = app;
    await focusPage(page);
    await page.keyboard.press('Space');
    await page.locator(`${testId('play-button')}[data-state="playing"]`).waitFor();
    const [first, second] = protocol.phases;
    await page.locator(testId('phase-card'), { hasText: first?.name ?? '∅' }).waitFor();
    await page.keyboard.press('PageDown');
    await page.locator(testId('phase-card'), { hasText: second?.name ?? '∅' }).waitFor();
    const current = page.locator(`${testId('phase-outline')} [aria-current="step"]`);
    await expect(current.textContent()).resolves.toContain(second?.name ?? '∅');
    await page.keyboard.press('Space');
    await page.locator(`${testId('play-button')}[data-state="paused"]`).waitFor();
    await expect(page.locator(testId('phase-announcer')).textContent()).resolves.toContain(
      trainerStrings.announce.phase(2, protocol.phases.length, second?.name ?? '∅'),
    );
  });

  it('says in the phase card what the valves do for the stroke shown', async () => {
    const { page } = app;
    const note = page.locator(`${testId('phase-card')} ${testId('valve-note')}`);
    // Into each phase from the outline, as a learner does.
    const seekIntoPhase = (index: number) =>
      page
        .locator(`${testId('phase-outline')} button`, { hasText: protocol.phases[index]?.name })
        .click();
    await seekIntoPhase(0);
    await note.filter({ hasText: flowStrings.valveNote.glide }).waitFor();
    await seekIntoPhase(1);
    await note.filter({ hasText: flowStrings.valveNote.knead }).waitFor();
  });

  it('fills in the time readouts while the lesson plays', async () => {
    const { page } = app;
    await expect(page.locator(testId('time-readout')).textContent()).resolves.toMatch(/^\d+:\d\d$/);
    await expect(page.locator(testId('phase-time')).textContent()).resolves.toMatch(
      /^\d+:\d\d \/ \d+:\d\d$/,
    );
  });

  it('changes the speed from the speed selector', async () => {
    const { page } = app;
    await page.locator(testId('speed-select')).selectOption('2');
    // Read through the hook: the speed itself shows nowhere but in the select just changed.
    await page.waitForFunction(() => window.proximal?.playback.getState().speed === 2);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('speed') === '2');
    await page.locator(testId('speed-select')).selectOption('1');
  });

  it('moves the playhead from the keyboard on the scrubber: Home, then 5 s per arrow', async () => {
    const { page } = app;
    const scrubber = page.locator(testId('scrubber'));
    await scrubber.focus();
    await page.keyboard.press('Home');
    await page.locator(testId('time-readout'), { hasText: '0:00' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator(testId('time-readout'), { hasText: '0:10' }).waitFor();
    await expect(scrubber.getAttribute('aria-valuenow')).resolves.toBe('10');
    await expect(scrubber.getAttribute('aria-valuetext')).resolves.toContain('0:10');
  });

  it('seeks where the scrubber is clicked, and follows a drag', async () => {
    const { page } = app;
    const scrubber = page.locator(testId('scrubber'));
    const box = await scrubber.boundingBox();
    if (box === null) throw new Error('no scrubber');
    const max = Number(await scrubber.getAttribute('aria-valuemax'));
    const valueNow = async () => Number(await scrubber.getAttribute('aria-valuenow'));
    const y = box.y + box.height / 2;
    await page.mouse.click(box.x + box.width / 2, y);
    await expect.poll(valueNow).toBeGreaterThanOrEqual(Math.floor(max / 2) - 2);
    expect(await valueNow()).toBeLessThanOrEqual(Math.ceil(max / 2) + 2);
    await page.mouse.move(box.x + box.width * 0.25, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(valueNow).toBeGreaterThanOrEqual(Math.floor(max * 0.75) - 2);
    expect(await valueNow()).toBeLessThanOrEqual(Math.ceil(max * 0.75) + 2);
  });
});

describe('view controls', () => {
  it('chooses the camera presets with the number keys', async () => {
    const { page } = app;
    await focusPage(page);
    await page.keyboard.press('3');
    await expect(pressed(page, 'camera-lateral')).resolves.toBe('true');
    await expect(pressed(page, 'camera-medial')).resolves.toBe('false');
    await page.keyboard.press('1');
    await expect(pressed(page, 'camera-front')).resolves.toBe('true');
  });

  it('shows the zone legend with the zones layer, and hides it with Z', async () => {
    const { page } = app;
    // On a 1280x720 laptop the key starts folded to its button (the stage is not roomy).
    await page.locator(testId('key-drawer-button')).click();
    await page.locator(testId('zone-legend')).waitFor();
    await focusPage(page);
    await page.keyboard.press('z');
    await page.locator(testId('key-drawer')).waitFor({ state: 'detached' });
    await page.keyboard.press('z');
    await page.locator(testId('key-drawer-button')).waitFor();
  });

  it('opens the help with ? and closes it with Escape', async () => {
    const { page } = app;
    await focusPage(page);
    await page.keyboard.press('?');
    const help = page.locator(testId('help-dialog'));
    await help.waitFor();
    await expect(
      help.getByRole('heading', { name: trainerStrings.help.shortcuts }).isVisible(),
    ).resolves.toBe(true);
    await saveScreenshot(page, 'trainer-help');
    const violations = await runAxe(page);
    expect(seriousViolations(violations), 'with the help open').toEqual([]);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
  });

  it('turns presenter mode on and off with P: big caption, panel hidden', async () => {
    const { page } = app;
    await focusPage(page);
    await page.keyboard.press('p');
    const caption = page.locator(testId('presenter-caption'));
    await caption.waitFor();
    await expect(page.locator(testId('trainer-panel')).isHidden()).resolves.toBe(true);
    const size = await caption
      .locator('p')
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    await saveScreenshot(page, 'trainer-presenter');
    await focusPage(page);
    await page.keyboard.press('p');
    await caption.waitFor({ state: 'detached' });
    await page.locator(testId('trainer-panel')).waitFor();
  });
});

describe('the trainer as a whole', () => {
  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const violations = await runAxe(app.page);
    expect(seriousViolations(violations)).toEqual([]);
  });

  it('saves screenshots of the trainer and its panel', async () => {
    const { page } = app;
    await focusPage(page);
    await saveScreenshot(page, 'trainer');
    await saveElement(page, testId('trainer-panel'), 'trainer-panel');
    await saveElement(page, testId('transport'), 'trainer-transport');
    await saveElement(page, testId('view-controls'), 'trainer-view-controls');
  });

  it('logs no console errors, page errors, failed or off-origin requests', () => {
    expect(app.problems.all()).toEqual([]);
  });
});

describe('a deep link', () => {
  it('restores time, camera, leg and layers, and does not start playing', async () => {
    const linked = await openTrainer('/?t=30&camera=back&leg=left&layers=skin,zones,veins');
    try {
      const { page } = linked;
      await page.locator(testId('time-readout'), { hasText: '0:30' }).waitFor();
      await expect(pressed(page, 'camera-back')).resolves.toBe('true');
      await expect(pressed(page, 'leg-left')).resolves.toBe('true');
      await page.locator(testId('layers-button')).click();
      await expect(page.locator(testId('layer-skin')).isChecked()).resolves.toBe(true);
      await expect(page.locator(testId('layer-zones')).isChecked()).resolves.toBe(true);
      await expect(page.locator(testId('layer-veins')).isChecked()).resolves.toBe(true);
      await expect(page.locator(testId('layer-lanes')).isChecked()).resolves.toBe(false);
      await expect(page.locator(testId('layer-hands')).isChecked()).resolves.toBe(false);
      await expect(page.locator(testId('play-button')).getAttribute('data-state')).resolves.toBe(
        'paused',
      );
      await page.locator(testId('phase-card')).waitFor();
      await saveScreenshot(page, 'trainer-deep-link');
      expect(linked.problems.all()).toEqual([]);
    } finally {
      await linked.close();
    }
  });
});

describe('with reduced motion', () => {
  it('never starts playing by itself and uses no transitions', async () => {
    const reduced = await openTrainer('/', { reducedMotion: true });
    try {
      const { page } = reduced;
      await page.waitForTimeout(1000);
      await expect(page.locator(testId('play-button')).getAttribute('data-state')).resolves.toBe(
        'paused',
      );
      await focusPage(page);
      await page.keyboard.press('p');
      const transition = await page
        .locator(testId('transport'))
        .evaluate((element) => parseFloat(getComputedStyle(element).transitionDuration) || 0);
      expect(transition).toBeLessThan(0.01);
      await page.keyboard.press('p');
      expect(reduced.problems.all()).toEqual([]);
    } finally {
      await reduced.close();
    }
  });
});
