/**
 * Which protocol lane a trace follows: it should cover the lane's stretch of the leg, on the
 * lane's side, with the phase's pressure. The score is the product of the three, 0–1.
 */
import type { PressureLevel, RegionName } from '../anatomy/names';
import { thetaDistance } from '../anatomy/chartAngle';
import type { StrokeLane } from './strokeLanes';
import type { TraceExtent } from './traceExtent';

export type BestMatch =
  | { kind: 'lane'; phaseId: string; strokeId: string; score: number }
  | { kind: 'region'; region: RegionName; score: number };

/** Below this the trace follows no lane well enough to name one; the region is named instead. */
export const MIN_LANE_SCORE = 0.2;

const PRESSURE_STEP: Record<PressureLevel, number> = { light: 0, moderate: 1, firm: 2 };
/** A lane pressed one level off the phase's pressure still matches, a little less well. */
const PER_PRESSURE_STEP = 0.15;

/** Overlap of the two stretches along s over their union (intersection over union). */
function sOverlap(extent: TraceExtent, lane: StrokeLane): number {
  const low = Math.min(lane.sFrom, lane.sTo);
  const high = Math.max(lane.sFrom, lane.sTo);
  const intersection = Math.min(extent.sMax, high) - Math.max(extent.sMin, low);
  const union = Math.max(extent.sMax, high) - Math.min(extent.sMin, low);
  return intersection > 0 && union > 0 ? intersection / union : 0;
}

/** 1 on the lane's side, falling to 0 a quarter turn away. */
function aspectAgreement(extent: TraceExtent, lane: StrokeLane): number {
  if (extent.meanTheta === null) return 0;
  return Math.max(0, Math.cos((thetaDistance(extent.meanTheta, lane.theta) * Math.PI) / 180));
}

function pressureAgreement(extent: TraceExtent, lane: StrokeLane): number {
  if (extent.dominantPressure === null) return 1;
  const steps = Math.abs(PRESSURE_STEP[extent.dominantPressure] - PRESSURE_STEP[lane.pressure]);
  return 1 - PER_PRESSURE_STEP * steps;
}

function laneScore(extent: TraceExtent, lane: StrokeLane): number {
  return sOverlap(extent, lane) * aspectAgreement(extent, lane) * pressureAgreement(extent, lane);
}

/** The best lane, the first in protocol order on a tie; null when there are none. */
export function bestLane(
  extent: TraceExtent,
  lanes: readonly StrokeLane[],
): { lane: StrokeLane; score: number } | null {
  let best: { lane: StrokeLane; score: number } | null = null;
  for (const lane of lanes) {
    const score = laneScore(extent, lane);
    if (best === null || score > best.score) best = { lane, score };
  }
  return best;
}

/** The regions a trace touches with the share of its samples in each, most visited first. */
export function regionsCovered(
  regionsPerSample: readonly (readonly RegionName[])[],
): { region: RegionName; share: number }[] {
  const counts = new Map<RegionName, number>();
  for (const regions of regionsPerSample) {
    for (const region of new Set(regions)) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  const total = Math.max(1, regionsPerSample.length);
  return [...counts]
    .map(([region, count]) => ({ region, share: count / total }))
    .sort((a, b) => b.share - a.share);
}

export function bestMatchOf(
  lane: { lane: StrokeLane; score: number } | null,
  regions: readonly { region: RegionName; share: number }[],
): BestMatch | null {
  if (lane && lane.score >= MIN_LANE_SCORE) {
    return {
      kind: 'lane',
      phaseId: lane.lane.phaseId,
      strokeId: lane.lane.strokeId,
      score: lane.score,
    };
  }
  const top = regions[0];
  return top ? { kind: 'region', region: top.region, score: top.share } : null;
}
