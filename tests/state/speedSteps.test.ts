/** Speed notches for the +/− keys. */
import { describe, expect, it } from 'vitest';
import { SPEEDS } from '../../src/state/playbackStore';
import { nearestSpeed, stepSpeed } from '../../src/state/speedSteps';

describe('speed steps', () => {
  it('goes one offered speed faster or slower', () => {
    expect(stepSpeed(1, 1)).toBe(1.5);
    expect(stepSpeed(1, -1)).toBe(0.75);
  });

  it('stays at the slowest and the fastest speed', () => {
    expect(stepSpeed(SPEEDS[0], -1)).toBe(SPEEDS[0]);
    expect(stepSpeed(SPEEDS[SPEEDS.length - 1] ?? 4, 1)).toBe(4);
  });

  it('steps from the nearest offered speed when the current one is not offered', () => {
    expect(nearestSpeed(1.1)).toBe(1);
    expect(nearestSpeed(100)).toBe(4);
    expect(nearestSpeed(-3)).toBe(0.25);
    expect(stepSpeed(1.9, 1)).toBe(3);
  });
});
