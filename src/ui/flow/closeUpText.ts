/** The words under the valve close-up, from the running flow simulation. Pure. */
import type { FlowSim } from '../../scene/flow/flowSim';
import { flowStrings, VEIN_LABELS } from '../strings';

export interface CloseUpText {
  which: string;
  state: string;
  shut: boolean;
}

/** Below this open fraction a valve reads as shut (it passes under 1 % of its resting flow). */
const SHUT_BELOW = 0.01;

export function closeUpText(sim: FlowSim | null): CloseUpText {
  const k = sim?.featured ?? -1;
  const valve = sim?.geometry.valves[k];
  if (!sim || !valve) return { which: flowStrings.closeUp.waiting, state: '', shut: false };
  const sameVein = sim.geometry.valves.filter((v) => v.veinId === valve.veinId);
  const n = sameVein.indexOf(valve) + 1;
  const vein = VEIN_LABELS[valve.veinId] ?? valve.veinId;
  const open = sim.state.valveOpenFraction[k] ?? 0;
  const shut = open < SHUT_BELOW;
  return {
    which: flowStrings.closeUp.which(vein, n, sameVein.length),
    state: shut ? flowStrings.closeUp.shut : flowStrings.closeUp.open(Math.round(open * 100)),
    shut,
  };
}
