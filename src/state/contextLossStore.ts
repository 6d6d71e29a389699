/** Whether the 3D view's WebGL context is lost right now (set by ContextLossGuard). */
import { create } from 'zustand';

interface ContextLossState {
  lost: boolean;
  setLost: (lost: boolean) => void;
}

export const useContextLossStore = create<ContextLossState>()((set) => ({
  lost: false,
  setLost: (lost) => set({ lost }),
}));
