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
}

/**
 * Footprint of a palm on the chart. ⚠ approximate: a palm is ~10 cm long and ~8.5 cm wide
 * (ANSUR II hand breadth); the leg's chart runs ~0.95 m from toe tip to groin, so the half-length
 * is ~0.05 in s; half the palm's width spans ~40° of a calf ~38 cm round.
 */
export const PALM_RADIUS_S = 0.05;
export const PALM_SPREAD_DEG = 40;

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
      spreadDeg: PALM_SPREAD_DEG,
      by: 'hand',
    });
  }
  return out;
}
