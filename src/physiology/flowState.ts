/**
 * The state of the blood in a network. Per-cell arrays follow `layoutOf(network)` (cells vein by
 * vein, distal to proximal); per-valve arrays follow the network's valves in order. Plain data:
 * read it, never write into it (`step` may reuse a state you pass back as its `out`).
 */
import { layoutOf } from './layout';
import type { VeinNetwork } from './network';
import { restStateOf } from './restState';
import { cellVelocities } from './velocity';

export interface FlowState {
  /** Simulated time since `createFlowState`, s. */
  readonly timeSeconds: number;
  /** false simulates incompetent valves (varicose veins): blood may flow back through them. */
  readonly valvesCompetent: boolean;
  readonly volumesMl: Float64Array;
  /** Pressure inside each cell (external pressure + transmural), mmHg. */
  readonly pressuresMmHg: Float64Array;
  /** Pressure the last step's compressions put on each cell, mmHg. */
  readonly externalPressuresMmHg: Float64Array;
  /** Mean blood velocity in each cell over the last step, cm/s; positive toward the heart. */
  readonly cellVelocityCmPerS: Float64Array;
  /** Mean flow through each valve over the last step, mL/s; ≥ 0 while valves are competent. */
  readonly valveFlowMlPerS: Float64Array;
  /** 0 closed … 1 wide open; 0.5 at rest (open fraction = flow / (flow + rest flow)). */
  readonly valveOpenFraction: Float64Array;
  /** Net volume each valve has let through toward the heart since `createFlowState`, mL. */
  readonly valvePassedMl: Float64Array;
  /** Volume that has gone back through each valve (away from the heart), mL; 0 while competent. */
  readonly valveRefluxMl: Float64Array;
  /** Length of the last step actually simulated (dt is capped), s. */
  readonly lastStepSeconds: number;
  /** Blood that entered the network (capillaries) and left it (exit) during the last step, mL. */
  readonly lastInflowMl: number;
  readonly lastOutflowMl: number;
}

export type MutableFlowState = { -readonly [K in keyof FlowState]: FlowState[K] };

export interface FlowOptions {
  /** Default true. false lets blood through valves both ways (teaching: varicose veins). */
  valvesCompetent?: boolean;
}

/** The network at rest: lying still, no hands, steady flow toward the heart. */
export function createFlowState(network: VeinNetwork, options: FlowOptions = {}): FlowState {
  const layout = layoutOf(network);
  const rest = restStateOf(network);
  const capillary = new Float64Array(layout.cellCount);
  layout.inflowCell.forEach((cell, v) => {
    capillary[cell] = (capillary[cell] ?? 0) + (layout.inflowRestMlPerS[v] ?? 0);
  });
  const velocity = cellVelocities(
    layout,
    rest.volumesMl,
    rest.linkFlowMlPerS,
    capillary,
    new Float64Array(layout.cellCount),
  );
  return {
    timeSeconds: 0,
    valvesCompetent: options.valvesCompetent ?? true,
    volumesMl: Float64Array.from(rest.volumesMl),
    pressuresMmHg: Float64Array.from(rest.pressuresMmHg),
    externalPressuresMmHg: new Float64Array(layout.cellCount),
    cellVelocityCmPerS: velocity,
    valveFlowMlPerS: Float64Array.from(layout.valveLink, (l) => rest.linkFlowMlPerS[l] ?? 0),
    valveOpenFraction: new Float64Array(layout.valveCount).fill(0.5),
    valvePassedMl: new Float64Array(layout.valveCount),
    valveRefluxMl: new Float64Array(layout.valveCount),
    lastStepSeconds: 0,
    lastInflowMl: 0,
    lastOutflowMl: 0,
  };
}
