/**
 * What the app derives from a loaded leg model, built once per model and kept with it (keyed
 * on the model, so it goes when the model goes): the surface chart (chart ↔ skin), the trace
 * analysis's view of the skin, and the vein network the flow model and the valve replay run on
 * (built on first use: it takes a moment).
 */
import { LegChart } from '../anatomy/chart';
import type { LegModel } from '../anatomy/legModel';
import { networkFromLegModel, type VeinNetwork } from '../physiology';
import { traceChartOf, type TraceChart } from '../practice/legTraceContext';

export interface LoadedLeg {
  chart: LegChart;
  skin: TraceChart;
  network: () => VeinNetwork;
}

const legs = new WeakMap<LegModel, LoadedLeg>();

export function loadedLegOf(model: LegModel): LoadedLeg {
  const known = legs.get(model);
  if (known) return known;
  let chart: LegChart | null = null;
  let skin: TraceChart | null = null;
  let network: VeinNetwork | null = null;
  const leg: LoadedLeg = {
    get chart() {
      return (chart ??= LegChart.fromModel(model));
    },
    get skin() {
      return (skin ??= traceChartOf(model));
    },
    network: () => (network ??= networkFromLegModel(model)),
  };
  legs.set(model, leg);
  return leg;
}
