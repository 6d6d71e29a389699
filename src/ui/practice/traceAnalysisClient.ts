/**
 * Reads and checks trace text in a Web Worker (traceAnalysis.worker.ts), so a large trace never
 * freezes the page, with progress as it goes. Where a worker cannot run (no Worker, its code did
 * not load) the same check runs on the page's thread: slower to answer, never no answer.
 */
import { regionsAt } from '../../anatomy/regions';
import { analyzeTrace, type TraceAnalysis } from '../../practice/analyzeTrace';
import { legTraceContext } from '../../practice/legTraceContext';
import { parseTraceText, type Trace, type TraceError } from '../../practice/traceFile';
import type { AnalysisSetup, AnalysisStage, FromWorker, ToWorker } from './traceWorkerMessages';

export type TextCheck =
  { ok: true; trace: Trace; analysis: TraceAnalysis } | { ok: false; errors: TraceError[] };

export type OnProgress = (stage: AnalysisStage, samples: number | null) => void;

interface Job {
  resolve: (check: TextCheck) => void;
  reject: (error: Error) => void;
  onProgress: OnProgress;
}

let worker: Worker | null = null;
let workerBroken = false;
const setupIds = new WeakMap<AnalysisSetup, number>();
let lastSetupSent: AnalysisSetup | null = null;
let nextId = 1;
const jobs = new Map<number, Job>();

function failAll(message: string): void {
  workerBroken = true;
  worker?.terminate();
  worker = null;
  lastSetupSent = null;
  for (const job of jobs.values()) job.reject(new Error(message));
  jobs.clear();
}

function startWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./traceAnalysis.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    const job = jobs.get(message.jobId);
    if (!job) return;
    if (message.kind === 'progress') {
      job.onProgress(message.stage, message.samples);
      return;
    }
    jobs.delete(message.jobId);
    if (message.kind === 'done') {
      job.resolve({ ok: true, trace: message.trace, analysis: message.analysis });
    } else if (message.kind === 'refused') job.resolve({ ok: false, errors: message.errors });
    else job.reject(new Error(message.message));
  };
  // The worker's code did not load or it crashed: later checks run on the page's thread.
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(event.message || 'the trace checker could not be started');
  };
  return worker;
}

function inPage(text: string, setup: AnalysisSetup, maxBytes: number): TextCheck {
  const parsed = parseTraceText(text, maxBytes);
  if (!parsed.ok) return parsed;
  const context = legTraceContext(setup.protocol, setup.leg, regionsAt, setup.marks);
  return { ok: true, trace: parsed.trace, analysis: analyzeTrace(parsed.trace, context) };
}

function inWorker(
  target: Worker,
  text: string,
  setup: AnalysisSetup,
  maxBytes: number,
  onProgress: OnProgress,
): Promise<TextCheck> {
  let setupId = setupIds.get(setup);
  if (setupId === undefined) {
    setupId = nextId++;
    setupIds.set(setup, setupId);
  }
  if (lastSetupSent !== setup) {
    target.postMessage({ kind: 'setup', setupId, setup } satisfies ToWorker);
    lastSetupSent = setup;
  }
  const jobId = nextId++;
  return new Promise<TextCheck>((resolve, reject) => {
    jobs.set(jobId, { resolve, reject, onProgress });
    target.postMessage({ kind: 'analyse', jobId, setupId, text, maxBytes } satisfies ToWorker);
  });
}

/** Parses and analyses a trace file's text; resolves with the trace and its analysis or errors. */
export async function checkTraceText(
  text: string,
  setup: AnalysisSetup,
  maxBytes: number,
  onProgress: OnProgress = () => undefined,
): Promise<TextCheck> {
  const target = startWorker();
  if (target) {
    try {
      return await inWorker(target, text, setup, maxBytes, onProgress);
    } catch (error) {
      console.warn('Proximal: the trace was checked on the page instead of in a worker.', error);
    }
  }
  onProgress('checking', null);
  return inPage(text, setup, maxBytes);
}
