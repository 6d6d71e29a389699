import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  circularMeanDegrees,
  lerpDegrees,
  thetaDelta,
  thetaDistance,
  wrapDegrees,
} from '../../src/anatomy/chartAngle';

const angle = fc.double({ min: -1e4, max: 1e4, noNaN: true });
const unit = fc.double({ min: 0, max: 1, noNaN: true });
/** Same place on the chart: equal up to a whole turn. */
const samePlace = (a: number, b: number) => thetaDistance(a, b) < 1e-6;

describe('θ on the chart, where −180 and +180 are the posterior midline', () => {
  it('wraps θ to (−180, 180]: the back of the leg is +180', () => {
    expect(wrapDegrees(-180)).toBe(180);
    expect(wrapDegrees(190)).toBeCloseTo(-170);
    expect(wrapDegrees(-540)).toBe(180);
    fc.assert(
      fc.property(angle, (theta) => {
        const wrapped = wrapDegrees(theta);
        expect(wrapped).toBeGreaterThan(-180);
        expect(wrapped).toBeLessThanOrEqual(180);
        expect(Math.abs(Math.cos(((wrapped - theta) * Math.PI) / 180) - 1)).toBeLessThan(1e-9);
      }),
    );
  });

  it('a turn across the back of the leg is short: 170 → −170 is +20, not −340', () => {
    expect(thetaDelta(170, -170)).toBeCloseTo(20);
    expect(thetaDistance(170, -170)).toBeCloseTo(20);
    expect(thetaDistance(0, 180)).toBeCloseTo(180);
    fc.assert(
      fc.property(angle, angle, (a, b) => {
        const d = thetaDelta(a, b);
        expect(Math.abs(d)).toBeLessThanOrEqual(180);
        expect(samePlace(a + d, b)).toBe(true);
        expect(thetaDistance(a, b)).toBeCloseTo(thetaDistance(b, a), 9);
      }),
    );
  });

  it('interpolates the short way round, from a (f = 0) to b (f = 1)', () => {
    expect(lerpDegrees(170, -170, 0.5)).toBe(180);
    fc.assert(
      fc.property(angle, angle, unit, (a, b, f) => {
        const between = lerpDegrees(a, b, f);
        expect(samePlace(lerpDegrees(a, b, 0), a)).toBe(true);
        expect(samePlace(lerpDegrees(a, b, 1), b)).toBe(true);
        expect(thetaDistance(a, between)).toBeLessThanOrEqual(thetaDistance(a, b) + 1e-6);
      }),
    );
  });

  it('averages directions on the circle: 179 and −179 lie at the back, not the front', () => {
    expect(circularMeanDegrees([179, -179])).toBeCloseTo(180);
    expect(circularMeanDegrees([0, 180])).toBeNull();
  });
});
