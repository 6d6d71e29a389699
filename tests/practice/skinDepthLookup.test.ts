import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thetaDelta } from '../../src/anatomy/chartAngle';
import { skinDepthLookup } from '../../src/practice/skinDepthLookup';

const S_PER_DEGREE = 0.33 / 360 / 0.95;

describe('tissue depth at a chart point', () => {
  it('is the depth of the nearest skin vertex, across the back of the leg too', () => {
    const skin = { s: [0.4, 0.4, 0.4], theta: [0, 90, 179], depthMm: [4, 20, 30] };
    const depthAt = skinDepthLookup(skin);
    expect(depthAt(0.41, 5)).toBe(4);
    expect(depthAt(0.39, 80)).toBe(20);
    expect(depthAt(0.4, -178)).toBe(30);
  });

  it('finds the same vertex as a search through every vertex', () => {
    const vertex = fc.record({
      s: fc.double({ min: 0, max: 1, noNaN: true }),
      theta: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(vertex, { minLength: 1, maxLength: 200 }), vertex, (vertices, q) => {
        const skin = {
          s: vertices.map((v) => v.s),
          theta: vertices.map((v) => v.theta),
          depthMm: vertices.map((_, i) => i),
        };
        const distance = (v: { s: number; theta: number }) =>
          Math.hypot(v.s - q.s, thetaDelta(q.theta, v.theta) * S_PER_DEGREE);
        const nearest = Math.min(...vertices.map(distance));
        const found = vertices[skinDepthLookup(skin)(q.s, q.theta)];
        expect(found && distance(found)).toBeCloseTo(nearest, 12);
      }),
    );
  });

  it('has no depth to give on a skin without vertices', () => {
    expect(skinDepthLookup({ s: [], theta: [], depthMm: [] })(0.5, 0)).toBeNaN();
  });
});
