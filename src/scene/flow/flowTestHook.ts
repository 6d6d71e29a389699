/**
 * `window.proximalFlow`: a read-mostly handle on the valve layer for browser tests (test
 * builds only, `import.meta.env.TEST_HOOKS`). Reads the running
 * simulation; the only actions are the wrong-way switch and resetting the checks.
 */
import { useFlowStore } from '../../state/flowStore';
import { currentFlow } from './currentFlow';

export interface ValveReading {
  index: number;
  name: string;
  vein: string;
  deep: boolean;
  s: number;
  theta: number;
  /** 0 shut … 0.5 rest … 1 wide open. */
  open: number;
  flowMlPerS: number;
}

export interface FlowTestHandle {
  /** The flow layer has a running simulation (veins or valves were shown). */
  running(): boolean;
  valves(): ValveReading[];
  /** The valve ahead of the hands this frame (−1: none), and the one in the close-up. */
  focus(): number;
  featured(): number;
  /** Lowest valve flow since the last reset, mL/s: never below 0 with competent valves. */
  minValveFlowMlPerS(): number;
  /** Blood that has gone back through any valve, mL. */
  refluxMl(): number;
  frames(): number;
  dots(): number;
  resetChecks(): void;
  setWrongWay(on: boolean): void;
}

declare global {
  interface Window {
    proximalFlow?: FlowTestHandle;
  }
}

const handle: FlowTestHandle = {
  running: () => currentFlow() !== null,
  valves: () => {
    const sim = currentFlow();
    if (!sim) return [];
    return sim.geometry.valves.map((v, index) => ({
      index,
      name: v.name,
      vein: v.veinId,
      deep: v.deep,
      s: v.s,
      theta: v.theta,
      open: sim.state.valveOpenFraction[index] ?? NaN,
      flowMlPerS: sim.state.valveFlowMlPerS[index] ?? NaN,
    }));
  },
  focus: () => currentFlow()?.focus ?? -1,
  featured: () => currentFlow()?.featured ?? -1,
  minValveFlowMlPerS: () => currentFlow()?.minValveFlowMlPerS ?? NaN,
  refluxMl: () => {
    let sum = 0;
    for (const ml of currentFlow()?.state.valveRefluxMl ?? []) sum += ml;
    return sum;
  },
  frames: () => currentFlow()?.frames ?? 0,
  dots: () => currentFlow()?.particles.count ?? 0,
  resetChecks: () => {
    const sim = currentFlow();
    if (sim) sim.minValveFlowMlPerS = 0;
  },
  setWrongWay: (on) => useFlowStore.getState().setWrongWay(on),
};

export function exposeFlowTestHook(): void {
  window.proximalFlow = handle;
}
