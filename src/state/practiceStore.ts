/**
 * Practice mode: the stroke the learner drew or imported, what Proximal made of it, the pressure
 * they draw with, the drill they are on and how the session went. Discrete state only: the
 * stroke being drawn lives in the scene until the pointer lifts.
 */
import { create } from 'zustand';
import type { PressureLevel } from '../anatomy/names';
import type { TraceAnalysis } from '../practice/analyzeTrace';
import type { DrillGrade } from '../practice/drills';
import type { DrillResult } from '../practice/sessionSummary';
import type { Trace, TraceError } from '../practice/traceFile';
import type { TraceReplay } from '../practice/replayTrace';

/** What the valves did with the current trace, once the flow model has replayed it. */
export type ReplayStatus =
  { kind: 'none' } | { kind: 'running'; progress: number } | { kind: 'done'; replay: TraceReplay };

/** Where the current trace came from. */
export type TraceSource = 'drawn' | 'imported' | 'camera';

/** The last thing done with a trace file, for the file section's message. */
export type FileMessage =
  | { kind: 'exported'; fileName: string }
  | { kind: 'imported'; fileName: string }
  /** Being read and checked (off the page's thread); `samples` once known. */
  | {
      kind: 'checking';
      fileName: string;
      stage: 'reading' | 'checking';
      samples: number | null;
    }
  | { kind: 'error'; fileName: string; errors: TraceError[] };

export interface CheckedTrace {
  trace: Trace;
  source: TraceSource;
  analysis: TraceAnalysis;
  /** The grade against the drill chosen when it was checked; null without a drill. */
  grade: DrillGrade | null;
}

export interface PracticeState {
  pressure: PressureLevel;
  /** Read a pen's pressure instead of `pressure` (pens that report it). */
  usePenPressure: boolean;
  /** A stroke is being drawn right now. */
  drawing: boolean;
  current: CheckedTrace | null;
  /** Bumped with every new trace, so late replays of an older one are dropped. */
  traceNumber: number;
  replay: ReplayStatus;
  drillId: string | null;
  /** Graded attempts of this session, oldest first (drawn traces only). */
  results: DrillResult[];
  fileMessage: FileMessage | null;
  setPressure: (pressure: PressureLevel) => void;
  setUsePenPressure: (on: boolean) => void;
  setDrawing: (drawing: boolean) => void;
  /** Shows a checked trace (and records its grade as an attempt when it was drawn). */
  showTrace: (checked: CheckedTrace) => number;
  setReplay: (traceNumber: number, replay: ReplayStatus) => void;
  clearTrace: () => void;
  chooseDrill: (drillId: string | null) => void;
  clearResults: () => void;
  setFileMessage: (message: FileMessage | null) => void;
}

export const usePracticeStore = create<PracticeState>()((set, get) => ({
  pressure: 'light',
  usePenPressure: true,
  drawing: false,
  current: null,
  traceNumber: 0,
  replay: { kind: 'none' },
  drillId: null,
  results: [],
  fileMessage: null,
  setPressure: (pressure) => set({ pressure }),
  setUsePenPressure: (usePenPressure) => set({ usePenPressure }),
  setDrawing: (drawing) => set({ drawing }),
  showTrace: (checked) => {
    const { drillId, results, traceNumber } = get();
    const attempt =
      checked.grade && drillId && checked.source === 'drawn' ? [{ drillId, ...checked.grade }] : [];
    set({
      current: checked,
      traceNumber: traceNumber + 1,
      replay: { kind: 'none' },
      results: [...results, ...attempt],
      // A new drawing makes an old file message stale.
      ...(checked.source === 'drawn' ? { fileMessage: null } : {}),
    });
    return traceNumber + 1;
  },
  setReplay: (traceNumber, replay) => {
    if (traceNumber === get().traceNumber) set({ replay });
  },
  clearTrace: () =>
    set((s) => ({ current: null, traceNumber: s.traceNumber + 1, replay: { kind: 'none' } })),
  chooseDrill: (drillId) => set({ drillId }),
  clearResults: () => set({ results: [] }),
  setFileMessage: (fileMessage) => set({ fileMessage }),
}));
