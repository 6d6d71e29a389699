/** The timeline of the default protocol: clip structure, session lengths, hands over time. */
import {
  KNEAD_GRIP_SPREAD_DEGREES,
  KNEAD_HAND_GAP_S,
} from '../../src/protocol/motion/handArrangement';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handWidthS } from '../../src/anatomy/handSize';
import { LEG_SIDES, type LegSide } from '../../src/anatomy/names';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { glideSpreadAt, glideStartS } from '../../src/protocol/motion/handArrangement';
import { clipAt, phaseAt, sample } from '../../src/protocol/sample';
import {
  buildTimeline,
  type Clip,
  type StrokeClip,
  type Timeline,
  type TimelineOptions,
} from '../../src/protocol/timeline';
import { loadDefaultLeg } from '../support/leg';

/** Property tests are quick alone but share two cores with other work. */
const SLOW_UNDER_LOAD = { timeout: 30_000 };

const EPS = 1e-9;
/** Chart coordinates of the landmarks on the generated leg model that the app ships. */
const { landmarks } = await loadDefaultLeg();
const protocol = defaultProtocol;
const { sessionMinutes, perLegMinutes } = protocol.timing;
const demo = buildTimeline(protocol, { mode: 'demo', landmarks });
const session = (minutes: number, legs: readonly LegSide[] = ['right', 'left']) =>
  buildTimeline(protocol, { mode: 'session', landmarks, sessionMinutes: minutes, legs });

const strokeClips = (tl: Timeline): StrokeClip[] =>
  tl.clips.filter((c): c is StrokeClip => c.kind !== 'return');
const end = (c: Clip) => c.start + c.duration;

const anyMinutes = fc.oneof(
  fc.double(),
  fc.double({ min: 0, max: 60, noNaN: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -1, 1e12, 15, 30),
);
const anyLegs = fc.array(fc.constantFrom(...LEG_SIDES), { maxLength: 3 });
const anyOptions: fc.Arbitrary<TimelineOptions> = fc.oneof(
  fc.constantFrom<LegSide | undefined>('right', 'left', undefined).map((leg) => ({
    mode: 'demo' as const,
    landmarks,
    ...(leg ? { leg } : {}),
  })),
  fc.record({ minutes: anyMinutes, legs: anyLegs }).map(({ minutes, legs }) => ({
    mode: 'session' as const,
    landmarks,
    sessionMinutes: minutes,
    legs,
  })),
);

describe('clips', SLOW_UNDER_LOAD, () => {
  it('follow each other without gaps or overlaps, from 0 to the duration', () => {
    fc.assert(
      fc.property(anyOptions, (options) => {
        const tl = buildTimeline(protocol, options);
        expect(tl.clips[0]?.start).toBe(0);
        // one expectation per timeline (not per clip) keeps thousands of clips quick to check
        const misplaced = tl.clips.filter((clip, i) => {
          const before = tl.clips[i - 1];
          const gap = before ? Math.abs(clip.start - end(before)) : 0;
          return clip.index !== i || !(clip.duration > 0) || gap > EPS;
        });
        expect(misplaced).toEqual([]);
        const last = tl.clips[tl.clips.length - 1];
        expect(last && end(last)).toBe(tl.duration);
      }),
      { numRuns: 300 },
    );
  });

  it('alternate a lifted return and a stroke, ending on a stroke', () => {
    const kinds = demo.clips.map((c) => (c.kind === 'return' ? 'return' : 'stroke'));
    expect(kinds).toEqual(kinds.map((_, i) => (i % 2 === 0 ? 'return' : 'stroke')));
  });

  it('run every stroke from its lower landmark to its higher one', () => {
    for (const clip of strokeClips(session(30))) {
      const stroke = protocol.phases[clip.phaseIndex]?.strokes.find((s) => s.id === clip.strokeId);
      expect(stroke).toBeDefined();
      if (!stroke) continue;
      // Without zones the lane is the protocol's: its landmarks' levels shifted by its offsets.
      const hand = handWidthS(landmarks);
      expect(clip.lane.sFrom).toBeCloseTo(
        landmarks[stroke.from].s + (stroke.fromOffsetHands ?? 0) * hand,
        12,
      );
      expect(clip.lane.sTo).toBeCloseTo(
        landmarks[stroke.to].s + (stroke.toOffsetHands ?? 0) * hand,
        12,
      );
      expect(clip.lane.sTo).toBeGreaterThan(clip.lane.sFrom);
    }
  });
});

describe('the demonstration', () => {
  it('shows each phase by its demo strokes at its stroke tempo, in order', () => {
    const strokes = strokeClips(demo);
    const expected = protocol.phases.flatMap((phase, i) =>
      Array.from({ length: phase.pacing.demoStrokes }, (_, n) => ({
        phaseIndex: i,
        strokeId: phase.strokes[n % phase.strokes.length]?.id,
        duration: phase.pacing.strokeSeconds,
      })),
    );
    expect(
      strokes.map((c) => ({
        phaseIndex: c.phaseIndex,
        strokeId: c.strokeId,
        duration: c.duration,
      })),
    ).toEqual(expected);
  });

  it('lasts a few minutes, on the right leg unless asked otherwise', () => {
    expect(demo.duration).toBeGreaterThan(60);
    expect(demo.duration).toBeLessThan(5 * 60);
    expect(new Set(demo.clips.map((c) => c.leg))).toEqual(new Set(['right']));
    const left = buildTimeline(protocol, { mode: 'demo', landmarks, leg: 'left' });
    expect(new Set(left.clips.map((c) => c.leg))).toEqual(new Set(['left']));
  });
});

describe('a session', SLOW_UNDER_LOAD, () => {
  it("stays within the protocol's session and per-leg minutes, whatever is asked", () => {
    fc.assert(
      fc.property(
        anyMinutes,
        fc.constantFrom<LegSide[]>(['right', 'left'], ['left', 'right'], ['right'], ['left']),
        (minutes, legs) => {
          const tl = session(minutes, legs);
          const total = tl.duration / 60;
          expect(total).toBeGreaterThanOrEqual(sessionMinutes.min - EPS);
          expect(total).toBeLessThanOrEqual(sessionMinutes.max + EPS);
          for (const leg of legs) {
            const perLeg =
              tl.clips.filter((c) => c.leg === leg).reduce((sum, c) => sum + c.duration, 0) / 60;
            expect(perLeg).toBeGreaterThanOrEqual(perLegMinutes.min - EPS);
            expect(perLeg).toBeLessThanOrEqual(perLegMinutes.max + EPS);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lasts as long as asked when that is within the bounds', () => {
    expect(session(20).duration).toBeCloseTo(20 * 60, 6);
    expect(session(30).duration).toBeCloseTo(30 * 60, 6);
    expect(session(60).duration).toBeCloseTo(30 * 60, 6);
    expect(session(1).duration).toBeCloseTo(15 * 60, 6);
    expect(session(NaN).duration).toBeCloseTo(15 * 60, 6);
    expect(session(20, ['left']).duration).toBeCloseTo(15 * 60, 6);
  });

  it('gives each phase its weighted share of each leg, right leg first', () => {
    const tl = session(20);
    const weights = protocol.phases.map((p) => p.pacing.sessionWeight);
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    expect(tl.spans.map((s) => [s.leg, s.phaseIndex])).toEqual(
      ['right', 'left'].flatMap((leg) => protocol.phases.map((_, i) => [leg, i])),
    );
    for (const span of tl.spans) {
      const share = (weights[span.phaseIndex] ?? 0) / totalWeight;
      expect(span.end - span.start).toBeCloseTo(10 * 60 * share, 6);
    }
  });

  it('massages the legs in the order given, and both when none are given', () => {
    expect(session(20, ['left', 'right']).legs).toEqual(['left', 'right']);
    expect(session(20, ['left', 'right']).spans[0]?.leg).toBe('left');
    expect(session(20, []).legs).toEqual(['right', 'left']);
    expect(session(20, ['right', 'right']).legs).toEqual(['right']);
  });

  it('repeats the strokes of a phase to fill its time', () => {
    const calf = strokeClips(session(30)).filter((c) => c.phaseId === 'calf-petrissage');
    expect(calf.length).toBeGreaterThan(2 * 10);
  });
});

describe('sample at the edges of time', () => {
  const first = demo.clips[0];
  const lastClip = demo.clips[demo.clips.length - 1];

  it('at t = 0 the hands settle on the first lane, not yet touching', () => {
    const pose = sample(demo, 0);
    expect(pose.clipIndex).toBe(0);
    expect(pose.phaseId).toBe('warm-up-effleurage');
    expect(pose.left.contact).toBe(false);
    // On the top of the foot, where the first glide's palms start (not on the toe tip).
    const first = demo.clips.find((c): c is StrokeClip => c.kind !== 'return')!;
    expect(first.lane.sFrom).toBe(landmarks.toe_tip.s);
    expect(pose.left.s).toBe(glideStartS(first.lane));
    expect(pose.left.s).toBeGreaterThan(landmarks.toe_tip.s);
  });

  it('at t = duration the hands have finished the last stroke at its top', () => {
    const pose = sample(demo, demo.duration);
    expect(pose.clipIndex).toBe(lastClip?.index);
    expect(pose.left.contact).toBe(true);
    expect(pose.left.progress).toBe(1);
    expect(pose.left.s).toBeCloseTo(landmarks.groin_crease.s, 12);
  });

  it('at an exact clip boundary the later clip plays', () => {
    for (const clip of demo.clips.slice(1)) {
      expect(clipAt(demo, clip.start).index).toBe(clip.index);
      const pose = sample(demo, clip.start);
      expect(pose.clipIndex).toBe(clip.index);
      expect(pose.left.contact).toBe(clip.kind !== 'return');
    }
  });

  it('negative, NaN and too large times clamp', () => {
    expect(sample(demo, -5)).toEqual(sample(demo, 0));
    expect(sample(demo, -Infinity)).toEqual(sample(demo, 0));
    expect(sample(demo, NaN)).toEqual(sample(demo, 0));
    expect(sample(demo, demo.duration + 100)).toEqual(sample(demo, demo.duration));
    expect(sample(demo, Infinity)).toEqual(sample(demo, demo.duration));
    expect(sample(demo, NaN).t).toBe(0);
    expect(first?.start).toBe(0);
  });
});

describe('phases for the scrubber', SLOW_UNDER_LOAD, () => {
  it('spans cover the whole timeline in order, one per phase in the demo', () => {
    const spans = demo.spans;
    expect(spans.map((s) => s.phaseId)).toEqual(protocol.phases.map((p) => p.id));
    expect(spans[0]?.start).toBe(0);
    expect(spans[spans.length - 1]?.end).toBe(demo.duration);
    spans.slice(1).forEach((span, i) => expect(span.start).toBe(spans[i]?.end));
  });

  it('phaseAt agrees with the sampled pose, and takes the later phase at a boundary', () => {
    for (const span of demo.spans) {
      expect(phaseAt(demo, span.start)).toEqual(span);
      expect(sample(demo, span.start).phaseId).toBe(span.phaseId);
    }
    expect(phaseAt(demo, demo.duration).phaseId).toBe('closing-effleurage');
    expect(phaseAt(demo, -1).phaseId).toBe('warm-up-effleurage');
    fc.assert(
      fc.property(fc.double({ min: 0, max: demo.duration, noNaN: true }), (t) => {
        const span = phaseAt(demo, t);
        expect(t).toBeGreaterThanOrEqual(span.start);
        expect(span.phaseIndex).toBe(sample(demo, t).phaseIndex);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hands over time', SLOW_UNDER_LOAD, () => {
  const twentyMinutes = session(20);
  const timelines = [demo, session(15), session(30, ['left'])];

  it('in contact, every stroke moves both hands toward the heart', () => {
    for (const tl of timelines) {
      for (const clip of strokeClips(tl)) {
        const steps = 40;
        let previous = sample(tl, clip.start);
        const startS = previous.left.s;
        for (let i = 1; i <= steps; i++) {
          // stay inside this clip: the exact end belongs to the next clip
          const t = i === steps ? end(clip) - 1e-9 : clip.start + (clip.duration * i) / steps;
          const pose = sample(tl, t);
          expect(pose.left.contact && pose.right.contact).toBe(true);
          expect(pose.left.s).toBeGreaterThanOrEqual(previous.left.s);
          expect(pose.right.s).toBeGreaterThanOrEqual(previous.right.s);
          previous = pose;
        }
        expect(previous.left.s).toBeGreaterThan(startS);
      }
    }
  });

  it('for any two moments in one stroke, the later one is no lower on the leg', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...strokeClips(twentyMinutes)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (clip, a, b) => {
          const tl = twentyMinutes;
          const [u1, u2] = a <= b ? [a, b] : [b, a];
          const p1 = sample(tl, clip.start + u1 * clip.duration * (1 - 1e-9));
          const p2 = sample(tl, clip.start + u2 * clip.duration * (1 - 1e-9));
          expect(p2.left.s).toBeGreaterThanOrEqual(p1.left.s);
          expect(p2.left.progress).toBeGreaterThanOrEqual(p1.left.progress);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('are lifted exactly during returns, and values stay in range', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: demo.duration + 10, noNaN: true }), (t) => {
        const pose = sample(demo, t);
        const clip = clipAt(demo, t);
        for (const hand of [pose.left, pose.right]) {
          expect(hand.contact).toBe(clip.kind !== 'return');
          if (!hand.contact) expect(hand.compression).toBe(0);
          expect(hand.compression).toBeGreaterThanOrEqual(0);
          expect(hand.compression).toBeLessThanOrEqual(1);
          expect(hand.progress).toBeGreaterThanOrEqual(0);
          expect(hand.progress).toBeLessThanOrEqual(1);
          expect(hand.theta).toBeGreaterThan(-180);
          expect(hand.theta).toBeLessThanOrEqual(180);
          expect(hand.s).toBeGreaterThanOrEqual(0);
          expect(hand.s).toBeLessThanOrEqual(1);
          expect(hand.pressure).toBe(protocol.phases[pose.phaseIndex]?.pressure);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never jump: across every clip boundary the hands are where they were', () => {
    for (const clip of demo.clips.slice(1)) {
      const before = sample(demo, clip.start - 1e-7);
      const after = sample(demo, clip.start);
      for (const side of ['left', 'right'] as const) {
        expect(after[side].s).toBeCloseTo(before[side].s, 4);
        expect(Math.abs(((after[side].theta - before[side].theta + 540) % 360) - 180)).toBeLessThan(
          0.01,
        );
      }
    }
  });

  it('are a pure function of the timeline and the time', () => {
    fc.assert(
      fc.property(anyOptions, fc.double({ noNaN: false }), (options, t) => {
        const a = buildTimeline(protocol, options);
        const b = buildTimeline(protocol, options);
        expect(b).toEqual(a);
        expect(sample(b, t)).toEqual(sample(a, t));
      }),
      { numRuns: 100 },
    );
  });
});

describe('hand placement by stroke kind', () => {
  const midOf = (kind: StrokeClip['kind'], tl: Timeline = demo) => {
    const clip = strokeClips(tl).find((c) => c.kind === kind);
    if (!clip) throw new Error(`no ${kind} clip`);
    return { clip, at: (u: number) => sample(tl, clip.start + u * clip.duration) };
  };

  it('glide: palms side by side, the glide spread either side of the lane, level with each other', () => {
    const { clip, at } = midOf('glide');
    const pose = at(0.4);
    expect(pose.left.s).toBe(pose.right.s);
    expect(pose.left.theta).toBeCloseTo(
      clip.lane.theta - glideSpreadAt(clip.lane, pose.left.s, -1),
      9,
    );
    expect(pose.right.theta).toBeCloseTo(
      clip.lane.theta + glideSpreadAt(clip.lane, pose.left.s, 1),
      9,
    );
    expect([pose.left.compression, pose.right.compression]).toEqual([1, 1]);
  });

  it('glide on the left leg mirrors the hands', () => {
    const left = buildTimeline(protocol, { mode: 'demo', landmarks, leg: 'left' });
    const { clip, at } = midOf('glide', left);
    const pose = at(0.4);
    expect(pose.left.theta).toBeCloseTo(
      clip.lane.theta + glideSpreadAt(clip.lane, pose.left.s, 1),
      9,
    );
  });

  it('knead: one hand above the other on the lane, either side of it, squeezing in turn', () => {
    const { clip, at } = midOf('knead');
    let sawLeftSqueeze = false;
    let sawRightSqueeze = false;
    for (let i = 0; i < 100; i++) {
      const pose = at(i / 100);
      expect(pose.left.compression + pose.right.compression).toBeCloseTo(1, 9);
      // The right leg: the left hand is the lower one, a hand's width below the right.
      expect(pose.right.s - pose.left.s).toBeCloseTo(KNEAD_HAND_GAP_S, 9);
      for (const hand of [pose.left, pose.right]) {
        expect(hand.s).toBeGreaterThanOrEqual(clip.lane.sFrom - 1e-12);
        expect(hand.s).toBeLessThanOrEqual(clip.lane.sTo + 1e-12);
      }
      const leftOffset = ((pose.left.theta - clip.lane.theta + 540) % 360) - 180;
      const rightOffset = ((pose.right.theta - clip.lane.theta + 540) % 360) - 180;
      expect(leftOffset).toBeCloseTo(-KNEAD_GRIP_SPREAD_DEGREES, 9);
      expect(rightOffset).toBeCloseTo(KNEAD_GRIP_SPREAD_DEGREES, 9);
      if (pose.left.compression > 0.95) sawLeftSqueeze = true;
      if (pose.right.compression > 0.95) sawRightSqueeze = true;
    }
    expect(sawLeftSqueeze && sawRightSqueeze).toBe(true);
    expect(clip.cycles).toBeGreaterThan(1);
  });

  it('compress: palm over palm on the lane, pressing in pulses', () => {
    const { clip, at } = midOf('compress');
    const compressions = Array.from({ length: 101 }, (_, i) => at(i / 101).left.compression);
    for (let i = 0; i < 101; i++) {
      const pose = at(i / 101);
      expect(pose.left).toEqual(pose.right);
      expect(pose.left.theta).toBe(clip.lane.theta);
    }
    expect(Math.max(...compressions)).toBeGreaterThan(0.95);
    expect(Math.min(...compressions)).toBeLessThan(0.05);
    expect(clip.cycles).toBeGreaterThan(1);
  });
});
