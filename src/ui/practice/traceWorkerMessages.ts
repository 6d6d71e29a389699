/** What the page and the trace-analysis worker (traceAnalysis.worker.ts) say to each other. */
import type { UserMark } from '../../anatomy/markFootprint';
import type { TraceAnalysis } from '../../practice/analyzeTrace';
import type { TraceChart } from '../../practice/legTraceContext';
import type { Trace, TraceError } from '../../practice/traceFile';
import type { Protocol } from '../../protocol/schema';

/** The leg and protocol a trace is judged on: plain data, copied to the worker once. */
export interface AnalysisSetup {
  protocol: Protocol;
  leg: TraceChart;
  marks: readonly UserMark[];
}

export type ToWorker =
  | { kind: 'setup'; setupId: number; setup: AnalysisSetup }
  | { kind: 'analyse'; jobId: number; setupId: number; text: string; maxBytes: number };

/** How far a job has come: reading the file, then checking the stroke. */
export type AnalysisStage = 'reading' | 'checking';

export type FromWorker =
  | { kind: 'progress'; jobId: number; stage: AnalysisStage; samples: number | null }
  | { kind: 'done'; jobId: number; trace: Trace; analysis: TraceAnalysis }
  | { kind: 'refused'; jobId: number; errors: TraceError[] }
  | { kind: 'failed'; jobId: number; message: string };
