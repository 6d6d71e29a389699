/**
 * The tube law of a vein cell: its transmural pressure as a function of how full it is, and how
 * its flow resistance rises as it collapses.
 *
 * Filling v = volume / rest volume. Collapsing (v < 1) the pressure falls logarithmically, so no
 * finite squeeze empties a vein completely; distending (v ≥ 1) it rises linearly. Both branches
 * have the same slope at v = 1. Resistance follows Poiseuille (∝ 1 / area²) while collapsed and
 * stays at its rest value when distended.
 */
import { REST_TRANSMURAL_MMHG, WALL_STIFFNESS_MMHG } from './parameters';

/** Smallest filling the law evaluates, so an empty cell has a finite (very low) pressure. */
const MIN_FILLING = 1e-9;

export function transmuralPressureMmHg(filling: number): number {
  if (filling >= 1) return REST_TRANSMURAL_MMHG + WALL_STIFFNESS_MMHG * (filling - 1);
  return REST_TRANSMURAL_MMHG + WALL_STIFFNESS_MMHG * Math.log(Math.max(filling, MIN_FILLING));
}

/** The filling at which a cell has this transmural pressure (inverse of the law above). */
export function fillingAtPressure(transmuralMmHg: number): number {
  const excess = (transmuralMmHg - REST_TRANSMURAL_MMHG) / WALL_STIFFNESS_MMHG;
  return excess >= 0 ? 1 + excess : Math.exp(excess);
}

/** dV/dP of a cell, mL/mmHg. */
export function complianceMlPerMmHg(filling: number, restVolumeMl: number): number {
  return (restVolumeMl * Math.min(Math.max(filling, MIN_FILLING), 1)) / WALL_STIFFNESS_MMHG;
}

/** Resistance relative to the rest resistance: 1 / area² while collapsed. */
export function resistanceFactor(filling: number): number {
  const area = Math.min(Math.max(filling, MIN_FILLING), 1);
  return 1 / (area * area);
}
