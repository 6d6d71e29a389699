/**
 * Playback: the timeline being played and the discrete transport state (playing, speed,
 * loop, timing). The time itself lives in `playbackClock`; the store only learns which phase
 * span is current, when that changes, so React re-renders once per phase, not per frame.
 */
import { create } from 'zustand';
import type { Timeline } from '../protocol/timeline';
import { spanIndexAt } from '../protocol/sample';
import { playbackClock, setClockTime } from './clock';

export const SPEEDS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4] as const;
export type TimingMode = 'demo' | 'session';

export interface PlaybackState {
  timeline: Timeline | null;
  playing: boolean;
  speed: number;
  loopPhase: boolean;
  timing: TimingMode;
  sessionMinutes: number;
  /** Index into `timeline.spans` of the span under the playhead. */
  spanIndex: number;
  setTimeline: (timeline: Timeline) => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (speed: number) => void;
  setLoopPhase: (loop: boolean) => void;
  setTiming: (timing: TimingMode) => void;
  setSessionMinutes: (minutes: number) => void;
  seek: (t: number) => void;
  /** Jump to the start of the next (+1) or previous (−1) phase span. */
  stepSpan: (direction: 1 | -1) => void;
  /** Called by the render loop when the playhead crosses into another span. */
  syncSpan: (t: number) => void;
}

export const usePlaybackStore = create<PlaybackState>()((set, get) => ({
  timeline: null,
  playing: false,
  speed: 1,
  loopPhase: false,
  timing: 'demo',
  sessionMinutes: 20,
  spanIndex: 0,
  setTimeline: (timeline) => {
    const t = Math.min(playbackClock.t, timeline.duration);
    setClockTime(t);
    set({ timeline, spanIndex: spanIndexAt(timeline.spans, t) });
  },
  play: () => {
    const { timeline } = get();
    // Playing from the very end starts again from the beginning.
    if (timeline && playbackClock.t >= timeline.duration) get().seek(0);
    set({ playing: true });
  },
  pause: () => set({ playing: false }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  setSpeed: (speed) => set({ speed: Math.min(4, Math.max(0.25, speed)) }),
  setLoopPhase: (loopPhase) => set({ loopPhase }),
  setTiming: (timing) => set({ timing }),
  setSessionMinutes: (sessionMinutes) => set({ sessionMinutes }),
  seek: (t) => {
    const { timeline } = get();
    if (!timeline) return;
    const clamped = Math.min(timeline.duration, Math.max(0, Number.isFinite(t) ? t : 0));
    setClockTime(clamped);
    set({ spanIndex: spanIndexAt(timeline.spans, clamped) });
  },
  stepSpan: (direction) => {
    const { timeline, spanIndex } = get();
    if (!timeline) return;
    const span = timeline.spans[spanIndex];
    // "Previous" restarts the current phase unless the playhead is already near its start.
    const nearStart = span !== undefined && playbackClock.t - span.start < 1;
    const target = direction === 1 ? spanIndex + 1 : nearStart ? spanIndex - 1 : spanIndex;
    const next = timeline.spans[Math.min(timeline.spans.length - 1, Math.max(0, target))];
    if (next) get().seek(next.start);
  },
  syncSpan: (t) => {
    const { timeline, spanIndex } = get();
    if (!timeline) return;
    const index = spanIndexAt(timeline.spans, t);
    if (index !== spanIndex) set({ spanIndex: index });
  },
}));
