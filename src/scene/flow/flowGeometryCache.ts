/**
 * One flow geometry per loaded leg model, built the first time the veins or valves are shown (a
 * few tens of milliseconds), then kept: later toggles only hide and show what it drew.
 */
import type { LegModel } from '../../anatomy/legModel';
import { flowGeometryOf, type FlowGeometry } from './flowGeometry';

const cache = new WeakMap<LegModel, FlowGeometry>();

/** The model's flow geometry; built now only if `build` (else null until it has been). */
export function flowGeometryFor(model: LegModel, build: boolean): FlowGeometry | null {
  let geometry = cache.get(model);
  if (geometry === undefined && build) {
    geometry = flowGeometryOf(model);
    cache.set(model, geometry);
  }
  return geometry ?? null;
}
