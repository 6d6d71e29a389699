import { describe, expect, it } from 'vitest';
import type { TrackedSample } from '../../src/camera/handTracker';
import { liveHeading } from '../../src/camera/liveHeading';

const at = (t: number, s: number, contact = true): TrackedSample => ({
  t,
  s,
  contact,
  point: { x: 0, y: 0 },
});

describe('liveHeading', () => {
  it('follows the change of s over the last moments on the leg', () => {
    expect(liveHeading([at(0, 0.3), at(100, 0.31), at(200, 0.33)])).toBe('proximal');
    expect(liveHeading([at(0, 0.33), at(100, 0.31), at(200, 0.3)])).toBe('distal');
    expect(liveHeading([at(0, 0.3), at(100, 0.302), at(200, 0.301)])).toBe('still');
  });

  it('only looks at the current contact, and says when the hand is off the leg', () => {
    expect(liveHeading([at(0, 0.8), at(100, 0.3, false), at(200, 0.3), at(300, 0.302)])).toBe(
      'still',
    );
    expect(liveHeading([at(0, 0.3), at(100, 0.4, false)])).toBe('off-leg');
    expect(liveHeading([])).toBe('off-leg');
  });
});
