/**
 * Fine-tuning values set from the optional leva panel (`?tune` in the address): the size of the
 * demonstrating hands and a debugging overlay of the leg's surface chart. Defaults change nothing.
 */
import { create } from 'zustand';

export const HAND_SCALE_RANGE = { min: 0.5, max: 1.5 } as const;

interface TuningState {
  /** Multiplies the hands' size (1: as modelled). */
  handScale: number;
  /** Draws the chart's (s, θ) grid on the skin. */
  chartOverlay: boolean;
  setHandScale: (scale: number) => void;
  setChartOverlay: (on: boolean) => void;
}

export const useTuningStore = create<TuningState>()((set) => ({
  handScale: 1,
  chartOverlay: false,
  setHandScale: (scale) =>
    set({
      handScale: Math.min(HAND_SCALE_RANGE.max, Math.max(HAND_SCALE_RANGE.min, scale)),
    }),
  setChartOverlay: (chartOverlay) => set({ chartOverlay }),
}));
