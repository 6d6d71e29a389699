/**
 * The inner loop of the flow model: explicit Euler steps of fixed length over all cells and
 * links, in flat typed arrays, allocating nothing. `step.ts` wraps it for callers.
 *
 * Each cell is a compliant reservoir: pressure = external pressure + transmural pressure of its
 * filling (tube law). Each link carries (pressure difference) / (mean resistance of its two
 * cells); a competent valve only toward the heart. Capillaries feed each vein's first cell in
 * proportion to (capillary pressure − its pressure); the exit drains to the pelvic veins.
 */
import { EXIT, NO_VALVE, type FlowLayout } from './layout';
import { CAPILLARY_PRESSURE_MMHG, EXIT_PRESSURE_MMHG, WALL_STIFFNESS_MMHG } from './parameters';
import type { RestState } from './restState';
import { pressureAboveRestMmHg, resistanceFactor } from './tubeLaw';

/** Largest share of its volume a cell may give away in one internal step (keeps volumes > 0). */
const MAX_GIVE_SHARE = 0.5;

/** Buffers of one network. Cell arrays have one extra slot at the end: the exit. */
export interface Integrator {
  readonly layout: FlowLayout;
  readonly rest: RestState;
  /** Longest internal step that keeps the explicit scheme monotone, s. */
  readonly maxInternalStep: number;
  /** Link target with the exit as the extra slot `cellCount`. */
  readonly linkTarget: Int32Array;
  readonly linkIsValve: Uint8Array;
  readonly volumes: Float64Array;
  readonly external: Float64Array;
  readonly pressures: Float64Array;
  /** `volumes` and `pressures` without the exit: views made once, copied out every step. */
  readonly cellVolumes: Float64Array;
  readonly cellPressures: Float64Array;
  readonly resistances: Float64Array;
  readonly flux: Float64Array;
  readonly giveScale: Float64Array;
  /** Volume moved along each link (toward the heart positive), and back through it, this step. */
  readonly linkVolume: Float64Array;
  readonly linkBackVolume: Float64Array;
  /** Volume that entered each cell from the capillaries this step. */
  readonly capillaryVolume: Float64Array;
  inflowMl: number;
  outflowMl: number;
}

/**
 * A cell's pressure relaxes toward each neighbour at a rate of at most 2 / (R C) (R C is
 * smallest at rest filling, larger when collapsed), so with d links explicit Euler stays monotone
 * for h ≤ R C / (2 d).
 */
function maxInternalStep(layout: FlowLayout): number {
  const degree = new Int32Array(layout.cellCount);
  for (let l = 0; l < layout.linkCount; l++) {
    const from = layout.linkFrom[l] ?? 0;
    const to = layout.linkTo[l] ?? EXIT;
    degree[from] = (degree[from] ?? 0) + 1;
    if (to !== EXIT) degree[to] = (degree[to] ?? 0) + 1;
  }
  let h = Infinity;
  for (let c = 0; c < layout.cellCount; c++) {
    const compliance = (layout.cellRestVolumeMl[c] ?? 0) / WALL_STIFFNESS_MMHG;
    const rc = (layout.cellRestResistance[c] ?? 0) * compliance;
    h = Math.min(h, rc / (2 * (degree[c] ?? 1)));
  }
  return h;
}

export function createIntegrator(layout: FlowLayout, rest: RestState): Integrator {
  const slots = layout.cellCount + 1;
  const resistances = new Float64Array(slots);
  const pressures = new Float64Array(slots);
  pressures[layout.cellCount] = EXIT_PRESSURE_MMHG;
  const volumes = new Float64Array(slots);
  return {
    layout,
    rest,
    maxInternalStep: maxInternalStep(layout),
    linkTarget: Int32Array.from(layout.linkTo, (to) => (to === EXIT ? layout.cellCount : to)),
    linkIsValve: Uint8Array.from(layout.linkValve, (v) => (v === NO_VALVE ? 0 : 1)),
    volumes,
    external: new Float64Array(layout.cellCount),
    pressures,
    cellVolumes: volumes.subarray(0, layout.cellCount),
    cellPressures: pressures.subarray(0, layout.cellCount),
    resistances,
    flux: new Float64Array(layout.linkCount),
    giveScale: new Float64Array(slots),
    linkVolume: new Float64Array(layout.linkCount),
    linkBackVolume: new Float64Array(layout.linkCount),
    capillaryVolume: new Float64Array(layout.cellCount),
    inflowMl: 0,
    outflowMl: 0,
  };
}

/** Pressures and resistances of every cell from its volume (tube law). */
export function updatePressures(it: Integrator): void {
  const { volumes, external, pressures, resistances } = it;
  const { cellRestVolumeMl, cellRestResistance, cellCount } = it.layout;
  const restPressure = it.rest.pressuresMmHg;
  for (let c = 0; c < cellCount; c++) {
    const filling = (volumes[c] ?? 0) / (cellRestVolumeMl[c] ?? 1);
    pressures[c] = (external[c] ?? 0) + (restPressure[c] ?? 0) + pressureAboveRestMmHg(filling);
    resistances[c] = (cellRestResistance[c] ?? 0) * resistanceFactor(filling);
  }
}

/** Zero the per-step tallies before a run of internal steps. */
export function resetTallies(it: Integrator): void {
  it.linkVolume.fill(0);
  it.linkBackVolume.fill(0);
  it.capillaryVolume.fill(0);
  it.inflowMl = 0;
  it.outflowMl = 0;
}

/** One explicit Euler step of length h (≤ maxInternalStep). */
export function internalStep(it: Integrator, competent: boolean, h: number): void {
  updatePressures(it);
  const { pressures, resistances, flux, giveScale, volumes, linkTarget, linkIsValve } = it;
  const { linkFrom, linkCount, cellCount, inflowCell } = it.layout;
  giveScale.fill(0);
  for (let l = 0; l < linkCount; l++) {
    const from = linkFrom[l] ?? 0;
    const to = linkTarget[l] ?? cellCount;
    const resistance = ((resistances[from] ?? 0) + (resistances[to] ?? 0)) / 2;
    let q = ((pressures[from] ?? 0) - (pressures[to] ?? 0)) / resistance;
    if (q < 0 && competent && linkIsValve[l] === 1) q = 0;
    flux[l] = q;
    if (q > 0) giveScale[from] = (giveScale[from] ?? 0) + q;
    else giveScale[to] = (giveScale[to] ?? 0) - q;
  }
  // Limiter: a cell asked to give more than MAX_GIVE_SHARE of its volume gives proportionally less.
  for (let c = 0; c < cellCount; c++) {
    const given = (giveScale[c] ?? 0) * h;
    const limit = MAX_GIVE_SHARE * (volumes[c] ?? 0);
    giveScale[c] = given > limit ? limit / given : 1;
  }
  giveScale[cellCount] = 1; // the pelvic veins beyond the exit never run dry
  for (let l = 0; l < linkCount; l++) {
    const from = linkFrom[l] ?? 0;
    const to = linkTarget[l] ?? cellCount;
    const q = flux[l] ?? 0;
    const moved = q * h * (giveScale[q > 0 ? from : to] ?? 1);
    volumes[from] = (volumes[from] ?? 0) - moved;
    volumes[to] = (volumes[to] ?? 0) + moved;
    it.linkVolume[l] = (it.linkVolume[l] ?? 0) + moved;
    if (moved < 0) it.linkBackVolume[l] = (it.linkBackVolume[l] ?? 0) - moved;
  }
  it.outflowMl += volumes[cellCount] ?? 0;
  volumes[cellCount] = 0;
  // Summed in a local, not into `it.inflowMl` in the loop: in node each of those stores boxed a
  // new heap number (about 110 KB a frame at 0.3 s frames); Chromium's sampling showed no change.
  let inflow = 0;
  for (let v = 0; v < inflowCell.length; v++) {
    const cell = inflowCell[v] ?? 0;
    const drive = CAPILLARY_PRESSURE_MMHG - (pressures[cell] ?? 0);
    const moved = drive > 0 ? (it.rest.inflowConductance[v] ?? 0) * drive * h : 0;
    volumes[cell] = (volumes[cell] ?? 0) + moved;
    it.capillaryVolume[cell] = (it.capillaryVolume[cell] ?? 0) + moved;
    inflow += moved;
  }
  it.inflowMl += inflow;
}
