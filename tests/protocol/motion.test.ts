/** The small pieces under the timeline: eased steps, session minutes, angles. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { lerpDegrees, wrapDegrees } from '../../src/anatomy/chartAngle';
import { steppedProgress } from '../../src/protocol/motion/handPlacement';
import { sessionBudget } from '../../src/protocol/motion/sessionBudget';

/** Property tests are quick alone but share two cores with other work. */
const SLOW_UNDER_LOAD = { timeout: 30_000 };

describe('steppedProgress', SLOW_UNDER_LOAD, () => {
  it('starts at 0, ends at 1 and rests at each step', () => {
    expect(steppedProgress(0, 4)).toBe(0);
    expect(steppedProgress(1, 4)).toBe(1);
    expect(steppedProgress(0.5, 4)).toBe(0.5);
    // resting: almost no movement right around a step boundary
    expect(steppedProgress(0.25 + 1e-3, 4) - steppedProgress(0.25, 4)).toBeLessThan(1e-6);
  });

  it('never goes backward, even between neighbouring floating-point numbers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (a, b, k) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(steppedProgress(hi, k)).toBeGreaterThanOrEqual(steppedProgress(lo, k));
        },
      ),
      { numRuns: 2000 },
    );
    for (let k = 1; k <= 6; k++) {
      for (let step = 0; step <= k; step++) {
        let u = step / k;
        let previous = steppedProgress(u, k);
        for (let i = 0; i < 50; i++) {
          u = Math.min(1, u + Number.EPSILON * 4);
          const next = steppedProgress(u, k);
          expect(next).toBeGreaterThanOrEqual(previous);
          previous = next;
        }
      }
    }
  });
});

describe('sessionBudget', () => {
  const timing = defaultProtocol.timing;

  it('splits the wanted minutes over the legs, within both bounds', () => {
    expect(sessionBudget(timing, 20, 2)).toEqual({ perLegMinutes: 10, totalMinutes: 20 });
    expect(sessionBudget(timing, 15, 2)).toEqual({ perLegMinutes: 7.5, totalMinutes: 15 });
    expect(sessionBudget(timing, 40, 2)).toEqual({ perLegMinutes: 15, totalMinutes: 30 });
    expect(sessionBudget(timing, 10, 1)).toEqual({ perLegMinutes: 15, totalMinutes: 15 });
    expect(sessionBudget(timing, -Infinity, 2)).toEqual({ perLegMinutes: 7.5, totalMinutes: 15 });
  });

  it('keeps the per-leg bounds when the session bounds cannot also hold', () => {
    const tight = { ...timing, sessionMinutes: { min: 20, max: 30 } };
    expect(sessionBudget(tight, 25, 1)).toEqual({ perLegMinutes: 15, totalMinutes: 15 });
  });
});

describe('angles', () => {
  it('fold into (−180, 180] and interpolate the short way round', () => {
    expect(wrapDegrees(-180)).toBe(180);
    expect(wrapDegrees(190)).toBe(-170);
    expect(wrapDegrees(720)).toBe(0);
    expect(lerpDegrees(170, -170, 0.5)).toBe(180);
    expect(lerpDegrees(-35, 35, 0.5)).toBe(0);
  });
});
