/**
 * The tube law of a vein cell: its pressure as a function of how full it is, and how its flow
 * resistance rises as it collapses.
 *
 * Filling f = volume / rest volume, where the rest volume is the cell's volume lying at rest
 * (the network's diameters) and its rest pressure is what the rest state gives it. Collapsing
 * (f < 1) the pressure falls logarithmically, so no finite squeeze empties a vein completely;
 * distending (f ≥ 1) it rises linearly; the two branches meet with the same slope. Resistance
 * follows Poiseuille for the narrowed lumen (∝ 1 / area²) while collapsed and stays at its rest
 * value when distended.
 */
import { WALL_STIFFNESS_MMHG } from './parameters';

/** Smallest filling the law evaluates, so an empty cell has a finite (very low) pressure. */
const MIN_FILLING = 1e-9;

/** Pressure of a cell above (or below) its rest pressure, mmHg. */
export function pressureAboveRestMmHg(filling: number): number {
  if (filling >= 1) return WALL_STIFFNESS_MMHG * (filling - 1);
  return WALL_STIFFNESS_MMHG * Math.log(Math.max(filling, MIN_FILLING));
}

/** Resistance relative to the rest resistance. */
export function resistanceFactor(filling: number): number {
  if (filling >= 1) return 1;
  const area = Math.max(filling, MIN_FILLING);
  return 1 / (area * area);
}

/** dV/dP of a cell, mL/mmHg. */
export function complianceMlPerMmHg(filling: number, restVolumeMl: number): number {
  return (restVolumeMl * Math.min(Math.max(filling, MIN_FILLING), 1)) / WALL_STIFFNESS_MMHG;
}
