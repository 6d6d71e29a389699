/**
 * Requests for the hand-posture close-up: the camera frames the hands of the current stroke from
 * the angle where its technique reads best. A counter, so asking again re-frames (the hands move).
 */
import { create } from 'zustand';

interface HandCloseUpState {
  request: number;
  requestCloseUp: () => void;
}

export const useHandCloseUpStore = create<HandCloseUpState>()((set) => ({
  request: 0,
  requestCloseUp: () => set((s) => ({ request: s.request + 1 })),
}));
