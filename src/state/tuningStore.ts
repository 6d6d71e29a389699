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
  /** Why the chart overlay's code could not be loaded, and how to load it again. */
  chartOverlayFailure: { message: string; retry: () => void } | null;
  setHandScale: (scale: number) => void;
  setChartOverlay: (on: boolean) => void;
  setChartOverlayFailure: (failure: TuningState['chartOverlayFailure']) => void;
}

export const useTuningStore = create<TuningState>()((set) => ({
  handScale: 1,
  chartOverlay: false,
  chartOverlayFailure: null,
  setHandScale: (scale) =>
    set({
      handScale: Math.min(HAND_SCALE_RANGE.max, Math.max(HAND_SCALE_RANGE.min, scale)),
    }),
  setChartOverlay: (chartOverlay) => set({ chartOverlay }),
  setChartOverlayFailure: (chartOverlayFailure) => set({ chartOverlayFailure }),
}));
