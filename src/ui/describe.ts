/**
 * Pure helpers that turn protocol values into readable words for the text view. No React here,
 * so they are tested in node.
 */
import {
  ASPECT_THETA,
  LANDMARK_LEVEL,
  type AspectName,
  type LandmarkName,
  type RegionName,
} from '../anatomy/names';
import type { Contraindication, Phase } from '../protocol/schema';
import { ASPECT_LABELS, LANDMARK_LABELS, REGION_LABELS, strings } from './strings';

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isAspect(name: string): name is AspectName {
  return Object.hasOwn(ASPECT_THETA, name);
}

/** Whether a lane from one landmark to another runs up the leg (toward the heart), down or across. */
export function laneDirection(from: LandmarkName, to: LandmarkName): 'up' | 'down' | 'across' {
  const delta = LANDMARK_LEVEL[to] - LANDMARK_LEVEL[from];
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'across';
}

/** A stroke lane in words: "from the Achilles tendon up to the back of the knee, back of the leg". */
export function describeLane(lane: {
  from: LandmarkName;
  to: LandmarkName;
  aspect: string;
}): string {
  const aspect = isAspect(lane.aspect) ? ASPECT_LABELS[lane.aspect] : lane.aspect;
  return strings.lanes.path(
    LANDMARK_LABELS[lane.from],
    LANDMARK_LABELS[lane.to],
    aspect,
    laneDirection(lane.from, lane.to),
  );
}

export function regionLabels(regions: readonly RegionName[]): string[] {
  return regions.map((region) => REGION_LABELS[region]);
}

/**
 * Each phase's share of a full session in whole percent, from the pacing weights. The shares
 * are rounded so that they add up to 100 (largest remainder).
 */
export function phaseSharePercents(phases: readonly Pick<Phase, 'pacing'>[]): number[] {
  const total = phases.reduce((sum, phase) => sum + phase.pacing.sessionWeight, 0);
  if (total <= 0) return phases.map(() => 0);
  const exact = phases.map((phase) => (phase.pacing.sessionWeight / total) * 100);
  const shares = exact.map(Math.floor);
  let missing = 100 - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    missing -= 1;
  }
  return shares;
}

const SEVERITY_ORDER: Record<Contraindication['severity'], number> = {
  stop: 0,
  emergency: 1,
  'avoid-area': 2,
  consult: 3,
};

/**
 * The most serious first, stable: "stop" (a clot in the leg: check before every session) on
 * top, then "emergency" (signs of a clot in the lungs), then avoid-area, then consult.
 */
export function bySeverity(items: readonly Contraindication[]): Contraindication[] {
  return [...items].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
