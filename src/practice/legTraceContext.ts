/**
 * The analysis context for a real leg: its landmarks, its regions and the zone under each chart
 * point, from the skin's tissue depth and the protocol's pressure rules. The app and
 * `npm run check-trace` build it from the loaded model; the analysis itself stays pure.
 */
import type { LegModel } from '../anatomy/legModel';
import { LANDMARKS, type LandmarkName, type RegionName } from '../anatomy/names';
import { insideMark, type UserMark } from '../anatomy/markFootprint';
import { zoneFor, type Zone } from '../protocol/zones';
import type { ZoneAt } from '../protocol/zoneUnderHand';
import type { Protocol } from '../protocol/schema';
import type { TraceContext } from './analyzeTrace';
import { skinVertexLookup, type SkinDepthChart } from './skinDepthLookup';
import type { ChartPoint } from '../anatomy/regions';

export interface TraceChart {
  landmarks: Record<LandmarkName, ChartPoint>;
  skin: SkinDepthChart;
}

/** The chart side of a loaded model: landmarks and per-vertex (s, θ, depth) of the skin. */
export function traceChartOf(model: LegModel): TraceChart {
  const count = model.skin.depthMm.length;
  const s = new Float32Array(count);
  const theta = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    // `chart` holds (s, θ) pairs, one per vertex.
    s[i] = model.skin.chart[2 * i] ?? 0;
    theta[i] = model.skin.chart[2 * i + 1] ?? 0;
  }
  const landmarks = Object.fromEntries(
    LANDMARKS.map((name) => [
      name,
      { s: model.landmarks[name].s, theta: model.landmarks[name].theta },
    ]),
  ) as Record<LandmarkName, ChartPoint>;
  return { landmarks, skin: { s, theta, depthMm: model.skin.depthMm } };
}

/** The regions at a chart point, given the leg's landmarks (`src/anatomy/regions.ts`). */
export type RegionsAt = (
  s: number,
  theta: number,
  landmarks: Record<LandmarkName, ChartPoint>,
) => RegionName[];

/**
 * The zone at each chart point of this leg: the zone of the nearest skin vertex, from its regions,
 * its tissue depth and the user's marks (`marks`: places kept off) — the very zones the skin is
 * coloured with (`computeSkinZones`). Watch's timeline and Practice's analysis both look zones up
 * through this. The zones of all vertices are weighed once, here.
 */
export function legZoneAt(
  protocol: Protocol,
  leg: TraceChart,
  regionsAt: RegionsAt,
  marks: readonly UserMark[] = [],
): ZoneAt {
  const nearest = skinVertexLookup(leg.skin);
  const count = leg.skin.s.length;
  const zones: Zone[] = new Array<Zone>(count);
  // Many vertices share regions and depth class: weigh the rules once for each.
  const known = new Map<string, Zone>();
  for (let i = 0; i < count; i++) {
    const s = leg.skin.s[i] ?? 0;
    const theta = leg.skin.theta[i] ?? 0;
    const userMarkId = marks.find((mark) => insideMark(mark, s, theta))?.id;
    if (userMarkId !== undefined) {
      zones[i] = { level: 'keep-off', sourceId: userMarkId };
      continue;
    }
    const place = {
      regions: regionsAt(s, theta, leg.landmarks),
      depthMm: leg.skin.depthMm[i] ?? 0,
    };
    const key = `${place.regions.join()}|${place.depthMm}`;
    let zone = known.get(key);
    if (zone === undefined) {
      zone = zoneFor(place, protocol);
      known.set(key, zone);
    }
    zones[i] = zone;
  }
  const outside: Zone = { level: 'keep-off', sourceId: 'no-skin' };
  return Object.assign((s: number, theta: number) => zones[nearest(s, theta)] ?? outside, {
    marks,
  });
}

/** `marks`: places the user marked to keep off, kept off here as on the coloured skin. */
export function legTraceContext(
  protocol: Protocol,
  leg: TraceChart,
  regionsAt: RegionsAt,
  marks: readonly UserMark[] = [],
): TraceContext {
  return {
    protocol,
    landmarks: leg.landmarks,
    regionsAt: (s, theta) => regionsAt(s, theta, leg.landmarks),
    zoneAt: legZoneAt(protocol, leg, regionsAt, marks),
  };
}
