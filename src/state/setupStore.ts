/**
 * Whether the lesson is at its setup step (before phase 1): the panel shows the setup checklist
 * and the scene shows the leg raised on a support. Setup belongs to the very start: as soon as
 * the playhead leaves t = 0 (playing, seeking, jumping to a phase) it hides.
 */
import { create } from 'zustand';
import { onClockTime, playbackClock } from './clock';
import { usePlaybackStore } from './playbackStore';

interface SetupState {
  showingSetup: boolean;
  /** Setup steps the learner has ticked, by id. Only for this visit; not saved. */
  ticked: Readonly<Record<string, boolean>>;
  setShowingSetup: (showing: boolean) => void;
  toggleTicked: (stepId: string) => void;
}

export const useSetupStore = create<SetupState>()((set) => ({
  showingSetup: true,
  ticked: {},
  setShowingSetup: (showingSetup) => set({ showingSetup }),
  toggleTicked: (stepId) => set((s) => ({ ticked: { ...s.ticked, [stepId]: !s.ticked[stepId] } })),
}));

/** Back to the setup step: playback paused at the start. */
export function showSetup(): void {
  const playback = usePlaybackStore.getState();
  playback.pause();
  playback.seek(0);
  useSetupStore.getState().setShowingSetup(true);
}

/**
 * Hides the setup step when playback starts or the playhead moves off the start. Returns the
 * unsubscribe function (for an effect's cleanup).
 */
export function hideSetupWhenLessonMoves(): () => void {
  const hide = () => {
    if (useSetupStore.getState().showingSetup) useSetupStore.getState().setShowingSetup(false);
  };
  const offClock = onClockTime((t) => {
    if (t > 0) hide();
  });
  const offPlay = usePlaybackStore.subscribe((s, previous) => {
    if (s.playing && !previous.playing) hide();
  });
  if (playbackClock.t > 0) hide();
  return () => {
    offClock();
    offPlay();
  };
}
