/**
 * What practice mode needs from a loaded leg (all of it built once per model, see
 * state/loadedLeg.ts): the surface chart (screen hits → chart coordinates, chart → skin points),
 * the analysis's view of the skin, and the vein network the valve replay runs on.
 */
import type { LegChart } from '../../anatomy/chart';
import type { LegModel } from '../../anatomy/legModel';
import type { VeinNetwork } from '../../physiology';
import type { TraceChart } from '../../practice/legTraceContext';
import { skinSurfaceOf, type SkinSurface } from '../../scene/surface';
import { loadedLegOf } from '../../state/loadedLeg';

export interface PracticeLeg {
  chart: LegChart;
  surface: SkinSurface;
  skin: TraceChart;
  network: () => VeinNetwork;
}

export function practiceLegOf(model: LegModel): PracticeLeg {
  const { chart, skin, network } = loadedLegOf(model);
  return { chart, surface: skinSurfaceOf(chart), skin, network };
}
