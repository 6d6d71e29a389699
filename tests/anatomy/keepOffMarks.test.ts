/**
 * Marked places to keep off: a radius in centimetres covers that much skin on the real model,
 * marks stay on their own leg, and keyboard placement lands at the landmark's level.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../src/anatomy/chart';
import { chartScaleOf, type ChartScale } from '../../src/anatomy/chartScale';
import {
  MARK_LEVELS,
  marksOnLeg,
  placeAt,
  userMarkOf,
  type KeepOffMark,
} from '../../src/anatomy/keepOffMarks';
import type { LegModel } from '../../src/anatomy/legModel';
import { insideMark } from '../../src/anatomy/markFootprint';
import { loadDefaultLeg } from '../support/leg';

let leg: LegModel;
let scale: ChartScale;
let chart: LegChart;

beforeAll(async () => {
  leg = await loadDefaultLeg();
  chart = LegChart.fromModel(leg);
  scale = chartScaleOf(chart);
});

const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('the chart scale of the real leg', () => {
  it('measures an adult calf and thigh girth and a leg about a metre long', () => {
    // Local curvature × 360°: the girth the leg would have if it were round there.
    const girth = (s: number, theta: number) => scale.metresPerDegree(s, theta) * 360;
    expect(girth(0.45, 180)).toBeGreaterThan(0.3);
    expect(girth(0.45, 180)).toBeLessThan(0.6);
    expect(girth(0.85, 90)).toBeGreaterThan(0.45);
    expect(girth(0.85, 90)).toBeLessThan(0.8);
    expect(scale.metresPerS(0.5, 0)).toBeGreaterThan(0.8);
    expect(scale.metresPerS(0.5, 0)).toBeLessThan(1.3);
  });

  it('turns centimetres into a footprint whose edge lies that far from its centre on the skin', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.28, max: 0.9, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 2, max: 6, noNaN: true }),
        (s, theta, radiusCm) => {
          const mark: KeepOffMark = { id: 'm', kind: 'wound', s, theta, radiusCm };
          const footprint = userMarkOf(mark, scale);
          const centre = [...chart.surfaceAt(s, theta).position];
          const along = [...chart.surfaceAt(s + footprint.radiusS, theta).position];
          const around = [...chart.surfaceAt(s, theta + footprint.radiusDeg).position];
          const r = radiusCm / 100;
          // Straight-line distances on a curved, uneven skin: within 40 % of the radius.
          expect(distance(centre, along)).toBeGreaterThan(r * 0.6);
          expect(distance(centre, along)).toBeLessThan(r * 1.4);
          expect(distance(centre, around)).toBeGreaterThan(r * 0.5);
          expect(distance(centre, around)).toBeLessThan(r * 1.4);
          expect(insideMark(footprint, s, theta)).toBe(true);
          expect(insideMark(footprint, s + footprint.radiusS * 1.05, theta)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('marks', () => {
  it('stay on their own leg; a mark without a leg is on both', () => {
    const marks: KeepOffMark[] = [
      { id: 'a', kind: 'rash', leg: 'left', s: 0.3, theta: 0, radiusCm: 3 },
      { id: 'b', kind: 'bruise', leg: 'right', s: 0.3, theta: 0, radiusCm: 3 },
      { id: 'c', kind: 'other', s: 0.3, theta: 0, radiusCm: 3 },
    ];
    expect(marksOnLeg(marks, 'left').map((m) => m.id)).toEqual(['a', 'c']);
    expect(marksOnLeg(marks, 'right').map((m) => m.id)).toEqual(['b', 'c']);
  });

  it('placed by keyboard, sit at their level on the chosen side, in order up the leg', () => {
    expect(placeAt(leg.landmarks, 'knee', 'medial')).toEqual({
      s: leg.landmarks.patella_centre.s,
      theta: 90,
    });
    expect(placeAt(leg.landmarks, 'ankle', 'posterior').theta).toBe(180);
    const levels = MARK_LEVELS.map((level) => placeAt(leg.landmarks, level, 'anterior').s);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(new Set(levels).size).toBe(levels.length);
  });
});
