/**
 * Reads and checks a trace file off the page's thread: a full-size trace (20,000 samples) takes
 * seconds to parse and analyse, which on the page's thread froze drawing, scrolling and typing.
 * The worker builds the analysis context from plain data (the leg's chart, the protocol) once
 * per setup, and says how far each job has come.
 */
import { regionsAt } from '../../anatomy/regions';
import { analyzeTrace, type TraceContext } from '../../practice/analyzeTrace';
import { legTraceContext } from '../../practice/legTraceContext';
import { parseTraceText } from '../../practice/traceFile';
import type { FromWorker, ToWorker } from './traceWorkerMessages';

const contexts = new Map<number, TraceContext>();
const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'setup') {
    const { protocol, leg, marks } = message.setup;
    contexts.clear(); // only the newest setup is asked for
    contexts.set(message.setupId, legTraceContext(protocol, leg, regionsAt, marks));
    return;
  }
  const { jobId } = message;
  try {
    const context = contexts.get(message.setupId);
    if (context === undefined) throw new Error('the leg for this check is not set up');
    post({ kind: 'progress', jobId, stage: 'reading', samples: null });
    const parsed = parseTraceText(message.text, message.maxBytes);
    if (!parsed.ok) {
      post({ kind: 'refused', jobId, errors: parsed.errors });
      return;
    }
    post({ kind: 'progress', jobId, stage: 'checking', samples: parsed.trace.samples.length });
    post({
      kind: 'done',
      jobId,
      trace: parsed.trace,
      analysis: analyzeTrace(parsed.trace, context),
    });
  } catch (error) {
    post({
      kind: 'failed',
      jobId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
