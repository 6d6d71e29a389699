/**
 * Readings per compartment (the stretch of a vein between two valves), summed over its cells:
 * for a legend, an inspector, or a chart of how full each stretch is. Allocates; not per frame.
 */
import type { FlowState } from './flowState';
import { layoutOf } from './layout';
import type { VeinNetwork } from './network';
import { complianceMlPerMmHg } from './tubeLaw';

export interface CompartmentReading {
  veinId: string;
  /** Fractions of the vein the compartment spans, distal to proximal. */
  fromFraction: number;
  toFraction: number;
  volumeMl: number;
  restVolumeMl: number;
  /** dV/dP at the current filling, mL/mmHg. */
  complianceMlPerMmHg: number;
  /** Volume-weighted mean pressure inside, mmHg. */
  pressureMmHg: number;
}

export function compartmentReadings(network: VeinNetwork, state: FlowState): CompartmentReading[] {
  const layout = layoutOf(network);
  const readings: CompartmentReading[] = [];
  for (let c = 0; c < layout.cellCount; c++) {
    const k = layout.cellCompartment[c] ?? 0;
    const volume = state.volumesMl[c] ?? 0;
    const rest = layout.cellRestVolumeMl[c] ?? 0;
    const reading = (readings[k] ??= {
      veinId: network.veins[layout.cellVein[c] ?? 0]?.id ?? '',
      fromFraction: layout.cellFromFraction[c] ?? 0,
      toFraction: 0,
      volumeMl: 0,
      restVolumeMl: 0,
      complianceMlPerMmHg: 0,
      pressureMmHg: 0,
    });
    reading.toFraction = layout.cellToFraction[c] ?? 1;
    reading.volumeMl += volume;
    reading.restVolumeMl += rest;
    reading.complianceMlPerMmHg += complianceMlPerMmHg(volume / rest, rest);
    reading.pressureMmHg += (state.pressuresMmHg[c] ?? 0) * volume;
  }
  for (const r of readings) r.pressureMmHg = r.volumeMl > 0 ? r.pressureMmHg / r.volumeMl : 0;
  return readings;
}
