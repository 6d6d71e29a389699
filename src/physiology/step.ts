/**
 * Advancing the blood in time. Each cell is a compliant reservoir: its pressure is the external
 * pressure on it plus the transmural pressure of its filling (tube law). Blood flows along each
 * link at (pressure difference) / resistance; across a valve only toward the heart. Capillaries
 * feed each vein's first cell; the exit drains to the pressure of the pelvic veins.
 *
 * Integration: explicit Euler with a fixed maximum internal step, short enough for the stiffest
 * cell (see `internalStepSeconds`), so the result depends on dt only through how often the
 * compressions change. A limiter keeps any cell from giving more than half its volume in one
 * internal step, so volumes stay positive whatever the inputs. Every transfer is taken from one
 * cell and given to another, so volume is conserved to rounding.
 */
import { externalPressures, type Compression } from './compression';
import { createFlowState, type FlowState, type MutableFlowState } from './flowState';
import { EXIT, layoutOf, NO_VALVE, type FlowLayout } from './layout';
import type { VeinNetwork } from './network';
import {
  CAPILLARY_PRESSURE_MMHG,
  EXIT_PRESSURE_MMHG,
  MAX_STEP_SECONDS,
  WALL_STIFFNESS_MMHG,
} from './parameters';
import { restStateOf } from './restState';
import { resistanceFactor, transmuralPressureMmHg } from './tubeLaw';
import { cellVelocities } from './velocity';

/** Largest share of its volume a cell may give away in one internal step. */
const MAX_GIVE_SHARE = 0.5;

/** Buffers reused between steps of one network (a step allocates nothing). */
interface Scratch {
  internalStep: number;
  volumes: Float64Array;
  external: Float64Array;
  pressures: Float64Array;
  resistances: Float64Array;
  flux: Float64Array;
  capillaryFlux: Float64Array;
  given: Float64Array;
  linkVolume: Float64Array;
  linkBackVolume: Float64Array;
  capillaryVolume: Float64Array;
}

/**
 * The internal step. Toward each neighbour a cell's pressure relaxes at a rate of at most
 * 2 / (R C) (R C is smallest at rest filling, larger when collapsed), so with d links explicit
 * Euler stays monotone for h ≤ R C / (2 d).
 */
function internalStepSeconds(layout: FlowLayout): number {
  const degree = new Int32Array(layout.cellCount);
  for (let l = 0; l < layout.linkCount; l++) {
    const from = layout.linkFrom[l] ?? 0;
    const to = layout.linkTo[l] ?? EXIT;
    degree[from] = (degree[from] ?? 0) + 1;
    if (to !== EXIT) degree[to] = (degree[to] ?? 0) + 1;
  }
  let h = Infinity;
  for (let c = 0; c < layout.cellCount; c++) {
    const rc =
      ((layout.cellRestResistance[c] ?? 0) * (layout.cellRestVolumeMl[c] ?? 0)) /
      WALL_STIFFNESS_MMHG;
    h = Math.min(h, rc / (2 * (degree[c] ?? 1)));
  }
  return h;
}

const scratches = new WeakMap<VeinNetwork, Scratch>();
function scratchOf(network: VeinNetwork, layout: FlowLayout): Scratch {
  let scratch = scratches.get(network);
  if (scratch === undefined) {
    const cells = layout.cellCount;
    const links = layout.linkCount;
    scratch = {
      internalStep: internalStepSeconds(layout),
      volumes: new Float64Array(cells),
      external: new Float64Array(cells),
      pressures: new Float64Array(cells),
      resistances: new Float64Array(cells),
      flux: new Float64Array(links),
      capillaryFlux: new Float64Array(network.veins.length),
      given: new Float64Array(cells),
      linkVolume: new Float64Array(links),
      linkBackVolume: new Float64Array(links),
      capillaryVolume: new Float64Array(cells),
    };
    scratches.set(network, scratch);
  }
  return scratch;
}

function updatePressures(layout: FlowLayout, s: Scratch): void {
  for (let c = 0; c < layout.cellCount; c++) {
    const filling = (s.volumes[c] ?? 0) / (layout.cellRestVolumeMl[c] ?? 1);
    s.pressures[c] = (s.external[c] ?? 0) + transmuralPressureMmHg(filling);
    s.resistances[c] = (layout.cellRestResistance[c] ?? 0) * resistanceFactor(filling);
  }
}

/** One internal step of length h; returns [inflow, outflow] volumes. */
function internalStep(
  layout: FlowLayout,
  s: Scratch,
  inflowConductance: Float64Array,
  competent: boolean,
  h: number,
  totals: { inflow: number; outflow: number },
): void {
  updatePressures(layout, s);
  const { pressures, resistances, flux, given, volumes } = s;
  given.fill(0);
  for (let l = 0; l < layout.linkCount; l++) {
    const from = layout.linkFrom[l] ?? 0;
    const to = layout.linkTo[l] ?? EXIT;
    const downstream = to === EXIT ? EXIT_PRESSURE_MMHG : (pressures[to] ?? 0);
    const resistance = ((resistances[from] ?? 0) + (to === EXIT ? 0 : (resistances[to] ?? 0))) / 2;
    let q = ((pressures[from] ?? 0) - downstream) / resistance;
    if (q < 0 && competent && layout.linkValve[l] !== NO_VALVE) q = 0;
    flux[l] = q;
    if (q > 0) given[from] = (given[from] ?? 0) + q;
    else if (to !== EXIT) given[to] = (given[to] ?? 0) - q;
  }
  // Limiter: scale down what an over-giving cell gives (rarely active; keeps volumes positive).
  for (let c = 0; c < layout.cellCount; c++) {
    const limit = (MAX_GIVE_SHARE * (volumes[c] ?? 0)) / h;
    const g = given[c] ?? 0;
    given[c] = g > limit ? limit / g : 1;
  }
  for (let l = 0; l < layout.linkCount; l++) {
    const from = layout.linkFrom[l] ?? 0;
    const to = layout.linkTo[l] ?? EXIT;
    let q = flux[l] ?? 0;
    const donor = q > 0 ? from : to;
    if (donor !== EXIT) q *= given[donor] ?? 1;
    const moved = q * h;
    volumes[from] = (volumes[from] ?? 0) - moved;
    if (to === EXIT) totals.outflow += moved;
    else volumes[to] = (volumes[to] ?? 0) + moved;
    s.linkVolume[l] = (s.linkVolume[l] ?? 0) + moved;
    if (moved < 0) s.linkBackVolume[l] = (s.linkBackVolume[l] ?? 0) - moved;
  }
  for (let v = 0; v < layout.inflowCell.length; v++) {
    const cell = layout.inflowCell[v] ?? 0;
    const drive = CAPILLARY_PRESSURE_MMHG - (pressures[cell] ?? 0);
    const moved = drive > 0 ? (inflowConductance[v] ?? 0) * drive * h : 0;
    volumes[cell] = (volumes[cell] ?? 0) + moved;
    s.capillaryVolume[cell] = (s.capillaryVolume[cell] ?? 0) + moved;
    totals.inflow += moved;
  }
}

function stateBuffersMatch(state: FlowState, layout: FlowLayout): boolean {
  return (
    state.volumesMl.length === layout.cellCount && state.valvePassedMl.length === layout.valveCount
  );
}

/**
 * Advance `state` by `dtSeconds` (capped at MAX_STEP_SECONDS; ≤ 0 or not finite: no time passes)
 * with `compressions` held over the step. Returns the new state; `state` is left untouched unless
 * it is passed as `out`. Pass a state from an earlier step of the same network as `out` to reuse
 * its buffers (no allocation per frame).
 */
export function step(
  network: VeinNetwork,
  state: FlowState,
  compressions: readonly Compression[],
  dtSeconds: number,
  out?: FlowState,
): FlowState {
  const layout = layoutOf(network);
  const rest = restStateOf(network);
  const s = scratchOf(network, layout);
  if (!stateBuffersMatch(state, layout) || (out && !stateBuffersMatch(out, layout))) {
    throw new Error('step: the state belongs to another network');
  }
  const duration = Number.isFinite(dtSeconds)
    ? Math.min(Math.max(dtSeconds, 0), MAX_STEP_SECONDS)
    : 0;
  const steps = Math.ceil(duration / s.internalStep);
  const h = steps > 0 ? duration / steps : 0;

  s.volumes.set(state.volumesMl);
  externalPressures(layout, compressions, s.external);
  s.linkVolume.fill(0);
  s.linkBackVolume.fill(0);
  s.capillaryVolume.fill(0);
  const totals = { inflow: 0, outflow: 0 };
  for (let k = 0; k < steps; k++) {
    internalStep(layout, s, rest.inflowConductance, state.valvesCompetent, h, totals);
  }
  updatePressures(layout, s);

  const target = (out ??
    createFlowState(network, { valvesCompetent: state.valvesCompetent })) as MutableFlowState;
  target.timeSeconds = state.timeSeconds + duration;
  target.valvesCompetent = state.valvesCompetent;
  target.volumesMl.set(s.volumes);
  target.pressuresMmHg.set(s.pressures);
  target.externalPressuresMmHg.set(s.external);
  target.lastStepSeconds = duration;
  target.lastInflowMl = totals.inflow;
  target.lastOutflowMl = totals.outflow;
  if (duration > 0) {
    for (let v = 0; v < layout.valveCount; v++) {
      const passed = s.linkVolume[layout.valveLink[v] ?? 0] ?? 0;
      const flow = passed / duration;
      const restFlow = Math.max(rest.linkFlowMlPerS[layout.valveLink[v] ?? 0] ?? 0, 1e-6);
      target.valvePassedMl[v] = (state.valvePassedMl[v] ?? 0) + passed;
      target.valveRefluxMl[v] =
        (state.valveRefluxMl[v] ?? 0) + (s.linkBackVolume[layout.valveLink[v] ?? 0] ?? 0);
      target.valveFlowMlPerS[v] = flow;
      target.valveOpenFraction[v] = Math.abs(flow) / (Math.abs(flow) + restFlow);
    }
    for (let l = 0; l < layout.linkCount; l++) s.linkVolume[l] = (s.linkVolume[l] ?? 0) / duration;
    for (let c = 0; c < layout.cellCount; c++)
      s.capillaryVolume[c] = (s.capillaryVolume[c] ?? 0) / duration;
    cellVelocities(layout, s.volumes, s.linkVolume, s.capillaryVolume, target.cellVelocityCmPerS);
  } else if (target !== state) {
    target.valvePassedMl.set(state.valvePassedMl);
    target.valveRefluxMl.set(state.valveRefluxMl);
    target.valveFlowMlPerS.set(state.valveFlowMlPerS);
    target.valveOpenFraction.set(state.valveOpenFraction);
    target.cellVelocityCmPerS.set(state.cellVelocityCmPerS);
  }
  return target;
}
