/**
 * The rest state of a network: lying still, no hands. Blood enters each vein's distal end at its
 * rest inflow and leaves the leg at the exit; flows, pressures and volumes are steady. Solved
 * directly (not by running the model): the link flows follow from the inflows, the pressures from
 * the flows and resistances, walking back from the exit. Every cell holds its rest volume (the
 * network's diameters are those of a leg lying at rest), and its pressure here is the reference of
 * its tube law. The capillary inflow conductances are then chosen so that this state is exactly a
 * fixed point of `step`.
 */
import { EXIT, layoutOf, type FlowLayout } from './layout';
import type { VeinNetwork } from './network';
import { CAPILLARY_PRESSURE_MMHG, EXIT_PRESSURE_MMHG } from './parameters';

export interface RestState {
  readonly volumesMl: Float64Array;
  readonly pressuresMmHg: Float64Array;
  readonly linkFlowMlPerS: Float64Array;
  /** Per vein: capillary inflow = conductance × (capillary pressure − pressure of its first cell). */
  readonly inflowConductance: Float64Array;
}

/** Cells ordered so that every cell comes after all cells that drain into it. */
function distalFirstOrder(layout: FlowLayout): Int32Array {
  const pending = new Int32Array(layout.cellCount);
  for (let l = 0; l < layout.linkCount; l++) {
    const to = layout.linkTo[l] ?? EXIT;
    if (to !== EXIT) pending[to] = (pending[to] ?? 0) + 1;
  }
  const order = new Int32Array(layout.cellCount);
  let size = 0;
  for (let c = 0; c < layout.cellCount; c++) if (pending[c] === 0) order[size++] = c;
  for (let k = 0; k < size; k++) {
    const to = layout.linkTo[layout.cellOutLink[order[k] ?? 0] ?? 0] ?? EXIT;
    if (to === EXIT) continue;
    pending[to] = (pending[to] ?? 0) - 1;
    if (pending[to] === 0) order[size++] = to;
  }
  return order;
}

function solveRest(network: VeinNetwork): RestState {
  const layout = layoutOf(network);
  const n = layout.cellCount;
  const order = distalFirstOrder(layout);
  const through = new Float64Array(n);
  layout.inflowCell.forEach((cell, v) => {
    through[cell] = (through[cell] ?? 0) + (layout.inflowRestMlPerS[v] ?? 0);
  });
  const linkFlow = new Float64Array(layout.linkCount);
  for (const cell of order) {
    const link = layout.cellOutLink[cell] ?? 0;
    const to = layout.linkTo[link] ?? EXIT;
    linkFlow[link] = through[cell] ?? 0;
    if (to !== EXIT) through[to] = (through[to] ?? 0) + (through[cell] ?? 0);
  }

  // At rest every cell holds its rest volume (the network's diameters), at rest resistance.
  const pressures = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const cell = order[k] ?? 0;
    const link = layout.cellOutLink[cell] ?? 0;
    const to = layout.linkTo[link] ?? EXIT;
    const half = (layout.cellRestResistance[cell] ?? 0) / 2;
    const downstream =
      to === EXIT
        ? { pressure: EXIT_PRESSURE_MMHG, half: 0 }
        : { pressure: pressures[to] ?? 0, half: (layout.cellRestResistance[to] ?? 0) / 2 };
    const pressure = downstream.pressure + (linkFlow[link] ?? 0) * (half + downstream.half);
    pressures[cell] = pressure;
  }

  const inflowConductance = new Float64Array(network.veins.length);
  network.veins.forEach((vein, v) => {
    const headroom = CAPILLARY_PRESSURE_MMHG - (pressures[layout.inflowCell[v] ?? 0] ?? 0);
    if (vein.restInflowMlPerS > 0 && !(headroom > 0)) {
      throw new Error(`vein '${vein.id}': rest pressure reaches the capillary pressure`);
    }
    inflowConductance[v] = vein.restInflowMlPerS > 0 ? vein.restInflowMlPerS / headroom : 0;
  });
  return {
    volumesMl: Float64Array.from(layout.cellRestVolumeMl),
    pressuresMmHg: pressures,
    linkFlowMlPerS: linkFlow,
    inflowConductance,
  };
}

const cache = new WeakMap<VeinNetwork, RestState>();

/** The rest state of a network, solved on first use. */
export function restStateOf(network: VeinNetwork): RestState {
  let rest = cache.get(network);
  if (rest === undefined) {
    rest = solveRest(network);
    cache.set(network, rest);
  }
  return rest;
}
