/**
 * The session coach's discrete state: the step a person is on (safety check, preparation, the
 * session, the log, the week), their answers and choices, and the session under way. Time
 * itself lives in `coachClock`; the store learns the phase under way and the whole second, so
 * React re-renders once a second, not once a frame.
 */
import { create } from 'zustand';
import type { LegSide } from '../../anatomy/names';
import type { Answer, Answers } from '../../coach/safetyCheck';
import type { StopReason, Who } from '../../coach/logEntry';
import type { PhaseSpan } from '../../protocol/timeline';
import { coachClock } from './coachClock';

export const COACH_STEPS = ['check', 'prepare', 'session', 'log', 'week'] as const;
export type CoachStep = (typeof COACH_STEPS)[number];

export const SESSION_LEGS: readonly LegSide[] = ['right', 'left'];

export interface CoachSession {
  spans: PhaseSpan[];
  duration: number;
  plannedMinutes: number;
  /** ISO instant of the start, and the time zone then. */
  startedAt: string;
  timeZone: string;
  status: 'running' | 'paused' | 'ended';
  /** Seconds into the session, updated once a second (and at every phase change). */
  second: number;
  spanIndex: number;
  /** Seconds in at the end (the session's length when it ran out). */
  endedAt: number | null;
  completed: boolean;
  stopReason?: StopReason;
}

export interface CoachState {
  step: CoachStep;
  answers: Answers;
  clearedByProfessional: boolean;
  who: Who;
  minutes: number | null;
  speak: boolean;
  setupDone: Readonly<Record<string, boolean>>;
  session: CoachSession | null;
  answer: (id: string, answer: Answer) => void;
  setCleared: (cleared: boolean) => void;
  setWho: (who: Who) => void;
  setMinutes: (minutes: number) => void;
  setSpeak: (speak: boolean) => void;
  toggleSetup: (id: string) => void;
  goTo: (step: CoachStep) => void;
  /** A new check for a new session: answers are never carried over from the last one. */
  newSession: () => void;
  start: (spans: PhaseSpan[], plannedMinutes: number, timeZone: string) => void;
  pause: () => void;
  resume: () => void;
  /** Ends early (with a reason) or on time; goes on to the log. */
  end: (stopReason?: StopReason) => void;
  /** Called by the driver with the session's time. */
  tick: (t: number, spanIndex: number) => void;
}

export const useCoachStore = create<CoachState>()((set, get) => ({
  step: 'check',
  answers: {},
  clearedByProfessional: false,
  who: 'self',
  minutes: null,
  speak: false,
  setupDone: {},
  session: null,
  answer: (id, answer) => set((s) => ({ answers: { ...s.answers, [id]: answer } })),
  setCleared: (clearedByProfessional) => set({ clearedByProfessional }),
  setWho: (who) => set({ who }),
  setMinutes: (minutes) => set({ minutes }),
  setSpeak: (speak) => set({ speak }),
  toggleSetup: (id) => set((s) => ({ setupDone: { ...s.setupDone, [id]: !s.setupDone[id] } })),
  goTo: (step) => set({ step }),
  newSession: () => {
    coachClock.stop();
    set({ step: 'check', answers: {}, clearedByProfessional: false, setupDone: {}, session: null });
  },
  start: (spans, plannedMinutes, timeZone) => {
    const duration = spans[spans.length - 1]?.end ?? 0;
    coachClock.start();
    set({
      step: 'session',
      session: {
        spans,
        duration,
        plannedMinutes,
        startedAt: new Date().toISOString(),
        timeZone,
        status: 'running',
        second: 0,
        spanIndex: 0,
        endedAt: null,
        completed: false,
      },
    });
  },
  pause: () => {
    const { session } = get();
    if (session?.status !== 'running') return;
    coachClock.pause();
    set({ session: { ...session, status: 'paused' } });
  },
  resume: () => {
    const { session } = get();
    if (session?.status !== 'paused') return;
    coachClock.resume();
    set({ session: { ...session, status: 'running' } });
  },
  end: (stopReason) => {
    const { session } = get();
    if (!session || session.status === 'ended') return;
    coachClock.stop();
    const t = Math.min(session.duration, coachClock.elapsedSeconds());
    const completed = stopReason === undefined && t >= session.duration - 1e-6;
    set({
      step: 'log',
      session: {
        ...session,
        status: 'ended',
        endedAt: t,
        second: Math.floor(t),
        completed,
        ...(stopReason ? { stopReason } : {}),
      },
    });
  },
  tick: (t, spanIndex) => {
    const { session } = get();
    if (!session || session.status === 'ended') return;
    const second = Math.floor(t);
    if (second !== session.second || spanIndex !== session.spanIndex)
      set({ session: { ...session, second, spanIndex } });
  },
}));
