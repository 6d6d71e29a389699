/**
 * Opening a trace file: a good one replaces the current stroke (and shows the leg it was drawn
 * on); a bad one leaves the stroke as it was and says what is wrong, path by path. The file is
 * read and checked off the page's thread (traceAnalysisClient.ts), with progress meanwhile; a
 * file opened while another is still being checked wins.
 */
import { DEFAULT_MAX_TRACE_BYTES } from '../../practice/traceFile';
import { usePracticeStore } from '../../state/practiceStore';
import { useViewStore } from '../../state/viewStore';
import { submitTrace, type SessionSetup } from './practiceSession';
import { checkTraceText } from './traceAnalysisClient';
import { readTraceText, type TextSource } from './traceFileIo';

let latest = 0;

export async function importTraceFile(
  file: TextSource & { name: string },
  setup: SessionSetup,
  maxBytes: number = DEFAULT_MAX_TRACE_BYTES,
): Promise<boolean> {
  const ticket = ++latest;
  const store = usePracticeStore.getState();
  const fileName = file.name;
  store.setFileMessage({ kind: 'checking', fileName, stage: 'reading', samples: null });
  const read = await readTraceText(file, maxBytes);
  const result = read.ok
    ? await checkTraceText(read.text, setup.analysis, maxBytes, (stage, samples) => {
        if (ticket === latest) store.setFileMessage({ kind: 'checking', fileName, stage, samples });
      })
    : read;
  if (ticket !== latest) return false;
  if (!result.ok) {
    store.setFileMessage({ kind: 'error', fileName, errors: result.errors });
    return false;
  }
  useViewStore.getState().setLeg(result.trace.leg);
  submitTrace(result.trace, 'imported', setup, result.analysis);
  usePracticeStore.getState().setFileMessage({ kind: 'imported', fileName });
  return true;
}
