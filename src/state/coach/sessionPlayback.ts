/**
 * The guided session drives the same playback the Watch mode uses: a real-session timeline of
 * both legs at the chosen length, its clock set from the coach's wall clock, so the 3D leg shows
 * the current stroke on the current leg. Leaving the coach gives Watch back its own timing.
 */
import { plannedSpans } from '../../coach/sessionPlan';
import { spanIndexAt } from '../../protocol/sample';
import type { Protocol } from '../../protocol/schema';
import { setClockTime } from '../clock';
import { usePlaybackStore, type TimingMode } from '../playbackStore';
import { useSetupStore } from '../setupStore';
import { coachClock } from './coachClock';
import { SESSION_LEGS, useCoachStore } from './coachStore';

let saved: { timing: TimingMode; sessionMinutes: number } | null = null;

/** The playback shows the session's timeline (paused: the coach's clock moves it). */
export function showSessionOnLeg(minutes: number): void {
  const playback = usePlaybackStore.getState();
  saved ??= { timing: playback.timing, sessionMinutes: playback.sessionMinutes };
  playback.pause();
  playback.setTiming('session');
  playback.setSessionMinutes(minutes);
  // The setup was ticked off before the start: the leg shows the strokes, not the wedge.
  useSetupStore.getState().setShowingSetup(false);
}

export function startGuidedSession(protocol: Protocol, minutes: number): void {
  showSessionOnLeg(minutes);
  usePlaybackStore.getState().seek(0);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  useCoachStore.getState().start(plannedSpans(protocol, minutes, SESSION_LEGS), minutes, timeZone);
}

/** One step of the session's time: the coach, the playback clock and the end. */
export function tickGuidedSession(): void {
  const { session, tick, end } = useCoachStore.getState();
  if (!session || session.status !== 'running') return;
  const t = Math.min(session.duration, coachClock.elapsedSeconds());
  setClockTime(t);
  usePlaybackStore.getState().syncSpan(t);
  tick(t, spanIndexAt(session.spans, t));
  if (t >= session.duration) end();
}

/** Watch gets back the timing it had before the session. */
export function leaveGuidedSession(): void {
  if (!saved) return;
  const playback = usePlaybackStore.getState();
  playback.setTiming(saved.timing);
  playback.setSessionMinutes(saved.sessionMinutes);
  saved = null;
}
