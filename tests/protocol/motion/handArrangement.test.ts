import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fingerHeading,
  KNEAD_HAND_GAP_S,
  kneadLevels,
  palmThetaOffset,
  sideOfLane,
  STACK_TURN_DEGREES,
  stackLayer,
  TOP_HAND,
} from '../../../src/protocol/motion/handArrangement';

describe('how the two hands sit', () => {
  it('stacks only while compressing, one hand on the other', () => {
    expect(stackLayer('compress', TOP_HAND)).toBe(1);
    expect(stackLayer('compress', TOP_HAND === 'left' ? 'right' : 'left')).toBe(0);
    for (const activity of ['glide', 'knead', 'lifted'] as const) {
      expect([stackLayer(activity, 'left'), stackLayer(activity, 'right')]).toEqual([0, 0]);
    }
  });

  it('points the fingers up the leg, except round the calf when kneading', () => {
    expect(fingerHeading('glide')).toBe(0);
    expect(fingerHeading('compress')).toBe(0);
    expect(Math.abs(fingerHeading('knead'))).toBe(90);
  });

  it('crosses the stacked hand over the lower one, so both show', () => {
    const turn = fingerHeading('compress', 1) - fingerHeading('compress', 0);
    expect(turn).toBe(STACK_TURN_DEGREES);
    expect(Math.abs(turn)).toBeGreaterThanOrEqual(20);
    expect(Math.abs(turn)).toBeLessThanOrEqual(60);
  });

  it('draws gliding palms where the placement puts them (the flow model reads the same)', () => {
    expect(palmThetaOffset('glide')).toBe(0);
    expect(sideOfLane('left', 'right')).toBe(-sideOfLane('left', 'left'));
  });

  it('keeps both kneading hands on the lane, a hand apart, the lower one by leg', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.8, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: -0.2, max: 1.2, noNaN: true }),
        fc.constantFrom('right' as const, 'left' as const),
        (sFrom, length, u, leg) => {
          const sTo = sFrom + length;
          const s = sFrom + (sTo - sFrom) * u;
          const level = kneadLevels(s, sFrom, sTo, leg);
          const lower = leg === 'right' ? level.left : level.right;
          const upper = leg === 'right' ? level.right : level.left;
          expect(upper - lower).toBeCloseTo(Math.min(KNEAD_HAND_GAP_S, length), 9);
          for (const h of [lower, upper]) {
            expect(h).toBeGreaterThanOrEqual(sFrom - 1e-12);
            expect(h).toBeLessThanOrEqual(sTo + 1e-12);
          }
        },
      ),
    );
  });
});
