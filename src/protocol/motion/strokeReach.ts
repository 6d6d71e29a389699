/**
 * Where a stroke may go and how hard, from the zone map: the one definition shared by Watch (the
 * timeline), Practice and drills.
 *
 * - A deep stroke (kneading, compression) works only the stretch of its lane where the zone under
 *   every hand allows the phase's pressure: it never kneads the hollow of the knee or presses the
 *   kneecap, however the lane's landmarks fall on a model.
 * - Along any stroke each hand presses at most what the zone under it allows at that moment,
 *   and lifts off where the zone says keep off (a protocol keep-off area or the user's mark).
 */
import type { PressureLevel } from '../../anatomy/names';
import { exceedsZone, type ZoneLevel } from '../zones';
import { zoneUnderHand, type ZoneAt } from '../zoneUnderHand';
import { PRESSURE_RANK } from '../pressureLimit';
import type { StrokeKind } from '../schema';
import { wrapDegrees } from '../../anatomy/chartAngle';
import { placeHands } from './handPlacement';
import { laneThetaAt } from './lanes';
import type { Lane } from './types';

/** Steps along a lane at which the zones are looked up when trimming it. */
const STRETCH_STEPS = 200;

export interface Stretch {
  sFrom: number;
  sTo: number;
}

/**
 * Where the hands sit around the lane (θ offsets, degrees) over a cycle of this kind of stroke,
 * on either leg: read from the hand placement itself so the two never disagree.
 */
export function handOffsets(kind: StrokeKind): number[] {
  const probe: Lane = { sFrom: 0, sTo: 1, theta: 0, aspect: 'anterior' };
  const offsets = new Set<number>();
  for (const leg of ['right', 'left'] as const) {
    for (let i = 0; i <= 16; i++) {
      const placed = placeHands(kind, probe, leg, i / 16, 1);
      // To the nearest 3°: a hand is far wider than that.
      offsets.add(Math.round(wrapDegrees(placed.left.theta) / 3) * 3);
      offsets.add(Math.round(wrapDegrees(placed.right.theta) / 3) * 3);
    }
  }
  return [...offsets];
}

/**
 * The longest stretch of the lane over which every hand position of this kind of stroke has
 * `pressure` allowed under it; null when no part of the lane allows it.
 */
export function allowedStretch(
  lane: Lane,
  kind: StrokeKind,
  pressure: PressureLevel,
  zoneAt: ZoneAt,
  halfPalmS: number,
): Stretch | null {
  const offsets = handOffsets(kind);
  const allowedAt = (s: number) =>
    offsets.every(
      (offset) =>
        !exceedsZone(
          pressure,
          zoneUnderHand(zoneAt, s, wrapDegrees(laneThetaAt(lane, s) + offset), halfPalmS).level,
        ),
    );
  let best: Stretch | null = null;
  let runStart: number | null = null;
  let previous = lane.sFrom;
  for (let i = 0; i <= STRETCH_STEPS; i++) {
    const s = lane.sFrom + ((lane.sTo - lane.sFrom) * i) / STRETCH_STEPS;
    const allowed = allowedAt(s);
    if (allowed && runStart === null) runStart = s;
    if (runStart !== null && (!allowed || i === STRETCH_STEPS)) {
      const end = allowed ? s : previous;
      if (best === null || Math.abs(end - runStart) > Math.abs(best.sTo - best.sFrom)) {
        best = { sFrom: runStart, sTo: end };
      }
      runStart = null;
    }
    previous = s;
  }
  return best;
}

/** Kneading and compression work the muscle; only these are trimmed to where they may press. */
export function isDeepStroke(kind: StrokeKind): boolean {
  return kind !== 'glide';
}

/**
 * The lane a stroke actually works: a deep stroke trimmed to its allowed stretch (the whole lane
 * if none, where the pressure limit below lightens it instead); a glide runs its whole lane and
 * lifts over what it may not touch.
 */
export function workedLane(
  lane: Lane,
  kind: StrokeKind,
  pressure: PressureLevel,
  zoneAt: ZoneAt,
  halfPalmS: number,
): Lane {
  if (!isDeepStroke(kind)) return lane;
  const stretch = allowedStretch(lane, kind, pressure, zoneAt, halfPalmS);
  if (stretch === null || stretch.sTo <= stretch.sFrom) return lane;
  return { ...lane, sFrom: stretch.sFrom, sTo: stretch.sTo };
}

/** The phase's pressure held to a zone: null where the hand must lift off. */
export function limitedPressure(phase: PressureLevel, zone: ZoneLevel): PressureLevel | null {
  if (zone === 'keep-off') return null;
  return PRESSURE_RANK[zone] < PRESSURE_RANK[phase] ? zone : phase;
}
