/**
 * Practice mode in real Chromium: a mouse drag up the inner leg is judged toward the heart, the
 * same drag down the leg away from it (in the panel and in the store), a drag beside the leg
 * still turns the view, a drill is graded, and traces go out and come back in as files, a bad
 * file leaving the stroke as it was. Both verdicts are photographed for a person to look at.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTraceText, type Trace } from '../../src/practice/traceFile';
import { CAMERA_LABELS, LEG_LABELS, practiceStrings, VERDICT_LABELS } from '../../src/ui/strings';
import {
  closeSharedBrowser,
  openApp,
  runAxe,
  saveScreenshot,
  seriousViolations,
  settle,
  type AppPage,
} from './support';

let app: AppPage;

beforeAll(async () => {
  app = await openApp('/');
  // Generous: the stage builds a new WebGL context and the leg's chart for practice.
  await app.page.getByTestId('mode-practice').click({ timeout: 90_000 });
  await app.page.waitForFunction(() => window.proximalPractice !== undefined, null, {
    timeout: 90_000,
  });
  await settle(app.page);
});

afterAll(async () => {
  await app?.close();
  await closeSharedBrowser();
});

/** The s of a landmark on the loaded leg. */
function landmarkS(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => {
    const status = window.proximal?.leg.getState().status;
    if (status?.kind !== 'ready') throw new Error('the leg is not loaded');
    const landmark = (status.model.landmarks as Record<string, { s: number }>)[n];
    if (!landmark) throw new Error(`no landmark ${n}`);
    return landmark.s;
  }, name);
}

/** Screen points of the skin along θ from s = from to s = to (the ones in view). */
function screenPath(page: Page, from: number, to: number, theta: number, count = 30) {
  return page.evaluate(
    ({ a, b, th, n }) => {
      const points: { x: number; y: number }[] = [];
      for (let i = 0; i <= n; i++) {
        const p = window.proximalPractice?.project(a + (b - a) * (n > 0 ? i / n : 0), th);
        if (p) points.push(p);
      }
      return points;
    },
    { a: from, b: to, th: theta, n: count },
  );
}

/**
 * Presses, moves through the points and lifts, as a hand on a mouse would: at an even pace over
 * `durationMs` (a stroke at the guide's tempo, so the valve replay sees a real stroke).
 */
async function drag(
  page: Page,
  points: readonly { x: number; y: number }[],
  durationMs = 3000,
): Promise<void> {
  const [first, ...rest] = points;
  if (!first) throw new Error('nothing to drag along');
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  const start = Date.now();
  for (const [i, p] of rest.entries()) {
    await page.mouse.move(p.x, p.y);
    const due = start + (durationMs * (i + 1)) / rest.length;
    await page.waitForTimeout(Math.max(0, due - Date.now()));
  }
  await page.mouse.up();
}

/** What the store holds once the stroke is checked and its valve replay has finished. */
async function checked(page: Page) {
  await page.waitForFunction(
    () => window.proximalPractice?.store.getState().replay.kind === 'done',
    null,
    { timeout: 90_000 },
  );
  return page.evaluate(() => {
    const state = window.proximalPractice?.store.getState();
    const replay = state?.replay.kind === 'done' ? state.replay.replay : null;
    return {
      verdict: state?.current?.analysis.verdict ?? null,
      trace: state?.current?.trace ?? null,
      source: state?.current?.source ?? null,
      outcome: replay?.outcome ?? null,
      passedMl: replay?.passedMl ?? null,
    };
  });
}

/** The inner lane from just above the ankle to just below the knee, on screen. */
async function innerAnkleToKnee(page: Page) {
  const from = (await landmarkS(page, 'medial_malleolus')) + 0.03;
  const to = (await landmarkS(page, 'medial_femoral_condyle')) - 0.02;
  return screenPath(page, from, to, 90, 20);
}

const verdictOnPanel = (page: Page) => page.getByTestId('verdict');

/** A button of the practice panel's view choice (leg or camera), pressed as a learner does. */
function viewButton(page: Page, group: string, name: string) {
  return page
    .getByTestId('practice-view')
    .getByRole('group', { name: group })
    .getByRole('button', { name, exact: true });
}

describe('drawing a stroke on the leg', () => {
  let upTheLeg: { x: number; y: number }[] = [];
  let firstTrace: Trace | null = null;
  let passedUp = 0;

  it('a drag up the inner leg is judged toward the heart, and the valves let blood through', async () => {
    const { page } = app;
    upTheLeg = await innerAnkleToKnee(page);
    expect(upTheLeg.length, 'lane points in view').toBeGreaterThanOrEqual(18);
    await drag(page, upTheLeg);
    const state = await checked(page);
    expect(state.verdict).toBe('proximal');
    expect(state.source).toBe('drawn');
    const samples = state.trace?.samples ?? [];
    const took = `${samples.length} samples over ${samples.at(-1)?.t ?? 0} ms`;
    expect(state.outcome, took).toBe('moved');
    await expect(verdictOnPanel(page).textContent()).resolves.toBe(VERDICT_LABELS.proximal);
    await expect(page.getByTestId('valve-replay').getAttribute('data-outcome')).resolves.toBe(
      'moved',
    );
    await expect(page.getByTestId('stage-verdict').textContent()).resolves.toBe(
      VERDICT_LABELS.proximal,
    );
    firstTrace = state.trace;
    passedUp = state.passedMl ?? 0;
    await settle(page);
    await saveScreenshot(page, 'practice-proximal');
  });

  it('the same drag down the leg is judged away from the heart, and the valves shut', async () => {
    const { page } = app;
    await drag(page, [...upTheLeg].reverse());
    const state = await checked(page);
    expect(state.verdict).toBe('distal');
    expect(state.outcome).toBe('blocked');
    expect(state.passedMl ?? Infinity).toBeLessThan(passedUp);
    expect(state.trace).not.toEqual(firstTrace);
    await expect(verdictOnPanel(page).textContent()).resolves.toBe(VERDICT_LABELS.distal);
    await settle(page);
    await saveScreenshot(page, 'practice-distal');
  });

  it('on the left leg (the mirror image) the inner side is still θ = +90', async () => {
    const { page } = app;
    await viewButton(page, practiceStrings.view.leg, LEG_LABELS.left).click();
    await page.waitForTimeout(1500);
    await drag(page, await innerAnkleToKnee(page));
    const state = await checked(page);
    expect(state.trace?.leg).toBe('left');
    expect(state.verdict).toBe('proximal');
    const meanTheta = await page.evaluate(
      () => window.proximalPractice?.store.getState().current?.analysis.extent.meanTheta ?? null,
    );
    expect(Math.abs((meanTheta ?? 0) - 90)).toBeLessThan(15);
    await viewButton(page, practiceStrings.view.leg, LEG_LABELS.right).click();
    await page.waitForTimeout(1500);
  });

  it('a drag beside the leg turns the view and draws nothing', async () => {
    const { page } = app;
    const before = await checked(page);
    const knee = await landmarkS(page, 'medial_femoral_condyle');
    const kneeBefore = (await screenPath(page, knee, knee, 90, 0))[0];
    const canvas = await page.locator('canvas').first().boundingBox();
    if (!canvas || !kneeBefore) throw new Error('no canvas or knee in view');
    // Background near the stage's right edge, well clear of the leg.
    const y = canvas.y + canvas.height * 0.5;
    await drag(
      page,
      [
        { x: canvas.x + canvas.width - 40, y },
        { x: canvas.x + canvas.width - 140, y },
      ],
      300,
    );
    await settle(page);
    const after = await checked(page);
    expect(after.trace).toEqual(before.trace);
    const kneeAfter = (await screenPath(page, knee, knee, 90, 0))[0] ?? null;
    expect(kneeAfter).not.toEqual(kneeBefore);
    await viewButton(page, practiceStrings.view.camera, CAMERA_LABELS.medial).click();
    await page.waitForTimeout(1200);
  });
});

/**
 * Pointer events as a pen or a finger sends them (dispatched on the canvas: the test browser
 * has neither), paced like a stroke. Returns once the pointer has lifted.
 */
function pointerStroke(
  page: Page,
  points: readonly { x: number; y: number }[],
  pointer: { pointerType: 'pen' | 'touch'; pressure: number },
) {
  return page.evaluate(
    async ({ pts, kind, pressure }) => {
      const canvas = document.querySelector('canvas');
      if (!canvas) throw new Error('no canvas');
      const send = (type: string, p: { x: number; y: number }) =>
        canvas.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            cancelable: true,
            isPrimary: true,
            pointerId: 7,
            pointerType: kind,
            pressure: type === 'pointerup' ? 0 : pressure,
            button: type === 'pointermove' ? -1 : 0,
            buttons: type === 'pointerup' ? 0 : 1,
            clientX: p.x,
            clientY: p.y,
          }),
        );
      const [first, ...rest] = pts;
      if (!first) throw new Error('nothing to draw along');
      send('pointerdown', first);
      for (const p of rest) {
        await new Promise((done) => setTimeout(done, 60));
        send('pointermove', p);
      }
      send('pointerup', rest.at(-1) ?? first);
    },
    { pts: points, kind: pointer.pointerType, pressure: pointer.pressure },
  );
}

describe('pens and fingers', () => {
  it('a pen pressing hard draws firm samples, whatever the panel says', async () => {
    const { page } = app;
    await page.getByLabel('Light', { exact: true }).check();
    await pointerStroke(page, await innerAnkleToKnee(page), { pointerType: 'pen', pressure: 0.9 });
    const state = await checked(page);
    expect(state.verdict).toBe('proximal');
    expect(new Set(state.trace?.samples.map((s) => s.pressure))).toEqual(new Set(['firm']));
  });

  it('a finger draws with the level chosen in the panel', async () => {
    const { page } = app;
    await page.getByLabel('Moderate', { exact: true }).check();
    const down = [...(await innerAnkleToKnee(page))].reverse();
    await pointerStroke(page, down, { pointerType: 'touch', pressure: 1 });
    const state = await checked(page);
    expect(state.verdict).toBe('distal');
    expect(new Set(state.trace?.samples.map((s) => s.pressure))).toEqual(new Set(['moderate']));
    await page.getByLabel('Light', { exact: true }).check();
  });
});

describe('drills', () => {
  it('grades a stroke along the chosen drill and counts it in the session', async () => {
    const { page } = app;
    await page.getByTestId('drill-select').selectOption('warm-up-effleurage/warm-up-inner');
    await expect(page.getByTestId('drill-prompt').isVisible()).resolves.toBe(true);
    const from = (await landmarkS(page, 'medial_malleolus')) + 0.02;
    const to = (await landmarkS(page, 'groin_crease')) - 0.05;
    await drag(page, await screenPath(page, from, to, 90, 40), 6000);
    await checked(page);
    const grade = page.getByTestId('drill-grade');
    await expect(grade.getAttribute('data-grade')).resolves.toBe('pass');
    await expect(page.getByTestId('session-summary').textContent()).resolves.toContain(
      '1 of 1 attempt passed',
    );
    await settle(page);
    await saveScreenshot(page, 'practice-drill');
    await page.getByTestId('drill-select').selectOption('');
  });
});

describe('trace files', () => {
  let saved: { name: string; text: string } | null = null;

  it('exports the stroke as proximal-trace-<date>.json holding exactly the stroke', async () => {
    const { page } = app;
    const shown = (await checked(page)).trace;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('trace-export').click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^proximal-trace-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(parseTraceText(text)).toEqual({ ok: true, trace: shown });
    saved = { name, text };
  });

  it('imports it back: the same stroke, checked again', async () => {
    const { page } = app;
    if (!saved) throw new Error('nothing exported');
    const before = (await checked(page)).trace;
    await page.getByTestId('trace-clear').click();
    await expect(page.getByTestId('verdict').count()).resolves.toBe(0);
    await page.getByTestId('trace-file-input').setInputFiles({
      name: saved.name,
      mimeType: 'application/json',
      buffer: Buffer.from(saved.text),
    });
    const state = await checked(page);
    expect(state.source).toBe('imported');
    expect(state.trace).toEqual(before);
    await expect(page.getByTestId('trace-file-status').textContent()).resolves.toBe(
      `Opened ${saved.name}.`,
    );
  });

  it('a bad file shows what is wrong, path by path, and keeps the stroke', async () => {
    const { page } = app;
    const before = await checked(page);
    await page.getByTestId('trace-file-input').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "leg": "middle", "samples": [{ "s": 3, "theta": 0, "t": 0 }] }'),
    });
    const error = page.getByTestId('trace-file-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('broken.json could not be opened');
    expect(text).toContain('$.leg: must be "right" or "left"');
    expect(text).toContain('$.samples[0].s: must be a number between 0 and 1');
    expect(text).toContain('$.samples[0].pressure: is missing');
    const after = await checked(page);
    expect(after.trace).toEqual(before.trace);
    await expect(verdictOnPanel(page).count()).resolves.toBe(1);
  });

  it('a file dropped on the leg opens like a picked one', async () => {
    const { page } = app;
    if (!saved) throw new Error('nothing exported');
    await page.getByTestId('trace-clear').click();
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, saved.text);
    await page.dispatchEvent('[data-testid="practice-stage"]', 'dragover', {
      dataTransfer: transfer,
    });
    await page.dispatchEvent('[data-testid="practice-stage"]', 'drop', { dataTransfer: transfer });
    const state = await checked(page);
    expect(state.source).toBe('imported');
    expect(parseTraceText(saved.text)).toEqual({ ok: true, trace: state.trace });
  });
});

describe('the practice page', () => {
  it('has no serious accessibility problems', async () => {
    expect(seriousViolations(await runAxe(app.page))).toEqual([]);
  });

  it('logged no errors and made no failed or outside requests', () => {
    expect(app.problems.all()).toEqual([]);
  });
});
