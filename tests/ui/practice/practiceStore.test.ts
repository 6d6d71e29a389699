/** The practice store: attempts count only drawn strokes graded against a drill; late replays drop. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TraceAnalysis } from '../../../src/practice/analyzeTrace';
import type { DrillGrade } from '../../../src/practice/drills';
import { usePracticeStore, type CheckedTrace } from '../../../src/state/practiceStore';
import type { TraceReplay } from '../../../src/practice/replayTrace';

const pass: DrillGrade = { grade: 'pass', reasons: [] };
const checked = (source: CheckedTrace['source'], grade: DrillGrade | null): CheckedTrace => ({
  trace: { leg: 'right', samples: [{ s: 0.3, theta: 90, t: 0, pressure: 'light' }] },
  source,
  // The store keeps the analysis as it is; its contents do not matter here.
  analysis: {} as TraceAnalysis,
  grade,
});
const replay: TraceReplay = {
  valvesPassed: 3,
  valvesShut: 2,
  passedMl: 4,
  seconds: 5,
  outcome: 'moved',
};

beforeEach(() => {
  usePracticeStore.setState(usePracticeStore.getInitialState(), true);
});

describe('the practice store', () => {
  it('records a drawn, graded stroke as an attempt at the chosen drill', () => {
    const store = usePracticeStore.getState();
    store.chooseDrill('warm-up/medial');
    store.showTrace(checked('drawn', pass));
    expect(usePracticeStore.getState().results).toEqual([{ drillId: 'warm-up/medial', ...pass }]);
  });

  it('does not count imported traces, or strokes drawn without a drill', () => {
    const store = usePracticeStore.getState();
    store.showTrace(checked('drawn', null));
    store.chooseDrill('warm-up/medial');
    store.showTrace(checked('imported', pass));
    expect(usePracticeStore.getState().results).toEqual([]);
    expect(usePracticeStore.getState().current?.source).toBe('imported');
  });

  it('drops a replay that finishes after a newer trace was shown', () => {
    const store = usePracticeStore.getState();
    const first = store.showTrace(checked('drawn', null));
    const second = usePracticeStore.getState().showTrace(checked('drawn', null));
    store.setReplay(first, { kind: 'done', replay });
    expect(usePracticeStore.getState().replay).toEqual({ kind: 'none' });
    store.setReplay(second, { kind: 'done', replay });
    expect(usePracticeStore.getState().replay).toEqual({ kind: 'done', replay });
  });

  it('clearing forgets the trace and any replay still coming', () => {
    const store = usePracticeStore.getState();
    const number = store.showTrace(checked('drawn', null));
    store.clearTrace();
    store.setReplay(number, { kind: 'done', replay });
    expect(usePracticeStore.getState()).toMatchObject({ current: null, replay: { kind: 'none' } });
  });

  it('a new drawing clears an old file message; an import keeps its own', () => {
    const store = usePracticeStore.getState();
    store.setFileMessage({ kind: 'error', fileName: 'x.json', errors: [] });
    store.showTrace(checked('imported', null));
    expect(usePracticeStore.getState().fileMessage).not.toBeNull();
    store.showTrace(checked('drawn', null));
    expect(usePracticeStore.getState().fileMessage).toBeNull();
  });
});
