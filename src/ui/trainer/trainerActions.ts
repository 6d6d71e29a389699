/**
 * What the trainer's buttons and keys do, in one place so a button and its shortcut always do
 * the same thing. Plain functions over the stores; no React.
 */
import { playbackClock } from '../../state/clock';
import { usePlaybackStore } from '../../state/playbackStore';
import { showSetup, useSetupStore } from '../../state/setupStore';
import { stepSpeed } from '../../state/speedSteps';
import { useViewStore } from '../../state/viewStore';
import { firstSpanOf } from './currentPhase';

/** Jump to the start of a phase (on the leg being shown), leaving the setup step. */
export function goToPhase(phaseIndex: number): void {
  useSetupStore.getState().setShowingSetup(false);
  const playback = usePlaybackStore.getState();
  const { timeline, spanIndex } = playback;
  if (!timeline) return;
  const leg = timeline.spans[spanIndex]?.leg;
  const index = firstSpanOf(timeline.spans, phaseIndex, leg);
  const span = timeline.spans[index >= 0 ? index : firstSpanOf(timeline.spans, phaseIndex)];
  if (span) playback.seek(span.start);
}

/**
 * Next or previous phase. From the setup step, "next" is phase 1; at the start of phase 1,
 * "previous" goes back to the setup step.
 */
export function stepPhase(direction: 1 | -1): void {
  const { showingSetup } = useSetupStore.getState();
  const playback = usePlaybackStore.getState();
  if (showingSetup) {
    if (direction === 1) goToPhase(0);
    return;
  }
  const span = playback.timeline?.spans[playback.spanIndex];
  const atLessonStart = playback.spanIndex === 0 && span !== undefined;
  if (direction === -1 && atLessonStart && playbackClock.t - span.start < 1) {
    showSetup();
    return;
  }
  playback.stepSpan(direction);
}

export function togglePlayback(): void {
  usePlaybackStore.getState().togglePlay();
}

export function seekBy(seconds: number): void {
  usePlaybackStore.getState().seek(playbackClock.t + seconds);
}

export function changeSpeed(direction: 1 | -1): void {
  const playback = usePlaybackStore.getState();
  playback.setSpeed(stepSpeed(playback.speed, direction));
}

export function toggleLeg(): void {
  const view = useViewStore.getState();
  view.setLeg(view.leg === 'right' ? 'left' : 'right');
}

export function toggleZones(): void {
  useViewStore.getState().toggleLayer('zones');
}
