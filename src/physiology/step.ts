/**
 * Advancing the blood in time: `step` runs the integrator (`integrator.ts`) over dt in equal
 * internal steps no longer than the stability limit, then reports valves and velocities.
 *
 * The internal step is fixed by the network, not by dt, so a scenario played at 1 ms or at
 * 100 ms frames differs only in how often the compressions change. Every transfer is taken from
 * one cell and given to another: volume is conserved to rounding.
 */
import { externalPressures, type Compression } from './compression';
import { createFlowState, type FlowState, type MutableFlowState } from './flowState';
import {
  createIntegrator,
  internalStep,
  resetTallies,
  updatePressures,
  type Integrator,
} from './integrator';
import { layoutOf } from './layout';
import type { VeinNetwork } from './network';
import { MAX_STEP_SECONDS } from './parameters';
import { restStateOf } from './restState';
import { cellVelocities } from './velocity';

const integrators = new WeakMap<VeinNetwork, Integrator>();
function integratorOf(network: VeinNetwork): Integrator {
  let it = integrators.get(network);
  if (it === undefined) {
    it = createIntegrator(layoutOf(network), restStateOf(network));
    integrators.set(network, it);
  }
  return it;
}

/** The fixed internal step the model takes for this network, s (a frame at 60 Hz takes ~40). */
export function internalStepSeconds(network: VeinNetwork): number {
  return integratorOf(network).maxInternalStep;
}

function belongsTo(state: FlowState, it: Integrator): boolean {
  return (
    state.volumesMl.length === it.layout.cellCount &&
    state.valvePassedMl.length === it.layout.valveCount
  );
}

/** Mean valve flows over the step, what they let through, and how open they are. */
function reportValves(
  it: Integrator,
  state: FlowState,
  target: MutableFlowState,
  seconds: number,
): void {
  const { valveLink, valveCount } = it.layout;
  for (let v = 0; v < valveCount; v++) {
    const link = valveLink[v] ?? 0;
    const passed = it.linkVolume[link] ?? 0;
    const flow = passed / seconds;
    const restFlow = Math.max(it.rest.linkFlowMlPerS[link] ?? 0, 1e-6);
    target.valvePassedMl[v] = (state.valvePassedMl[v] ?? 0) + passed;
    target.valveRefluxMl[v] = (state.valveRefluxMl[v] ?? 0) + (it.linkBackVolume[link] ?? 0);
    target.valveFlowMlPerS[v] = flow;
    target.valveOpenFraction[v] = Math.abs(flow) / (Math.abs(flow) + restFlow);
  }
}

/** Tallies of volume → mean flows (in place), then cell velocities. */
function reportVelocities(it: Integrator, target: MutableFlowState, seconds: number): void {
  for (let l = 0; l < it.linkVolume.length; l++)
    it.linkVolume[l] = (it.linkVolume[l] ?? 0) / seconds;
  for (let c = 0; c < it.capillaryVolume.length; c++) {
    it.capillaryVolume[c] = (it.capillaryVolume[c] ?? 0) / seconds;
  }
  cellVelocities(
    it.layout,
    target.volumesMl,
    it.linkVolume,
    it.capillaryVolume,
    target.cellVelocityCmPerS,
  );
}

function copyReadings(from: FlowState, to: MutableFlowState): void {
  to.valvePassedMl.set(from.valvePassedMl);
  to.valveRefluxMl.set(from.valveRefluxMl);
  to.valveFlowMlPerS.set(from.valveFlowMlPerS);
  to.valveOpenFraction.set(from.valveOpenFraction);
  to.cellVelocityCmPerS.set(from.cellVelocityCmPerS);
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
  const it = integratorOf(network);
  if (!belongsTo(state, it) || (out && !belongsTo(out, it))) {
    throw new Error('step: the state belongs to another network');
  }
  const seconds = Number.isFinite(dtSeconds)
    ? Math.min(Math.max(dtSeconds, 0), MAX_STEP_SECONDS)
    : 0;
  const steps = Math.ceil(seconds / it.maxInternalStep);

  it.volumes.set(state.volumesMl);
  externalPressures(it.layout, compressions, it.external);
  resetTallies(it);
  for (let k = 0; k < steps; k++) internalStep(it, state.valvesCompetent, seconds / steps);
  updatePressures(it);

  const target = (out ??
    createFlowState(network, { valvesCompetent: state.valvesCompetent })) as MutableFlowState;
  target.timeSeconds = state.timeSeconds + seconds;
  target.valvesCompetent = state.valvesCompetent;
  target.volumesMl.set(it.cellVolumes);
  target.pressuresMmHg.set(it.cellPressures);
  target.externalPressuresMmHg.set(it.external);
  target.lastStepSeconds = seconds;
  target.lastInflowMl = it.inflowMl;
  target.lastOutflowMl = it.outflowMl;
  if (seconds > 0) {
    reportValves(it, state, target, seconds);
    reportVelocities(it, target, seconds);
  } else if (target !== state) {
    copyReadings(state, target);
  }
  return target;
}
