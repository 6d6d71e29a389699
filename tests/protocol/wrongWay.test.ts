/** The "wrong way" demonstration: the lesson's strokes run away from the heart, nothing else changed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glideStartS } from '../../src/protocol/motion/handArrangement';
import { handThetaAt } from '../../src/protocol/motion/handPlacement';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { clipAt, sample } from '../../src/protocol/sample';
import { buildTimeline, type StrokeClip, type Timeline } from '../../src/protocol/timeline';
import { reverseAlongLane, wrongWayHand, wrongWayPose } from '../../src/protocol/wrongWay';
import { loadDefaultLeg } from '../support/leg';

const SLOW_UNDER_LOAD = { timeout: 30_000 };
const EPS = 1e-9;
const { landmarks } = await loadDefaultLeg();
const demo = buildTimeline(defaultProtocol, { mode: 'demo', landmarks });
const session = buildTimeline(defaultProtocol, {
  mode: 'session',
  landmarks,
  sessionMinutes: 15,
  legs: ['right', 'left'],
});
const strokes = (tl: Timeline) => tl.clips.filter((c): c is StrokeClip => c.kind !== 'return');
const anyTime = (tl: Timeline) => fc.double({ min: 0, max: tl.duration, noNaN: true });

describe('reverseAlongLane', () => {
  const lane = { sFrom: 0.2, sTo: 0.9, theta: 90, aspect: 'medial' as const };

  it('swaps the ends of the lane and keeps the middle', () => {
    expect(reverseAlongLane(0.2, lane)).toBeCloseTo(0.9, 12);
    expect(reverseAlongLane(0.9, lane)).toBeCloseTo(0.2, 12);
    expect(reverseAlongLane(0.55, lane)).toBeCloseTo(0.55, 12);
  });

  it('is its own inverse', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (s) => {
        expect(reverseAlongLane(reverseAlongLane(s, lane), lane)).toBeCloseTo(s, 12);
      }),
    );
  });
});

describe('wrongWayHand', () => {
  it('moves only s (and a gliding hand round the lane as its level asks): pressure, contact, squeeze, progress and stroke stay', () => {
    for (const clip of strokes(demo)) {
      const hand = sample(demo, clip.start + clip.duration * 0.3).right;
      const wrong = wrongWayHand(hand, clip.lane);
      expect({ ...wrong, s: hand.s, theta: hand.theta }).toEqual(hand);
      expect(wrong.s).toBeCloseTo(clip.lane.sFrom + clip.lane.sTo - hand.s, 12);
      const theta = handThetaAt(clip.kind, clip.lane, clip.leg, 'right', wrong.s);
      if (clip.kind === 'glide') expect(wrong.theta).toBeCloseTo(theta, 9);
      else expect(wrong.theta).toBe(hand.theta);
    }
  });
});

describe('wrongWayPose', () => {
  it('on a stroke, each hand sits where the lane reflects it: s + s′ = sFrom + sTo', () => {
    fc.assert(
      fc.property(anyTime(demo), (t) => {
        const clip = clipAt(demo, t);
        if (clip.kind === 'return') return;
        const forward = sample(demo, t);
        const wrong = wrongWayPose(demo, t);
        for (const side of ['left', 'right'] as const) {
          expect(wrong[side].s + forward[side].s).toBeCloseTo(clip.lane.sFrom + clip.lane.sTo, 9);
          // Where the forward stroke places this hand at the reflected level.
          expect(wrong[side].theta).toBeCloseTo(
            clip.kind === 'glide'
              ? handThetaAt(clip.kind, clip.lane, clip.leg, side, wrong[side].s)
              : forward[side].theta,
            9,
          );
          expect(wrong[side].compression).toBe(forward[side].compression);
          expect(wrong[side].contact).toBe(true);
        }
      }),
    );
  });

  it('every stroke starts at the top of its lane and ends at the bottom', () => {
    for (const clip of strokes(demo)) {
      // Kneading hands work one above the other: the upper hand starts at the top of the lane
      // and the lower one ends at its bottom.
      const start = wrongWayPose(demo, clip.start + EPS);
      const end = wrongWayPose(demo, clip.start + clip.duration - EPS);
      // Gliding palms start on the top of the foot, not the toe tip (handArrangement.ts): run
      // backwards, a stroke from the toe tip starts that much below its top.
      const first = clip.kind === 'glide' ? glideStartS(clip.lane) : clip.lane.sFrom;
      expect(Math.max(start.left.s, start.right.s)).toBeCloseTo(
        reverseAlongLane(first, clip.lane),
        6,
      );
      expect(Math.min(end.left.s, end.right.s)).toBeCloseTo(clip.lane.sFrom, 6);
    }
  });

  it('the hands never move toward the heart while on the skin', SLOW_UNDER_LOAD, () => {
    for (const clip of strokes(demo)) {
      let previous = Infinity;
      for (let k = 0; k <= 200; k++) {
        const s = wrongWayPose(demo, clip.start + (clip.duration * k) / 200).right.s;
        expect(s).toBeLessThanOrEqual(previous + EPS);
        previous = s;
      }
    }
  });

  it('lifted returns join the reversed strokes without a jump', SLOW_UNDER_LOAD, () => {
    for (const tl of [demo, session]) {
      for (const clip of tl.clips) {
        if (clip.kind !== 'return' || clip.index === 0) continue;
        for (const side of ['left', 'right'] as const) {
          const before = wrongWayPose(tl, clip.start - 1e-6)[side].s;
          const start = wrongWayPose(tl, clip.start)[side].s;
          const end = wrongWayPose(tl, clip.start + clip.duration - 1e-6)[side].s;
          const after = wrongWayPose(tl, clip.start + clip.duration)[side].s;
          if (tl.clips[clip.index - 1]?.leg === clip.leg) expect(start).toBeCloseTo(before, 4);
          expect(end).toBeCloseTo(after, 4);
        }
      }
    }
  });

  it('keeps the lesson’s clip, phase, leg and lifting', () => {
    fc.assert(
      fc.property(anyTime(session), (t) => {
        const forward = sample(session, t);
        const wrong = wrongWayPose(session, t);
        expect(wrong.clipIndex).toBe(forward.clipIndex);
        expect(wrong.phaseId).toBe(forward.phaseId);
        expect(wrong.leg).toBe(forward.leg);
        expect(wrong.left.contact).toBe(forward.left.contact);
        expect(wrong.right.strokeId).toBe(forward.right.strokeId);
      }),
    );
  });
});
