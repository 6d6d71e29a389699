/**
 * The valve lesson's discrete state: whether the "wrong way" demonstration is on. When it is,
 * the hands, the lanes and the flow model all play the current stroke backwards, away from the
 * heart (see `src/protocol/wrongWay.ts`). Per-frame flow values never live here.
 */
import { create } from 'zustand';

export interface FlowStoreState {
  wrongWay: boolean;
  setWrongWay: (on: boolean) => void;
}

export const useFlowStore = create<FlowStoreState>()((set) => ({
  wrongWay: false,
  setWrongWay: (wrongWay) => set({ wrongWay }),
}));
