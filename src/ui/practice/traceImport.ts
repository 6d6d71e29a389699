/**
 * Opening a trace file: a good one replaces the current stroke (and shows the leg it was drawn
 * on); a bad one leaves the stroke as it was and says what is wrong, path by path.
 */
import { usePracticeStore } from '../../state/practiceStore';
import { useViewStore } from '../../state/viewStore';
import { submitTrace, type SessionSetup } from './practiceSession';
import { readTraceFile, type TextSource } from './traceFileIo';

export async function importTraceFile(
  file: TextSource & { name: string },
  setup: SessionSetup,
): Promise<boolean> {
  const result = await readTraceFile(file);
  const store = usePracticeStore.getState();
  if (!result.ok) {
    store.setFileMessage({ kind: 'error', fileName: file.name, errors: result.errors });
    return false;
  }
  useViewStore.getState().setLeg(result.trace.leg);
  submitTrace(result.trace, 'imported', setup);
  store.setFileMessage({ kind: 'imported', fileName: file.name });
  return true;
}
