/**
 * What the flow layer draws from, built once per leg model: the network the flow model runs on,
 * each vein's centreline (in the network's vein order), and each of the model's valves (in the
 * layout's valve order) with its place in 3D, its flow direction, its vein's radius and its
 * position on the chart.
 */
import type { LegModel, Vec3Tuple, ValveData } from '../../anatomy/legModel';
import { layoutOf, type FlowLayout, type VeinNetwork } from '../../physiology';
import { chartAt } from '../../physiology/veinGeometry';
import { loadedLegOf } from '../../state/loadedLeg';
import { pointAt, polylineOf, type Polyline } from './polyline';

export interface ValvePlace {
  /** The valve's node name in the model (e.g. `valve_gsv_3`), or a generated one. */
  readonly name: string;
  readonly veinId: string;
  readonly deep: boolean;
  readonly position: Vec3Tuple;
  /** Unit vector, the way blood goes through it: toward the heart. */
  readonly direction: Vec3Tuple;
  /** Inner radius of the vein at the valve, metres. */
  readonly veinRadiusM: number;
  readonly s: number;
  readonly theta: number;
}

export interface FlowGeometry {
  readonly network: VeinNetwork;
  readonly layout: FlowLayout;
  /** Centreline of each network vein, same order. */
  readonly paths: readonly Polyline[];
  /** One per layout valve, same order. */
  readonly valves: readonly ValvePlace[];
}

function nearestValve(valves: readonly ValveData[], fraction: number): ValveData | undefined {
  let best: ValveData | undefined;
  for (const v of valves) {
    if (!best || Math.abs(v.fraction - fraction) < Math.abs(best.fraction - fraction)) best = v;
  }
  return best;
}

/** Unit direction of the centreline at fraction f (finite difference), for a valve the model lacks. */
function tangentAt(line: Polyline, f: number): Vec3Tuple {
  const a = [0, 0, 0];
  const b = [0, 0, 0];
  pointAt(line, Math.max(0, f - 0.01), a);
  pointAt(line, Math.min(1, f + 0.01), b);
  const d: Vec3Tuple = [
    (b[0] ?? 0) - (a[0] ?? 0),
    (b[1] ?? 0) - (a[1] ?? 0),
    (b[2] ?? 0) - (a[2] ?? 0),
  ];
  const n = Math.hypot(...d) || 1;
  return [d[0] / n, d[1] / n, d[2] / n];
}

export function flowGeometryOf(model: LegModel): FlowGeometry {
  const network = loadedLegOf(model).network();
  const layout = layoutOf(network);
  const paths = network.veins.map((v) => {
    const data = model.veins[v.id];
    if (!data) throw new Error(`flow: no centreline for ${v.id}`);
    return polylineOf(data.centreline, data.radii);
  });
  const valves: ValvePlace[] = [];
  for (let k = 0; k < layout.valveCount; k++) {
    const veinIndex = layout.valveVein[k] ?? 0;
    const vein = network.veins[veinIndex];
    const path = paths[veinIndex];
    if (!vein || !path) throw new Error('flow: a valve on an unknown vein');
    const fraction = layout.valveFraction[k] ?? 0;
    const data = nearestValve(model.veins[vein.id]?.valves ?? [], fraction);
    const at = [0, 0, 0];
    const radius = pointAt(path, fraction, at);
    valves.push({
      name: data?.name ?? `${vein.id}_valve_${k}`,
      veinId: vein.id,
      deep: vein.kind === 'deep',
      position: data?.position ?? [at[0] ?? 0, at[1] ?? 0, at[2] ?? 0],
      direction: data?.direction ?? tangentAt(path, fraction),
      veinRadiusM: radius,
      ...chartAt(vein.chartPath, fraction),
    });
  }
  return { network, layout, paths, valves };
}
