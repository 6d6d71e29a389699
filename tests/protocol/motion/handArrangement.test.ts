import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../../src/anatomy/chart';
import { girthProfileOf } from '../../../src/anatomy/girthProfile';
import { PALM_WIDTH_MM } from '../../../src/anatomy/handSize';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { laneOf, laneThetaAt } from '../../../src/protocol/motion/lanes';
import { loadDefaultLeg } from '../../support/leg';
import {
  fingerHeading,
  GLIDE_CENTRES_APART_MM,
  glideSpreadAt,
  glideStartS,
  KNEAD_HAND_GAP_S,
  kneadLevels,
  palmThetaOffset,
  sideBySideSpread,
  sideOfLane,
  STACK_TURN_DEGREES,
  stackLayer,
  TOE_CLEARANCE_HANDS,
  topHand,
} from '../../../src/protocol/motion/handArrangement';
import { handThetaAt, placeHands } from '../../../src/protocol/motion/handPlacement';
import { GLIDE_SPREAD_DEGREES } from '../../../src/protocol/motion/pacing';
import type { Lane } from '../../../src/protocol/motion/types';

describe('how the two hands sit', () => {
  it('stacks only while compressing, one hand on the other, mirrored from leg to leg', () => {
    for (const leg of ['right', 'left'] as const) {
      const top = topHand(leg);
      expect(stackLayer('compress', top, leg)).toBe(1);
      expect(stackLayer('compress', top === 'left' ? 'right' : 'left', leg)).toBe(0);
      for (const activity of ['glide', 'knead', 'lifted'] as const) {
        expect([stackLayer(activity, 'left', leg), stackLayer(activity, 'right', leg)]).toEqual([
          0, 0,
        ]);
      }
    }
    expect(topHand('left')).not.toBe(topHand('right'));
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

describe('gliding hands round the foot and ankle', () => {
  const limb = { malleoliS: 0.21, shankS: 0.37, toeS: 0, handS: 0.08 };
  const lane = (over: Partial<Lane> = {}): Lane => ({
    sFrom: 0,
    sTo: 0.6,
    theta: 0,
    aspect: 'anterior',
    limb,
    ...over,
  });

  it('wrap the ankle from either side, and are side by side from a quarter of the shank up', () => {
    expect(glideSpreadAt(lane(), limb.malleoliS, 1)).toBeGreaterThanOrEqual(60);
    expect(glideSpreadAt(lane(), 0.1, 1)).toBeGreaterThanOrEqual(70); // the foot
    expect(glideSpreadAt(lane(), limb.malleoliS + 0.25 * limb.shankS, 1)).toBe(
      GLIDE_SPREAD_DEGREES,
    );
    expect(glideSpreadAt(lane(), 0.9, 1)).toBe(GLIDE_SPREAD_DEGREES);
    expect(glideSpreadAt(lane({ limb: undefined }), 0.1, 1)).toBe(GLIDE_SPREAD_DEGREES);
  });

  it('close in smoothly as the leg fills out: never wider higher up, never below the thigh spread', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.01, noNaN: true }),
        (s, ds) => {
          const here = glideSpreadAt(lane(), s, 1);
          const above = glideSpreadAt(lane(), s + ds, 1);
          expect(above).toBeLessThanOrEqual(here + 1e-9);
          expect(here - above).toBeLessThanOrEqual(25 * (ds / 0.01) + 1e-9); // no jump
          expect(here).toBeGreaterThanOrEqual(GLIDE_SPREAD_DEGREES);
        },
      ),
    );
  });

  it('start the palms on the top of the foot, not on the toe tip', () => {
    expect(glideStartS(lane())).toBeCloseTo(TOE_CLEARANCE_HANDS * limb.handS, 12);
    expect(glideStartS(lane({ sFrom: 0.3 }))).toBe(0.3);
    expect(glideStartS(lane({ limb: undefined }))).toBe(0);
  });

  it('place both hands, and the flow model, where the spread says, on either leg', () => {
    for (const leg of ['right', 'left'] as const) {
      for (const u of [0, 0.1, 0.3, 0.7, 1]) {
        const placed = placeHands('glide', lane(), leg, u, 1);
        const spread = (side: 'left' | 'right') =>
          sideOfLane(side, leg) *
          glideSpreadAt(lane(), placed.left.s, sideOfLane(side, leg) as 1 | -1);
        expect(placed.left.s).toBe(placed.right.s);
        expect(placed.left.theta).toBeCloseTo(spread('left'), 9);
        expect(placed.right.theta).toBeCloseTo(spread('right'), 9);
        expect(handThetaAt('glide', lane(), leg, 'left', placed.left.s)).toBeCloseTo(
          placed.left.theta,
          9,
        );
      }
    }
  });
});

describe('gliding palms side by side on the default model', () => {
  let chart: LegChart;
  let lanes: Lane[];
  beforeAll(async () => {
    chart = LegChart.fromModel(await loadDefaultLeg());
    const girth = girthProfileOf(chart);
    const landmarks = chart.landmarkCoords();
    lanes = defaultProtocol.phases
      .flatMap((phase) => phase.strokes)
      .filter((stroke) => stroke.kind === 'glide')
      .map((stroke) => laneOf(stroke, landmarks, girth));
  });

  /** Skin round the leg at level s between θ a and b (going from a toward b, the short way). */
  function skinBetween(s: number, a: number, b: number): number {
    const steps = 60;
    const span = ((((b - a) % 360) + 540) % 360) - 180;
    let total = 0;
    let previous = chart.surfaceAt(s, a).position.slice();
    for (let k = 1; k <= steps; k++) {
      const next = chart.surfaceAt(s, a + (span * k) / steps).position.slice();
      total += Math.hypot(
        next[0]! - previous[0]!,
        next[1]! - previous[1]!,
        next[2]! - previous[2]!,
      );
      previous = next;
    }
    return total;
  }

  it('never puts the palms’ centres closer than a palm’s width round the skin', () => {
    expect(lanes.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('right' as const, 'left' as const),
        (pick, u, leg) => {
          const lane = lanes[pick % lanes.length]!;
          const placed = placeHands('glide', lane, leg, u, 1);
          const apart = skinBetween(placed.left.s, placed.left.theta, placed.right.theta);
          expect(apart * 1000).toBeGreaterThanOrEqual(PALM_WIDTH_MM);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps them close above the ankle: each centre half a palm and a millimetre from the lane', () => {
    for (const lane of lanes) {
      const limb = lane.limb!;
      const from = Math.max(lane.sFrom, limb.malleoliS + 0.3 * limb.shankS);
      for (let s = from; s <= lane.sTo; s += 0.02) {
        for (const direction of [1, -1] as const) {
          const spread = glideSpreadAt(lane, s, direction);
          expect(spread).toBeLessThan(90);
          const sideBySide = sideBySideSpread(limb.girth!, s, laneThetaAt(lane, s), direction);
          expect(sideBySide).toBeCloseTo(spread, 9);
          // Half the centres' distance of skin, as measured on the skin.
          const skin = skinBetween(
            s,
            laneThetaAt(lane, s),
            laneThetaAt(lane, s) + direction * spread,
          );
          expect(skin * 1000).toBeCloseTo(GLIDE_CENTRES_APART_MM / 2, -0.5);
        }
      }
    }
  });
});
