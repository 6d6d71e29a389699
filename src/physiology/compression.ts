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
  const spread = deep ? c.spreadDeg + DEEP_VEIN_EXTRA_SPREAD_DEG : c.spreadDeg;
  const along = footprintWeight((layout.cellS[cell] ?? 0) - c.s, c.radiusS);
  if (along === 0) return 0;
  const around = footprintWeight(thetaDelta(c.theta, layout.cellTheta[cell] ?? 0), spread);
  const weight = along * around;
  if (weight === 0) return 0;
  const pump = layout.cellPumpPressureMmHg[cell] ?? 0;
  if (byMuscle) return weight * intensity * pump;
  const hand = intensity * FIRM;
  if (!deep) return weight * hand;
  return weight * pump * Math.max(0, (hand - LIGHT) / (FIRM - LIGHT));
}

/**
 * External pressure on every cell (the strongest compression over it wins: two hands side by
 * side do not add up), written into `out`.
 */
export function externalPressures(
  layout: FlowLayout,
  compressions: readonly Compression[],
  out: Float64Array,
): Float64Array {
  out.fill(0);
  for (const c of compressions) {
    const intensity = intensityOf(c.pressure);
    if (intensity === 0 || !Number.isFinite(c.s) || !Number.isFinite(c.theta)) continue;
    for (let cell = 0; cell < layout.cellCount; cell++) {
      const p = pressureOnCell(layout, cell, c, intensity);
      if (p > (out[cell] ?? 0)) out[cell] = p;
    }
  }
  return out;
}
