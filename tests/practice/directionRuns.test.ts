import { describe, expect, it } from 'vitest';
import { circularMeanDegrees, thetaDistance, wrapDegrees } from '../../src/anatomy/chartAngle';
import { directionRuns } from '../../src/practice/directionRuns';
import { splitIntoPieces } from '../../src/practice/tracePieces';

const whole = (s: number[]) => ({ fromIndex: 0, toIndex: s.length - 1 });
const headings = (s: number[], tolerance = 0.01) =>
  directionRuns(s, whole(s), tolerance).map((r) => [r.heading, r.sFrom, r.sTo]);

describe('movement along the leg without the jitter', () => {
  it('keeps a stroke that wobbles back less than the tolerance in one piece', () => {
    const s = [0.2, 0.25, 0.245, 0.3, 0.292, 0.35];
    expect(headings(s)).toEqual([['proximal', 0.2, 0.35]]);
  });

  it('splits where the hand goes back down by the tolerance or more', () => {
    const s = [0.2, 0.3, 0.4, 0.35, 0.3, 0.45];
    expect(headings(s)).toEqual([
      ['proximal', 0.2, 0.4],
      ['distal', 0.4, 0.3],
      ['proximal', 0.3, 0.45],
    ]);
  });

  it('leaves out a small wobble before the stroke sets off and after it stops', () => {
    const s = [0.3, 0.305, 0.298, 0.35, 0.4, 0.395];
    expect(headings(s)).toEqual([['proximal', 0.298, 0.4]]);
  });

  it('finds no movement in a hand that only trembles in place', () => {
    expect(headings([0.3, 0.304, 0.299, 0.303, 0.3])).toEqual([]);
    expect(headings([0.3])).toEqual([]);
  });

  it('uses the tolerance it is given: kneading circles stay one upward run', () => {
    const circles = [0.3, 0.33, 0.31, 0.35, 0.33, 0.37, 0.35, 0.39];
    expect(headings(circles, 0.01)).toHaveLength(7);
    expect(headings(circles, 0.04)).toEqual([['proximal', 0.3, 0.39]]);
  });
});

describe('pieces of a trace', () => {
  it('splits at pauses much longer than the sampling interval', () => {
    const t = [0, 16, 33, 50, 400, 416, 433, 1000, 1016];
    expect(splitIntoPieces(t)).toEqual([
      { fromIndex: 0, toIndex: 3 },
      { fromIndex: 4, toIndex: 6 },
      { fromIndex: 7, toIndex: 8 },
    ]);
  });

  it('keeps a slowly sampled hand-written trace in one piece', () => {
    expect(splitIntoPieces([0, 250, 500, 750, 1000])).toEqual([{ fromIndex: 0, toIndex: 4 }]);
  });
});

describe('angles around the leg', () => {
  it('wraps at the back of the leg', () => {
    expect(wrapDegrees(190)).toBe(-170);
    expect(wrapDegrees(-180)).toBe(180);
    expect(thetaDistance(179, -179)).toBeCloseTo(2);
  });

  it('averages two points either side of the back to the back, not the front', () => {
    expect(Math.abs(circularMeanDegrees([179, -179]) ?? 0)).toBeCloseTo(180);
    expect(circularMeanDegrees([90, -90])).toBeNull();
  });
});
