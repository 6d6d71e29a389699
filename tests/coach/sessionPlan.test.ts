import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coachMomentAt,
  doneBy,
  legBlocks,
  plannedSpans,
  sessionMinutesBounds,
} from '../../src/coach/sessionPlan';
import { buildTimeline } from '../../src/protocol/timeline';
import { loadDefaultLeg } from '../support/leg';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import type { PhaseSpan } from '../../src/protocol/timeline';

/** Spans like a real session's: each leg's phases back to back, right then left. */
function sessionSpans(phaseSeconds: readonly number[]): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  let t = 0;
  for (const leg of ['right', 'left'] as const) {
    phaseSeconds.forEach((seconds, phaseIndex) => {
      spans.push({ phaseIndex, phaseId: `phase-${phaseIndex}`, leg, start: t, end: t + seconds });
      t += seconds;
    });
  }
  return spans;
}

const phases = fc.array(fc.double({ min: 1, max: 600, noNaN: true }), {
  minLength: 1,
  maxLength: 6,
});

describe('session plan', () => {
  it('splits the session into the legs in order, each covering its own phases', () => {
    fc.assert(
      fc.property(phases, (seconds) => {
        const spans = sessionSpans(seconds);
        const blocks = legBlocks(spans);
        expect(blocks.map((b) => b.leg)).toEqual(['right', 'left']);
        expect(blocks[0]?.end).toBeCloseTo(blocks[1]?.start ?? NaN);
      }),
    );
  });

  it('knows at every moment the phase under way, the countdown to the next, and the leg', () => {
    fc.assert(
      fc.property(phases, fc.double({ min: 0, max: 1, noNaN: true }), (seconds, u) => {
        const spans = sessionSpans(seconds);
        const end = spans[spans.length - 1]?.end ?? 0;
        const t = u * end;
        const m = coachMomentAt(spans, t);
        if (!m) throw new Error('a moment exists');
        expect(m.span.start).toBeLessThanOrEqual(t);
        expect(t).toBeLessThanOrEqual(m.span.end);
        expect(m.phaseRemaining).toBeCloseTo(m.span.end - t);
        expect(m.leg.leg).toBe(m.span.leg);
        expect(m.legElapsed + m.legRemaining).toBeCloseTo(m.leg.end - m.leg.start);
        expect(m.next).toBe(spans[m.spanIndex + 1] ?? null);
        expect(m.finished).toBe(t >= end);
      }),
    );
  });

  it('logs the minutes and whole phases done by the moment a session stopped', () => {
    const spans = sessionSpans([60, 120, 60]);
    const done = doneBy(spans, 270);
    expect(done).toEqual([
      { leg: 'right', minutes: 4, phasesCompleted: ['phase-0', 'phase-1', 'phase-2'] },
      { leg: 'left', minutes: 0.5, phasesCompleted: [] },
    ]);
    fc.assert(
      fc.property(phases, fc.double({ min: 0, max: 1, noNaN: true }), (seconds, u) => {
        const s = sessionSpans(seconds);
        const end = s[s.length - 1]?.end ?? 0;
        const total = doneBy(s, u * end).reduce((sum, l) => sum + l.minutes, 0);
        expect(total * 60).toBeCloseTo(u * end, 5);
      }),
    );
  });

  it('takes the session bounds from the protocol, for one leg or two', () => {
    const timing = defaultProtocol.timing;
    const two = sessionMinutesBounds(timing, 2);
    expect(two.min).toBe(Math.max(timing.sessionMinutes.min, 2 * timing.perLegMinutes.min));
    expect(two.max).toBe(Math.min(timing.sessionMinutes.max, 2 * timing.perLegMinutes.max));
    const other = {
      ...timing,
      sessionMinutes: { min: 10, max: 40 },
      perLegMinutes: { min: 4, max: 12 },
    };
    expect(sessionMinutesBounds(other, 2)).toEqual({ min: 10, max: 24 });
  });
});

describe('planned spans', () => {
  it('are the spans of the real-session timeline the 3D leg plays, for any length', async () => {
    const { landmarks } = await loadDefaultLeg();
    const { min, max } = sessionMinutesBounds(defaultProtocol.timing, 2);
    for (const minutes of [min - 5, min, (min + max) / 2, max, max + 10]) {
      const timeline = buildTimeline(defaultProtocol, {
        mode: 'session',
        landmarks,
        sessionMinutes: minutes,
        legs: ['right', 'left'],
      });
      const planned = plannedSpans(defaultProtocol, minutes, ['right', 'left']);
      expect(planned.map((s) => [s.leg, s.phaseId])).toEqual(
        timeline.spans.map((s) => [s.leg, s.phaseId]),
      );
      planned.forEach((s, i) => {
        expect(s.start).toBeCloseTo(timeline.spans[i]?.start ?? NaN, 6);
        expect(s.end).toBeCloseTo(timeline.spans[i]?.end ?? NaN, 6);
      });
      const total = (planned[planned.length - 1]?.end ?? 0) / 60;
      expect(total).toBeGreaterThanOrEqual(min - 1e-9);
      expect(total).toBeLessThanOrEqual(max + 1e-9);
    }
  });
});
