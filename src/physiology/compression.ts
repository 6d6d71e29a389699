/**
 * What squeezes the veins: hands on the skin and contracting muscles. A compression is a
 * footprint on the leg's chart; `externalPressures` turns a list of them into the pressure
 * outside each vein cell.
 *
 * A hand's pressure reaches a superficial vein in full. Deep veins sit under muscle: light
 * pressure does not reach them, and of what lies above light, a firm hand does what a firm
 * squeeze of the muscle does (the muscle pump). A contracting muscle squeezes only deep veins.
 */
import type { PressureLevel } from '../anatomy/names';
import type { FlowLayout } from './layout';
import {
  DEEP_VEIN_EXTRA_SPREAD_DEG,
  HAND_PRESSURE_MMHG,
  PRESSURE_LEVEL_INTENSITY,
  SUPERFICIAL_VEIN_DEPTH_MM,
} from './parameters';
import { thetaDelta } from '../anatomy/chartAngle';

export interface Compression {
  /** Centre of the footprint on the chart. */
  s: number;
  theta: number;
  /** A level, or an intensity 0..1 where 1 is firm. */
  pressure: PressureLevel | number;
  /** Half-length of the footprint along s (chart units). */
  radiusS: number;
  /** Half-width of the footprint around the leg, degrees. */
  spreadDeg: number;
  /**
   * Millimetres of skin per degree round the leg where a hand presses, from the leg's girth
   * there: `spreadDeg` is then the palm's true half-width and the press spreads into the tissue
   * past its edge (`stripLoadShare`). Absent (a traced stroke: no girth at hand), the footprint
   * is Proximal's earlier approximation: full over its inner half, easing to 0 at `spreadDeg`.
   */
  mmPerDegree?: number;
  /** Default 'hand'. */
  by?: 'hand' | 'muscle';
}

export function intensityOf(pressure: PressureLevel | number): number {
  if (typeof pressure !== 'number') return PRESSURE_LEVEL_INTENSITY[pressure];
  return Number.isFinite(pressure) ? Math.min(Math.max(pressure, 0), 1) : 0;
}

/** 1 over the inner half of the footprint, easing to 0 at its edge (no jumps as a hand moves). */
function footprintWeight(distance: number, radius: number): number {
  if (!(radius > 0)) return 0;
  const x = Math.abs(distance) / radius;
  if (x <= 0.5) return 1;
  if (x >= 1) return 0;
  return 0.5 * (1 + Math.cos(2 * Math.PI * (x - 0.5)));
}

/**
 * Share of a palm's pressure that reaches a superficial vein `x` (degrees) round the leg from
 * the palm's centre, the palm `halfWidth` wide to either side, the vein `depth` under the skin
 * (all in the same unit). Proximal's model: the palm as a uniform strip load on an elastic half
 * space, the vertical stress at depth z (Johnson, Contact Mechanics, 1985, ch. 2, uniform
 * pressure on a strip; Timoshenko & Goodier, Theory of Elasticity, Boussinesq's line load
 * integrated over the strip):
 *   σz / p = [2(θ1 − θ2) + sin 2θ1 − sin 2θ2] / 2π,  θ1,2 = atan((x ± a) / z).
 * It is 1 deep under the palm's middle, ½ under its edge and falls off within a few depths
 * beyond it: a vein under the seam between two palms side by side is pressed by both.
 */
export function stripLoadShare(x: number, halfWidth: number, depth: number): number {
  if (!(halfWidth > 0)) return 0;
  if (!(depth > 0)) return Math.abs(x) < halfWidth ? 1 : Math.abs(x) === halfWidth ? 0.5 : 0;
  const t1 = Math.atan((x + halfWidth) / depth);
  const t2 = Math.atan((x - halfWidth) / depth);
  const share = (2 * (t1 - t2) + Math.sin(2 * t1) - Math.sin(2 * t2)) / (2 * Math.PI);
  return Math.min(1, Math.max(0, share));
}

const LIGHT = HAND_PRESSURE_MMHG.light;
const FIRM = HAND_PRESSURE_MMHG.firm;

/** External pressure one compression puts on one cell, mmHg. */
function pressureOnCell(
  layout: FlowLayout,
  cell: number,
  c: Compression,
  intensity: number,
): number {
  const deep = layout.cellIsDeep[cell] === 1;
  const byMuscle = c.by === 'muscle';
  if (byMuscle && !deep) return 0;
  const along = footprintWeight((layout.cellS[cell] ?? 0) - c.s, c.radiusS);
  if (along === 0) return 0;
  const round = thetaDelta(c.theta, layout.cellTheta[cell] ?? 0);
  const mmPerDegree = c.mmPerDegree;
  const around =
    deep || byMuscle || mmPerDegree === undefined || !(mmPerDegree > 0)
      ? footprintWeight(round, deep ? c.spreadDeg + DEEP_VEIN_EXTRA_SPREAD_DEG : c.spreadDeg)
      : stripLoadShare(round, c.spreadDeg, SUPERFICIAL_VEIN_DEPTH_MM / mmPerDegree);
  const weight = along * around;
  if (weight === 0) return 0;
  const pump = layout.cellPumpPressureMmHg[cell] ?? 0;
  if (byMuscle) return weight * intensity * pump;
  const hand = intensity * FIRM;
  if (!deep) return weight * hand;
  return weight * pump * Math.max(0, (hand - LIGHT) / (FIRM - LIGHT));
}

/** Scratch for `externalPressures`: the hands' summed stress on superficial cells, and its cap. */
let summed = new Float64Array(0);
let strongest = new Float64Array(0);

/**
 * External pressure on every cell, written into `out`. On a superficial vein the stresses of
 * the hands over it add (elasticity is linear: a vein under the seam of two palms side by side
 * feels both), never beyond the strongest hand's own pressure (no sum of loads each at most p
 * stresses the tissue beyond p). Elsewhere the strongest compression over a cell wins.
 */
export function externalPressures(
  layout: FlowLayout,
  compressions: readonly Compression[],
  out: Float64Array,
): Float64Array {
  out.fill(0);
  if (summed.length < layout.cellCount) {
    summed = new Float64Array(layout.cellCount);
    strongest = new Float64Array(layout.cellCount);
  }
  summed.fill(0, 0, layout.cellCount);
  strongest.fill(0, 0, layout.cellCount);
  for (const c of compressions) {
    const intensity = intensityOf(c.pressure);
    if (intensity === 0 || !Number.isFinite(c.s) || !Number.isFinite(c.theta)) continue;
    const byHand = c.by !== 'muscle';
    for (let cell = 0; cell < layout.cellCount; cell++) {
      const p = pressureOnCell(layout, cell, c, intensity);
      if (p === 0) continue;
      if (byHand && layout.cellIsDeep[cell] !== 1) {
        summed[cell] = (summed[cell] ?? 0) + p;
        const full = intensity * FIRM;
        if (full > (strongest[cell] ?? 0)) strongest[cell] = full;
      } else if (p > (out[cell] ?? 0)) out[cell] = p;
    }
  }
  for (let cell = 0; cell < layout.cellCount; cell++) {
    const hands = Math.min(summed[cell] ?? 0, strongest[cell] ?? 0);
    if (hands > (out[cell] ?? 0)) out[cell] = hands;
  }
  return out;
}
