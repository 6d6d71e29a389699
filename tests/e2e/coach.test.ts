/**
 * The session coach in real Chromium, driven through its controls: the safety check blocks on a
 * sign of a clot and lets a session start otherwise; a short session runs with the coach's wall
 * clock moved on (the TEST_HOOKS-only `skewCoachClock`), both legs, every phase cue in order,
 * the 3D leg following the leg being massaged; the log survives a reload, and a damaged record
 * is set aside and announced, not lost; the log exports as JSON and CSV and the CSV reads back
 * in. Photographed at 390×844 and 1280×720.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { COACH_TEXT } from '../../src/ui/strings';
import {
  runAxe,
  seriousViolations,
  closeSharedBrowser,
  openApp,
  saveScreenshot,
  settle,
  waitForLeg,
  type AppPage,
} from './support';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 720 };
let app: AppPage;

beforeAll(async () => {
  app = await openApp('/?mode=session', { viewport: PHONE });
  await app.page.getByTestId('coach-check').waitFor();
});

afterAll(async () => {
  await app?.close();
  await closeSharedBrowser();
});

/** Answers every question of the check, "yes" to those named. */
async function answerAll(page: Page, yes: readonly string[] = []): Promise<void> {
  for (const c of defaultProtocol.contraindications) {
    const question = page.getByTestId(`coach-question-${c.id}`);
    await question
      .getByLabel(yes.includes(c.id) ? COACH_TEXT.yes : COACH_TEXT.no, { exact: true })
      .check();
  }
}

async function sessionSecond(page: Page): Promise<number> {
  return page.evaluate(() => window.proximal?.coach.getState().session?.second ?? -1);
}

describe('the session coach', () => {
  it('ends at a sign of a clot with the emergency guidance and no way to start', async () => {
    const { page } = app;
    await page
      .getByTestId('coach-question-suspected-dvt')
      .getByLabel(COACH_TEXT.yes, { exact: true })
      .click(); // the question gives way to the guidance at once
    const blocked = page.getByTestId('coach-blocked');
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain(COACH_TEXT.blockedHeading);
    expect(await blocked.textContent()).toContain(
      defaultProtocol.contraindications.find((c) => c.id === 'suspected-dvt')?.action,
    );
    // No question left to change, no button that goes on.
    expect(await page.getByTestId('coach-check-continue').count()).toBe(0);
    expect(await page.getByTestId('coach-start').count()).toBe(0);
    await saveScreenshot(page, 'coach-blocked-phone');
    await page.setViewportSize(LAPTOP);
    await saveScreenshot(page, 'coach-blocked-laptop');
    await page.setViewportSize(PHONE);
  });

  it('lets a session start once every answer is no and the setup is ready', async () => {
    const { page } = app;
    await page.reload({ waitUntil: 'load' }); // a new check: answers are never kept
    await page.getByTestId('coach-check').waitFor();
    const next = page.getByTestId('coach-check-continue');
    expect(await next.isDisabled()).toBe(true);
    await answerAll(page);
    await saveScreenshot(page, 'coach-check-phone', { fullPage: true });
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    expect(await next.isDisabled()).toBe(false);
    await next.click();
    await page.getByTestId('coach-prepare').waitFor();
    const start = page.getByTestId('coach-start');
    expect(await start.isDisabled()).toBe(true);
    for (const step of defaultProtocol.setup) await page.getByLabel(step.text).check();
    await page.setViewportSize(LAPTOP);
    await saveScreenshot(page, 'coach-prepare-laptop', { fullPage: true });
    await page.setViewportSize(PHONE);
    // The shortest session the protocol allows (the slider starts there).
    expect(await page.getByTestId('coach-minutes').inputValue()).toBe(
      String(
        Math.max(
          defaultProtocol.timing.sessionMinutes.min,
          2 * defaultProtocol.timing.perLegMinutes.min,
        ),
      ),
    );
    await start.click();
    await page.getByTestId('coach-session').waitFor();
    // The clot signs stay on the screen while massaging, not only in the check before it.
    const stopWatch = page.getByTestId('coach-stop-watch');
    await expect(stopWatch.isVisible()).resolves.toBe(true);
    await expect(stopWatch.textContent()).resolves.toContain('DVT');
  });

  it('talks through both legs, every phase in order, with the 3D leg on the leg massaged', async () => {
    const { page } = app;
    await waitForLeg(page);
    const spans = await page.evaluate(() => window.proximal?.coach.getState().session?.spans ?? []);
    const expected = (['right', 'left'] as const).flatMap((leg) =>
      defaultProtocol.phases.map((p) => `${leg}/${p.id}`),
    );
    expect(spans.map((s) => `${s.leg}/${s.phaseId}`)).toEqual(expected);

    const seen: string[] = [];
    for (const [i, span] of spans.entries()) {
      // Moves the coach's clock to 2 s into the phase, then reads the page once it shows it.
      await page.evaluate((target) => {
        const second = window.proximal?.coach.getState().session?.second ?? target;
        if (target > second) window.proximal?.skewCoachClock(target - second);
      }, span.start + 2);
      const shown = await page.waitForFunction(
        (want) => {
          const cue = document.querySelector('[data-testid="coach-cue"]');
          const [leg, phase] = [cue?.getAttribute('data-leg'), cue?.getAttribute('data-phase')];
          if (leg !== want.leg || phase !== want.phase) return null;
          return {
            cue: `${leg}/${phase}`,
            countdown: document.querySelector('[data-testid="coach-countdown"]')?.textContent ?? '',
            leg: window.proximal?.view.getState().leg,
            t: window.proximal?.clock.t ?? -1,
            second: window.proximal?.coach.getState().session?.second ?? -1,
            timing: window.proximal?.playback.getState().timing,
          };
        },
        { phase: span.phaseId, leg: span.leg },
      );
      const state = (await shown.jsonValue()) as {
        cue: string;
        countdown: string;
        leg: string;
        t: number;
        second: number;
        timing: string;
      };
      seen.push(state.cue);
      expect(state.leg).toBe(span.leg);
      expect(state.timing).toBe('session');
      expect(Math.abs(state.t - state.second)).toBeLessThan(2);
      expect(state.countdown).toMatch(/\d+:\d\d/);
      if (i === 1) {
        await settle(page);
        await saveScreenshot(page, 'coach-session-phone');
        await page.setViewportSize(LAPTOP);
        await settle(page);
        await saveScreenshot(page, 'coach-session-laptop');
        await page.setViewportSize(PHONE);
        // Paused, the session does not move on.
        await page.getByRole('button', { name: COACH_TEXT.pause }).click();
        const before = await sessionSecond(page);
        await page.waitForTimeout(1500);
        expect(await sessionSecond(page)).toBe(before);
        await page.getByRole('button', { name: COACH_TEXT.resume }).click();
      }
    }
    expect(seen).toEqual(expected);

    // To the end: the log asks how it went, with what was done.
    const end = spans[spans.length - 1]?.end ?? 0;
    await page.evaluate(
      (s) => window.proximal?.skewCoachClock(s),
      end + 5 - (await sessionSecond(page)),
    );
    await page.getByTestId('coach-log').waitFor();
    expect(await page.getByTestId('coach-log-outcome').textContent()).toBe(COACH_TEXT.completed);
    await page
      .getByRole('radiogroup', { name: COACH_TEXT.feelings.heavy })
      .getByRole('radio', { name: '1', exact: true })
      .check();
    await page.getByLabel(COACH_TEXT.symptoms['one-leg-swelling-redness-heat']).check();
    const advice = page.getByRole('alert');
    expect(await advice.textContent()).toContain(
      defaultProtocol.contraindications.find((c) => c.id === 'suspected-dvt')?.action,
    );
    await saveScreenshot(page, 'coach-log-phone', { fullPage: true });
    await page.getByTestId('coach-save').click();
    await page.getByTestId('coach-week').waitFor();
    expect(await page.getByTestId('coach-thisweek').textContent()).toContain(
      COACH_TEXT.thisWeek(1),
    );
  });

  it('keeps the log over a reload, sets a damaged record aside, exports and imports it', async () => {
    const { page } = app;
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('proximal-coach');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('sessions', 'readwrite');
            tx.objectStore('sessions').put({ id: 'damaged', startedAt: 'last tuesday' });
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
          };
        }),
    );
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('button', { name: COACH_TEXT.seeWeek }).click();
    await page.getByTestId('coach-history').waitFor();
    expect(await page.getByTestId('coach-history').locator('li').count()).toBe(1);
    expect(await page.getByTestId('coach-set-aside').textContent()).toBe(COACH_TEXT.setAside(1));
    await saveScreenshot(page, 'coach-week-phone', { fullPage: true });
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    // Exported as JSON (with the record set aside) and as CSV, which reads back in.
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: COACH_TEXT.exportJson }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await json.path()) ?? '', 'utf8')) as {
      entries: { completed: boolean }[];
      setAside: { record: { id: string } }[];
    };
    expect(exported.entries.map((e) => e.completed)).toEqual([true]);
    expect(exported.setAside.map((r) => r.record.id)).toEqual(['damaged']);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: COACH_TEXT.exportCsv }).click(),
    ]);
    await page.getByTestId('coach-import').setInputFiles({
      name: 'log.csv',
      mimeType: 'text/csv',
      buffer: readFileSync((await csv.path()) ?? ''),
    });
    await page.getByText(COACH_TEXT.imported(1, 0)).waitFor();
    expect(await page.getByTestId('coach-history').locator('li').count()).toBe(1);

    await page.setViewportSize(LAPTOP);
    await saveScreenshot(page, 'coach-week-laptop', { fullPage: true });
    expect(app.problems.all()).toEqual([]);
  });
});
