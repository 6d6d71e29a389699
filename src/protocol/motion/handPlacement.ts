/**
 * Where each hand is during a pass along a lane, by stroke kind, at fraction `u` of the pass's
 * time. Every kind advances in k eased steps (k = 1 for a smooth glide): never backward, and
 * resting between steps, which reads as the rhythm of kneading and pressing.
 */
import type { LegSide } from '../../anatomy/names';
import type { StrokeKind } from '../schema';
import { wrapDegrees } from '../../anatomy/chartAngle';
import { degreesForSkin } from '../../anatomy/girthProfile';
import { PALM_WIDTH_MM } from '../../anatomy/handSize';
import {
  glideSpreadAt,
  glideStartS,
  KNEAD_GRIP_SPREAD_DEGREES,
  kneadLevels,
} from './handArrangement';
import { laneThetaAt } from './lanes';
import type { HandSide, Lane } from './types';

export interface HandPlacement {
  s: number;
  theta: number;
  compression: number;
  /**
   * When the lane knows the leg's girth: half the palm's width round the leg here, degrees,
   * and the skin's mm per degree under it (what the flow model presses, handContact.ts).
   */
  palmSpreadDeg?: number;
  skinMmPerDegree?: number;
}

export interface PassPlacement {
  progress: number;
  left: HandPlacement;
  right: HandPlacement;
}

/** Cubic ease-in-out on [0, 1]; written so that rounding can never make it step backward. */
function easeInOut(f: number): number {
  if (f <= 0.5) return 4 * f * f * f;
  const rest = 1 - f; // exact for f in [0.5, 1]
  return 1 - 4 * rest * rest * rest;
}

/** Progress along the lane in k eased steps; 0 at u = 0, 1 at u = 1, never decreasing. */
export function steppedProgress(u: number, k: number): number {
  const x = Math.min(1, Math.max(0, u)) * k;
  const step = Math.floor(x);
  return (step + easeInOut(x - step)) / k;
}

/**
 * Which way the left hand sits from the lane, in θ: on the right leg the left hand takes the
 * lower-θ side, on the left leg the mirror.
 */
function leftHandSign(leg: LegSide): 1 | -1 {
  return leg === 'right' ? -1 : 1;
}

function sideSign(hand: HandSide, leg: LegSide): 1 | -1 {
  return hand === 'left' ? leftHandSign(leg) : leftHandSign(leg) === 1 ? -1 : 1;
}

/**
 * Half the palm's width round the leg at (s, θ) in degrees, and the skin's mm per degree there,
 * when the lane knows the leg's girth (half a palm of skin to either side of the centre).
 */
export function palmRoundAt(
  lane: Lane,
  s: number,
  theta: number,
): { palmSpreadDeg?: number; skinMmPerDegree?: number } {
  const girth = lane.limb?.girth;
  if (!girth) return {};
  const half = PALM_WIDTH_MM / 2;
  const palmSpreadDeg =
    (degreesForSkin(girth, s, theta, 1, half) + degreesForSkin(girth, s, theta, -1, half)) / 2;
  return { palmSpreadDeg, skinMmPerDegree: half / palmSpreadDeg };
}

function hand(lane: Lane, s: number, offset: number, compression: number): HandPlacement {
  // The lane's θ at this level: a closing stroke bends toward the groin at its end.
  const theta = wrapDegrees(laneThetaAt(lane, s) + offset);
  return { s, theta, compression, ...palmRoundAt(lane, s, theta) };
}

/**
 * Where round the leg (θ, degrees) the hand `side` is when it is at level `s` of a pass of this
 * kind along `lane`: what `placeHands` places, asked by level (the contact solver's stations).
 */
export function handThetaAt(
  kind: StrokeKind,
  lane: Lane,
  leg: LegSide,
  side: HandSide,
  s: number,
): number {
  const sign = sideSign(side, leg);
  const spread =
    kind === 'glide'
      ? glideSpreadAt(lane, s, sign)
      : kind === 'knead'
        ? KNEAD_GRIP_SPREAD_DEGREES
        : 0;
  return wrapDegrees(laneThetaAt(lane, s) + sign * spread);
}

const glideOffset = (lane: Lane, s: number, sign: 1 | -1) => sign * glideSpreadAt(lane, s, sign);

export function placeHands(
  kind: StrokeKind,
  lane: Lane,
  leg: LegSide,
  u: number,
  cycles: number,
): PassPlacement {
  const k = kind === 'glide' ? 1 : Math.max(1, cycles);
  const progress = steppedProgress(u, k);
  const sFrom = kind === 'glide' ? glideStartS(lane) : lane.sFrom;
  const s = sFrom + (lane.sTo - sFrom) * progress;
  const wave = Math.cos(2 * Math.PI * k * u);
  switch (kind) {
    case 'glide':
      return {
        progress,
        left: hand(lane, s, glideOffset(lane, s, sideSign('left', leg)), 1),
        right: hand(lane, s, glideOffset(lane, s, sideSign('right', leg)), 1),
      };
    case 'knead': {
      // One hand squeezes while the other releases, both grasping across the muscle, one
      // above the other (handArrangement.ts).
      const squeeze = { left: (1 - wave) / 2, right: (1 + wave) / 2 };
      const level = kneadLevels(s, lane.sFrom, lane.sTo, leg);
      const grip = (side: HandSide) => sideSign(side, leg) * KNEAD_GRIP_SPREAD_DEGREES;
      return {
        progress,
        left: hand(lane, level.left, grip('left'), squeeze.left),
        right: hand(lane, level.right, grip('right'), squeeze.right),
      };
    }
    case 'compress': {
      // Palm over palm: both hands at one place on the chart, pressing while the progress
      // rests; the scene stacks the top hand on the back of the lower one (handArrangement.ts).
      const pulse = (1 + wave) / 2;
      return { progress, left: hand(lane, s, 0, pulse), right: hand(lane, s, 0, pulse) };
    }
  }
}
