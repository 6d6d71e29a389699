/**
 * The zone under a palm is the strictest over its whole footprint: a zone border that cuts only a
 * corner of the palm, and a marked place smaller than the gaps between the palm's sampled points,
 * both hold the hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PALM_HALF_WIDTH_DEGREES } from '../../src/anatomy/handSize';
import { insideMark, type UserMark } from '../../src/anatomy/markFootprint';
import { zoneUnderHand, type ZoneAt } from '../../src/protocol/zoneUnderHand';
import type { Zone } from '../../src/protocol/zones';

const HALF_PALM_S = 0.04;
const FIRM: Zone = { level: 'firm', sourceId: 'muscle' };
const LIGHT: Zone = { level: 'light', sourceId: 'bone-near-skin' };

describe('zoneUnderHand', () => {
  it('finds a lighter zone that cuts any corner of the palm reaching 80 % of the way to its rim', () => {
    // 80 %: the sixteen rim points make a staircase whose deepest notch, between 22.5° and 45°,
    // lies at (cos 45°, sin 22.5°), 0.804 of the way out; a corner beyond it can fall between
    // two points (the palm's rim barely presses).
    fc.assert(
      fc.property(
        // Where the lighter zone begins, as a point of the palm's footprint (fractions of its
        // half-sizes, inside the ellipse), and which way it lies from there.
        fc.double({ min: 0, max: 0.8, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (radius, angle) => {
          const cornerS = 0.5 + radius * Math.cos(angle) * HALF_PALM_S;
          const cornerTheta = radius * Math.sin(angle) * PALM_HALF_WIDTH_DEGREES;
          // A quadrant beyond that point, away from the palm's centre.
          const signS = Math.sign(Math.cos(angle)) || 1;
          const signTheta = Math.sign(Math.sin(angle)) || 1;
          const zoneAt: ZoneAt = (s, theta) =>
            (s - cornerS) * signS >= 0 && (theta - cornerTheta) * signTheta >= 0 ? LIGHT : FIRM;
          expect(zoneUnderHand(zoneAt, 0.5, 0, HALF_PALM_S).level).toBe('light');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps off a 1 cm mark anywhere under the palm, and not one beside it', () => {
    const firmEverywhere: ZoneAt = () => FIRM;
    const withMark = (mark: UserMark): ZoneAt => Object.assign(firmEverywhere, { marks: [mark] });
    const mark = (s: number, theta: number): UserMark => ({
      id: 'wound',
      s,
      theta,
      radiusS: 0.01,
      radiusDeg: 6,
    });
    // Between the two rings of sampled points, on a diagonal.
    expect(zoneUnderHand(withMark(mark(0.5 + 0.03, 11)), 0.5, 0, HALF_PALM_S)).toEqual({
      level: 'keep-off',
      sourceId: 'wound',
    });
    // A palm's width and more around the leg: clear of the hand.
    expect(zoneUnderHand(withMark(mark(0.5, 40)), 0.5, 0, HALF_PALM_S).level).toBe('firm');
  });

  it('keeps off any mark that a point of the palm lies in, whatever their sizes and places', () => {
    const firmEverywhere: ZoneAt = () => FIRM;
    fc.assert(
      fc.property(
        fc.record({
          id: fc.constant('mark'),
          s: fc.double({ min: 0.3, max: 0.7, noNaN: true }),
          theta: fc.double({ min: -60, max: 60, noNaN: true }),
          radiusS: fc.double({ min: 0.005, max: 0.08, noNaN: true }),
          radiusDeg: fc.double({ min: 3, max: 90, noNaN: true }),
        }),
        // A point of the palm, as fractions of its half-sizes.
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (mark, radius, angle) => {
          const s = 0.5 + radius * Math.cos(angle) * HALF_PALM_S;
          const theta = radius * Math.sin(angle) * PALM_HALF_WIDTH_DEGREES;
          fc.pre(insideMark(mark, s, theta));
          const zoneAt = Object.assign(() => FIRM, { marks: [mark] });
          expect(zoneUnderHand(zoneAt, 0.5, 0, HALF_PALM_S).level).toBe('keep-off');
          expect(zoneUnderHand(firmEverywhere, 0.5, 0, HALF_PALM_S).level).toBe('firm');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
