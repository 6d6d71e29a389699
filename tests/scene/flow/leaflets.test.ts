/** Valve cusps: how far they swing for an open fraction, and where a shut one's edge ends up. */
import fc from 'fast-check';
import { Matrix4, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  CLOSED_ANGLE,
  CUSP_LENGTH,
  createCuspGeometry,
  cuspMatrix,
  leafletAngle,
  valveFrame,
} from '../../../src/scene/flow/leaflets';

describe('leafletAngle', () => {
  it('is shut at 0, flat against the wall at 1, half way at rest (0.5)', () => {
    expect(leafletAngle(0)).toBe(CLOSED_ANGLE);
    expect(leafletAngle(1)).toBe(0);
    expect(leafletAngle(0.5)).toBeCloseTo(CLOSED_ANGLE / 2, 12);
  });

  it('never opens further as the valve passes less (monotone), and stays in range', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(leafletAngle(lo)).toBeGreaterThanOrEqual(leafletAngle(hi));
        expect(leafletAngle(a)).toBeGreaterThanOrEqual(0);
        expect(leafletAngle(a)).toBeLessThanOrEqual(CLOSED_ANGLE);
      }),
    );
  });

  it('reads NaN as shut (no flow known)', () => {
    expect(leafletAngle(NaN)).toBe(CLOSED_ANGLE);
  });
});

/** The middle of a cusp's free edge, placed by `cuspMatrix`. */
function edgeMiddle(side: 0 | 1, angle: number, frame = new Matrix4()): Vector3 {
  return new Vector3(0, CUSP_LENGTH, 1).applyMatrix4(cuspMatrix(frame, side, angle, new Matrix4()));
}

describe('cuspMatrix', () => {
  it('open, a cusp lies along the wall pointing toward the heart (+y)', () => {
    const tip = edgeMiddle(0, leafletAngle(1));
    expect(tip.x).toBeCloseTo(0, 9);
    expect(tip.y).toBeCloseTo(CUSP_LENGTH, 9);
    expect(tip.z).toBeCloseTo(1, 9);
  });

  it('shut, both cusps’ edges meet on the axis, nearer the heart than their hinges (a Λ)', () => {
    for (const side of [0, 1] as const) {
      const tip = edgeMiddle(side, leafletAngle(0));
      expect(Math.hypot(tip.x, tip.z)).toBeLessThan(1e-9);
      expect(tip.y).toBeGreaterThan(0);
    }
  });

  it('the second cusp faces the first across the axis', () => {
    const a = edgeMiddle(0, leafletAngle(0.5));
    const b = edgeMiddle(1, leafletAngle(0.5));
    expect(b.z).toBeCloseTo(-a.z, 9);
    expect(b.y).toBeCloseTo(a.y, 9);
  });

  it('follows the valve frame: position, flow direction and radius', () => {
    const frame = valveFrame([1, 2, 3], [1, 0, 0], 0.01, new Matrix4());
    const hingeMiddle = new Vector3(0, 0, 1).applyMatrix4(cuspMatrix(frame, 0, 0, new Matrix4()));
    expect(hingeMiddle.distanceTo(new Vector3(1, 2, 3))).toBeCloseTo(0.01, 9);
    const tip = edgeMiddle(0, 0, frame);
    // Pointing along the flow (+x) from the hinge by the cusp's length in radii.
    expect(tip.x - hingeMiddle.x).toBeCloseTo(0.01 * CUSP_LENGTH, 9);
  });
});

describe('createCuspGeometry', () => {
  it('cut in half for the cut-open close-up: each half on its side of x = 0', () => {
    for (const [part, sign] of [
      ['x-negative', -1],
      ['x-positive', 1],
    ] as const) {
      const pos = createCuspGeometry(6, 2, part).getAttribute('position');
      for (let i = 0; i < pos.count; i++) expect(sign * pos.getX(i)).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it('is a small indexed strip hinged on the wall (radius 1 at y = 0)', () => {
    const g = createCuspGeometry(8, 3);
    const pos = g.getAttribute('position');
    expect(g.getIndex()?.count).toBe(8 * 3 * 6);
    for (let i = 0; i <= 8; i++) {
      expect(pos.getY(i)).toBe(0);
      expect(Math.hypot(pos.getX(i), pos.getZ(i))).toBeCloseTo(1, 6);
    }
  });
});
