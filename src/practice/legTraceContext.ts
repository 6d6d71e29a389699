/**
 * The analysis context for a real leg: its landmarks, its regions and the zone under each chart
 * point, from the skin's tissue depth and the protocol's pressure rules. The app and
 * `npm run check-trace` build it from the loaded model; the analysis itself stays pure.
 */
import type { LegModel } from '../anatomy/legModel';
import { LANDMARKS, type LandmarkName, type RegionName } from '../anatomy/names';
import { insideMark, type UserMark } from '../anatomy/skinZones';
import { zoneFor, type Zone } from '../anatomy/zones';
import type { ZoneAt } from '../anatomy/zoneUnderHand';
import type { Protocol } from '../protocol/schema';
import type { TraceContext } from './analyzeTrace';
import { skinDepthLookup, type SkinChart } from './skinDepthLookup';
import type { ChartPoint } from './strokeLanes';

export interface LegChart {
  landmarks: Record<LandmarkName, ChartPoint>;
  skin: SkinChart;
}

/** The chart side of a loaded model: landmarks and per-vertex (s, θ, depth) of the skin. */
export function legChartOf(model: LegModel): LegChart {
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
 * The zone at each chart point of this leg: its regions, its tissue depth and the user's marks
 * (`marks`: places kept off, here as on the coloured skin). Watch's timeline and Practice's
 * analysis both look zones up through this.
 */
export function legZoneAt(
  protocol: Protocol,
  leg: LegChart,
  regionsAt: RegionsAt,
  marks: readonly UserMark[] = [],
): ZoneAt {
  const depthAt = skinDepthLookup(leg.skin);
  // Many places share regions and depth (the depth is a vertex's): weigh the rules once each.
  const known = new Map<string, Zone>();
  return (s, theta) => {
    const userMarkId = marks.find((mark) => insideMark(mark, s, theta))?.id;
    if (userMarkId !== undefined) return { level: 'keep-off', sourceId: userMarkId };
    const place = { regions: regionsAt(s, theta, leg.landmarks), depthMm: depthAt(s, theta) };
    const key = `${place.regions.join()}|${place.depthMm}`;
    let zone = known.get(key);
    if (zone === undefined) {
      zone = zoneFor(place, protocol);
      known.set(key, zone);
    }
    return zone;
  };
}

/** `marks`: places the user marked to keep off, kept off here as on the coloured skin. */
export function legTraceContext(
  protocol: Protocol,
  leg: LegChart,
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
