/** The covered trail of a lane grows from the bottom, or from the top when run the wrong way. */
import { describe, expect, it } from 'vitest';
import { trailRange } from '../../../src/scene/flow/wrongWayLanes';

describe('trailRange', () => {
  it('a proximal pass covers the lane from its start (the bottom)', () => {
    expect(trailRange(0, false, 10, 6)).toEqual({ start: 0, count: 0 });
    expect(trailRange(0.3, false, 10, 6)).toEqual({ start: 0, count: 3 * 36 });
    expect(trailRange(1, false, 10, 6)).toEqual({ start: 0, count: 360 });
  });

  it('a wrong-way pass covers it from the top, ending at the same whole', () => {
    expect(trailRange(0.3, true, 10, 6)).toEqual({ start: 7 * 36, count: 3 * 36 });
    expect(trailRange(1, true, 10, 6)).toEqual({ start: 0, count: 360 });
    expect(trailRange(0, true, 10, 6)).toEqual({ start: 360, count: 0 });
  });

  it('clamps progress outside 0 … 1', () => {
    expect(trailRange(1.5, true, 10, 6)).toEqual(trailRange(1, true, 10, 6));
    expect(trailRange(-1, false, 10, 6)).toEqual(trailRange(0, false, 10, 6));
  });
});
