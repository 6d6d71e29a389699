/**
 * Runs a valve replay in slices between frames, so drawing and the panel stay responsive while
 * the flow model works (about a tenth of a second of computing per second of stroke).
 */
import type { ReplayRun, TraceReplay } from '../../practice/replayTrace';

/** Computing time per slice, ms: well inside a frame. */
const SLICE_BUDGET_MS = 12;
/** Frames stepped between two looks at the clock. */
const FRAMES_PER_CHECK = 4;

export interface ReplayCallbacks {
  onProgress: (progress: number) => void;
  onDone: (replay: TraceReplay) => void;
}

/** Starts the slices; returns the function that cancels the rest. */
export function runInSlices(run: ReplayRun, callbacks: ReplayCallbacks): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const slice = () => {
    const until = performance.now() + SLICE_BUDGET_MS;
    let done = false;
    while (!done && performance.now() < until) done = run.advance(FRAMES_PER_CHECK);
    if (done) {
      timer = null;
      callbacks.onDone(run.result());
      return;
    }
    callbacks.onProgress(run.progress());
    timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}
