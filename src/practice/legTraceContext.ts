/**
 * The analysis context for a real leg: its landmarks, its regions and the zone under each chart
 * point, from the skin's tissue depth and the protocol's pressure rules. The app and
 * `npm run check-trace` build it from the loaded model; the analysis itself stays pure.
 */
import type { LegModel } from '../anatomy/legModel';
import { LANDMARKS, type LandmarkName, type RegionName } from '../anatomy/names';
import { insideMark, type UserMark } from '../anatomy/markFootprint';
import { zoneFor } from '../protocol/zones';
import type { Protocol } from '../protocol/schema';
import type { TraceContext } from './analyzeTrace';
import { skinDepthLookup, type SkinDepthChart } from './skinDepthLookup';
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

/** `marks`: places the user marked to keep off, kept off here as on the coloured skin. */
export function legTraceContext(
  protocol: Protocol,
  leg: TraceChart,
  regionsAt: RegionsAt,
  marks: readonly UserMark[] = [],
): TraceContext {
  const depthAt = skinDepthLookup(leg.skin);
  const regionsHere = (s: number, theta: number) => regionsAt(s, theta, leg.landmarks);
  return {
    protocol,
    landmarks: leg.landmarks,
    regionsAt: regionsHere,
    zoneAt: (s, theta) =>
      zoneFor(
        {
          regions: regionsHere(s, theta),
          depthMm: depthAt(s, theta),
          userMarkId: marks.find((mark) => insideMark(mark, s, theta))?.id,
        },
        protocol,
      ),
  };
}
