/**
 * A new trace, drawn or imported: analysed against the protocol, graded against the drill in
 * hand, shown, and replayed through the valves in the background. Drawing or importing another
 * trace (or clearing) drops a replay still under way.
 */
import { analyzeTrace, type TraceAnalysis, type TraceContext } from '../../practice/analyzeTrace';
import { gradeDrill, type Drill } from '../../practice/drills';
import type { Trace } from '../../practice/traceFile';
import { usePracticeStore, type CheckedTrace, type TraceSource } from '../../state/practiceStore';
import type { PracticeLeg } from './practiceLeg';
import { runInSlices } from './replayRunner';
import { startReplay } from '../../practice/replayTrace';
import type { AnalysisSetup } from './traceWorkerMessages';

function checkTrace(
  trace: Trace,
  source: TraceSource,
  context: TraceContext,
  drill: Drill | null,
  analysis: TraceAnalysis = analyzeTrace(trace, context),
): CheckedTrace {
  return { trace, source, analysis, grade: drill ? gradeDrill(drill, analysis) : null };
}

let cancelReplay: (() => void) | null = null;

export function stopReplay(): void {
  cancelReplay?.();
  cancelReplay = null;
}

export interface SessionSetup {
  context: TraceContext;
  drills: readonly Drill[];
  network: PracticeLeg['network'];
  /** The same leg and protocol as plain data, for checks in the worker. */
  analysis: AnalysisSetup;
}

/**
 * Checks and shows a trace, then replays it through the valves. `analysis` when the trace was
 * already analysed (off the page's thread, for an imported file).
 */
export function submitTrace(
  trace: Trace,
  source: TraceSource,
  setup: SessionSetup,
  analysis?: TraceAnalysis,
): void {
  const store = usePracticeStore.getState();
  const drill = setup.drills.find((d) => d.id === store.drillId) ?? null;
  stopReplay();
  const number = store.showTrace(checkTrace(trace, source, setup.context, drill, analysis));
  const setReplay = usePracticeStore.getState().setReplay;
  setReplay(number, { kind: 'running', progress: 0 });
  const run = startReplay(setup.network(), trace);
  let shown = 0;
  cancelReplay = runInSlices(run, {
    onProgress: (progress) => {
      // A tenth at a time is enough for a progress readout, and spares the panel renders.
      if (progress - shown < 0.1) return;
      shown = progress;
      setReplay(number, { kind: 'running', progress });
    },
    onDone: (replay) => {
      cancelReplay = null;
      setReplay(number, { kind: 'done', replay });
    },
  });
}

export function clearTrace(): void {
  stopReplay();
  usePracticeStore.getState().clearTrace();
}
