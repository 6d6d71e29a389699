/** Dots in the close-up of one valve: through it while it passes flow, never back. */
import { describe, expect, it } from 'vitest';
import { advectCloseUp } from '../../../src/scene/flow/closeUpDots';

const H = 3;
const run = (ys: number[], below: number, above: number, passing: boolean, seconds = 0.1) => {
  const a = Float32Array.from(ys);
  advectCloseUp(a, H, { below, above, passing }, seconds);
  return [...a];
};

describe('advectCloseUp', () => {
  it('moves dots below and above the valve at their own cells’ speeds', () => {
    const [below, above] = run([-2, 1], 1, 4, true, 0.25);
    expect(below).toBeCloseTo(-1.75, 6);
    expect(above).toBeCloseTo(2, 6);
  });

  it('an open valve lets a dot through', () => {
    expect(run([-0.05], 2, 2, true)[0]).toBeGreaterThan(0);
  });

  it('a shut valve holds dots just below it', () => {
    const [near, far] = run([-0.05, -0.5], 10, 0, false, 1);
    expect(near).toBeCloseTo(-0.05, 6);
    expect(far).toBeLessThan(0);
    expect(far).toBeGreaterThan(-0.2);
  });

  it('no dot goes back down through the valve', () => {
    expect(run([0.4], 0, -10, true)[0]).toBe(0);
  });

  it('out at the top, back in at the bottom; pushed out at the bottom, waits at the edge', () => {
    expect(run([2.95], 0, 1, true)[0]).toBeCloseTo(-2.95, 5);
    expect(run([-2.95], -1, 0, false)[0]).toBe(-H);
  });

  it('does nothing without time', () => {
    expect(run([-1, 1], 5, 5, true, 0)).toEqual([-1, 1]);
  });
});
