/**
 * Whether a panel covers the whole 3D view (the camera check does): the view draws nothing then,
 * and draws the current scene when uncovered (see scene/PauseWhileCovered.tsx).
 */
import { create } from 'zustand';

interface StageCoverState {
  covered: boolean;
  setCovered: (covered: boolean) => void;
}

export const useStageCoverStore = create<StageCoverState>()((set) => ({
  covered: false,
  setCovered: (covered) => set({ covered }),
}));
