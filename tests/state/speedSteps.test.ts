/** Speed notches for the +/− keys. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPEEDS } from '../../src/state/playbackStore';
import { nearestSpeed, stepSpeed } from '../../src/state/speedSteps';

describe('speed steps', () => {
  it('goes one offered speed faster or slower', () => {
    expect(stepSpeed(1, 1)).toBe(1.5);
    expect(stepSpeed(1, -1)).toBe(0.75);
  });

  it('stays at the slowest and the fastest speed', () => {
    expect(stepSpeed(SPEEDS[0], -1)).toBe(SPEEDS[0]);
    expect(stepSpeed(SPEEDS[SPEEDS.length - 1] ?? 4, 1)).toBe(4);
  });

  it('steps from the nearest offered speed when the current one is not offered', () => {
    expect(nearestSpeed(1.1)).toBe(1);
    expect(nearestSpeed(100)).toBe(4);
    expect(nearestSpeed(-3)).toBe(0.25);
    expect(stepSpeed(1.9, 1)).toBe(3);
  });
});

describe('the nearest speed of any number', () => {
  const slowest = SPEEDS[0];
  const fastest = SPEEDS[SPEEDS.length - 1] ?? 4;

  it('is clamped before it is compared: huge speeds are the fastest, tiny the slowest', () => {
    expect(nearestSpeed(1e16)).toBe(fastest);
    expect(nearestSpeed(1e17)).toBe(fastest);
    expect(nearestSpeed(Number.MAX_VALUE)).toBe(fastest);
    expect(nearestSpeed(Infinity)).toBe(fastest);
    expect(nearestSpeed(-1e17)).toBe(slowest);
    expect(nearestSpeed(-Infinity)).toBe(slowest);
    expect(nearestSpeed(NaN)).toBe(1);
  });

  it('is offered, never moves the other way, and is the closest offered speed', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        const near = nearestSpeed(a);
        expect(SPEEDS).toContain(near);
        if (!Number.isNaN(a) && !Number.isNaN(b) && a <= b) {
          expect(near).toBeLessThanOrEqual(nearestSpeed(b));
        }
        if (!Number.isNaN(a)) {
          const wanted = Math.min(fastest, Math.max(slowest, a));
          for (const other of SPEEDS) {
            expect(Math.abs(near - wanted)).toBeLessThanOrEqual(Math.abs(other - wanted));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
