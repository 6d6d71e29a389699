/** From the timeline's hands to compressions for the flow model. */
import type { PressureLevel } from '../anatomy/names';
import { intensityOf, type Compression } from './compression';

/** The part of a hand sample (from `sample(timeline, t)` or a traced stroke) the veins feel. */
export interface HandContact {
  s: number;
  theta: number;
  pressure: PressureLevel;
  contact: boolean;
  /** Kneading and palm-over-palm strokes pulse: 0 released … 1 fully pressed. Absent for a glide. */
  compression?: number;
  /**
   * Half the palm's width round the leg at the hand (degrees) and the skin's mm per degree
   * there, when the placement knows the leg's girth: the footprint follows the leg.
   */
  palmSpreadDeg?: number;
  skinMmPerDegree?: number;
}

/**
 * Footprint of a palm on the chart. ⚠ approximate: a palm is ~10 cm long and ~8.6 cm wide
 * (ANSUR II hand breadth; `PALM_WIDTH_MM`); the leg's chart runs ~0.95 m from toe tip to groin,
 * so the half-length is ~0.05 in s. Round the leg half the palm's width is 43 mm of the skin
 * at the hand's level: ~60° of a shin 260 mm round, ~27° of a thigh 570 mm round; ~40° of a calf
 * ~38 cm round when the girth is not known (`PALM_SPREAD_DEG`).
 */
export const PALM_RADIUS_S = 0.05;
export const PALM_SPREAD_DEG = 40;
/**
 * Half the palm's width round the leg at a hand (degrees) and the skin's mm per degree under
 * it, from the placement; without them (a traced stroke), the earlier fixed footprint
 * `PALM_SPREAD_DEG` (compression.ts eases it off over its outer half).
 */
export function palmFootprintOf(hand: { palmSpreadDeg?: number; skinMmPerDegree?: number }): {
  spreadDeg: number;
  mmPerDegree?: number;
} {
  const spread = hand.palmSpreadDeg;
  const mm = hand.skinMmPerDegree;
  if (spread !== undefined && spread > 0 && mm !== undefined && mm > 0) {
    return { spreadDeg: Math.min(180, spread), mmPerDegree: mm };
  }
  return { spreadDeg: PALM_SPREAD_DEG };
}

/** One compression per hand in contact; a released pulse (compression 0) presses nothing. */
export function compressionFromHands(hands: Iterable<HandContact>): Compression[] {
  const out: Compression[] = [];
  for (const hand of hands) {
    if (!hand.contact) continue;
    const pulse = hand.compression === undefined ? 1 : Math.min(Math.max(hand.compression, 0), 1);
    if (!(pulse > 0)) continue;
    out.push({
      s: hand.s,
      theta: hand.theta,
      pressure: pulse === 1 ? hand.pressure : pulse * intensityOf(hand.pressure),
      radiusS: PALM_RADIUS_S,
      ...palmFootprintOf(hand),
      by: 'hand',
    });
  }
  return out;
}
