import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smoothPoint } from '../../src/camera/smoothPoint';

describe('smoothPoint', () => {
  it('moves part of the way toward the new point, more the longer the wait', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        (short, extra) => {
          const start = { point: { x: 0, y: 0 }, t: 0 };
          const soon = smoothPoint(start, { x: 100, y: 0 }, short).point.x;
          const later = smoothPoint(start, { x: 100, y: 0 }, short + extra).point.x;
          expect(soon).toBeGreaterThan(0);
          expect(soon).toBeLessThanOrEqual(100);
          expect(later).toBeGreaterThanOrEqual(soon);
        },
      ),
    );
  });

  it('starts at the first point and ignores a frame from the past', () => {
    const first = smoothPoint(null, { x: 5, y: 6 }, 100);
    expect(first).toEqual({ point: { x: 5, y: 6 }, t: 100 });
    expect(smoothPoint(first, { x: 500, y: 600 }, 50)).toBe(first);
  });
});
