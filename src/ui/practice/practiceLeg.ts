/**
 * What practice mode needs from a loaded leg, built once per model: the surface chart (screen
 * hits → chart coordinates, chart → skin points), the analysis's view of the skin, and the vein
 * network the valve replay runs on (built on first use: it takes a moment).
 */
import { LegChart } from '../../anatomy/chart';
import type { LegModel } from '../../anatomy/legModel';
import { networkFromLegModel, type VeinNetwork } from '../../physiology';
import { traceChartOf, type TraceChart } from '../../practice/legTraceContext';
import { skinSurfaceOf, type SkinSurface } from '../../scene/surface';

export interface PracticeLeg {
  chart: LegChart;
  surface: SkinSurface;
  skin: TraceChart;
  network: () => VeinNetwork;
}

const legs = new WeakMap<LegModel, PracticeLeg>();

export function practiceLegOf(model: LegModel): PracticeLeg {
  const known = legs.get(model);
  if (known) return known;
  const chart = LegChart.fromModel(model);
  let network: VeinNetwork | null = null;
  const leg: PracticeLeg = {
    chart,
    surface: skinSurfaceOf(chart),
    skin: traceChartOf(model),
    network: () => (network ??= networkFromLegModel(model)),
  };
  legs.set(model, leg);
  return leg;
}
