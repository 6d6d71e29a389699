/**
 * How a vein is cut into cells, and what each cell holds at rest: a compartment (the stretch
 * between two valves) is cut into equal cells no longer than MAX_CELL_MM, so that a hand, which
 * covers several cells, pushes blood along inside a compartment as it moves.
 */
import type { Vein } from './network';
import {
  BLOOD_VISCOSITY_POISE,
  MAX_CELL_MM,
  MIN_RELAXATION_SECONDS,
  WALL_STIFFNESS_MMHG,
} from './parameters';
import { crossSectionCm2, diameterAt } from './veinGeometry';

export interface CellDraft {
  vein: number;
  compartment: number;
  from: number;
  to: number;
}

/**
 * External pressure a full squeeze of the muscle around a deep vein applies: the one that, by the
 * tube law, leaves 1 − (ejection fraction) of its volume. 0 for superficial veins.
 */
export function pumpPressureMmHg(vein: Vein): number {
  if (vein.kind === 'superficial') return 0;
  return WALL_STIFFNESS_MMHG * Math.log(1 / (1 - (vein.pumpEjectionFraction ?? 0)));
}

export function cutIntoCells(vein: Vein, veinIndex: number, firstCompartment: number): CellDraft[] {
  const bounds = [0, ...vein.valves.filter((f) => f < 1), 1];
  const cells: CellDraft[] = [];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const from = bounds[c] ?? 0;
    const to = bounds[c + 1] ?? 1;
    const count = Math.max(1, Math.ceil(((to - from) * vein.lengthMm) / MAX_CELL_MM));
    for (let k = 0; k < count; k++) {
      cells.push({
        vein: veinIndex,
        compartment: firstCompartment + c,
        from: from + ((to - from) * k) / count,
        to: k + 1 === count ? to : from + ((to - from) * (k + 1)) / count,
      });
    }
  }
  return cells;
}

/** Mean of g over [from, to] by Simpson's rule. */
function meanOver(g: (f: number) => number, from: number, to: number): number {
  return (g(from) + 4 * g((from + to) / 2) + g(to)) / 6;
}

export function restVolumeMl(vein: Vein, from: number, to: number): number {
  const area = (f: number): number => crossSectionCm2(diameterAt(vein.diameterMm, f));
  return (meanOver(area, from, to) * (to - from) * vein.lengthMm) / 10;
}

const DYN_PER_CM2_PER_MMHG = 1333.22;

/**
 * Poiseuille resistance of the cell (8 μ ℓ / (π r⁴), integrated along it), raised where needed
 * so that resistance × compliance is at least MIN_RELAXATION_SECONDS. mmHg·s/mL.
 */
export function restResistance(vein: Vein, from: number, to: number, volumeMl: number): number {
  const perCm = (f: number): number => {
    const radiusCm = diameterAt(vein.diameterMm, f) / 20;
    return (8 * BLOOD_VISCOSITY_POISE) / (Math.PI * radiusCm ** 4) / DYN_PER_CM2_PER_MMHG;
  };
  const poiseuille = (meanOver(perCm, from, to) * (to - from) * vein.lengthMm) / 10;
  const compliance = volumeMl / WALL_STIFFNESS_MMHG;
  return Math.max(poiseuille, MIN_RELAXATION_SECONDS / compliance);
}
