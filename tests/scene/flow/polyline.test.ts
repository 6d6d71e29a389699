/** A vein's centreline looked up by arc-length fraction. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointAt, polylineOf, segmentAt } from '../../../src/scene/flow/polyline';

// An L: 3 m up, then 1 m along x. Fractions 0, 0.75, 1.
const line = polylineOf(
  [
    [0, 0, 0],
    [0, 3, 0],
    [1, 3, 0],
  ],
  [0.001, 0.002, 0.004],
);

describe('polylineOf', () => {
  it('measures arc length and the fraction at each point', () => {
    expect(line.lengthM).toBeCloseTo(4, 12);
    expect([...line.fractions]).toEqual([0, 0.75, 1]);
  });
});

describe('pointAt', () => {
  it('gives the ends at 0 and 1 and clamps beyond them', () => {
    const out = [0, 0, 0];
    pointAt(line, 0, out);
    expect(out).toEqual([0, 0, 0]);
    pointAt(line, 1, out);
    expect(out).toEqual([1, 3, 0]);
    pointAt(line, 1.5, out);
    expect(out).toEqual([1, 3, 0]);
    pointAt(line, -0.5, out);
    expect(out).toEqual([0, 0, 0]);
  });

  it('is uniform in arc length across the corner, with the radius interpolated', () => {
    const out = [0, 0, 0];
    expect(pointAt(line, 0.5, out)).toBeCloseTo(0.001 + (0.001 * 2) / 3, 9);
    expect(out[1]).toBeCloseTo(2, 6);
    expect(pointAt(line, 0.875, out)).toBeCloseTo(0.003, 9);
    expect(out[0]).toBeCloseTo(0.5, 6);
    expect(out[1]).toBeCloseTo(3, 6);
  });

  it('the distance walked is the fraction times the length', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (f) => {
        const out = [0, 0, 0];
        pointAt(line, f, out);
        const walked = (out[1] ?? 0) + (out[0] ?? 0);
        expect(walked).toBeCloseTo(f * 4, 5);
      }),
    );
  });

  it('writes at an offset into a flat array', () => {
    const out = new Float32Array(6);
    pointAt(line, 1, out, 3);
    expect([...out]).toEqual([0, 0, 0, 1, 3, 0]);
  });
});

describe('segmentAt', () => {
  it('finds the segment holding a fraction', () => {
    expect(segmentAt(line, 0.1)).toBe(0);
    expect(segmentAt(line, 0.75)).toBe(1);
    expect(segmentAt(line, 0.9)).toBe(1);
  });
});
