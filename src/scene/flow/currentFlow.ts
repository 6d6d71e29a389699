/**
 * The flow simulation the stage is running, for readers outside the canvas (the close-up's
 * caption, the test hook) that poll it a few times a second. Never read per frame by React.
 */
import type { FlowSim } from './flowSim';

let current: FlowSim | null = null;

export function currentFlow(): FlowSim | null {
  return current;
}

/** Sets the running simulation; returns the function that clears it again. */
export function setCurrentFlow(sim: FlowSim): () => void {
  current = sim;
  return () => {
    if (current === sim) current = null;
  };
}
