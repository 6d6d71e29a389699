/**
 * Pressure zones: how much pressure each place on the skin tolerates, derived from the
 * protocol's rules and the anatomy at that place (its regions and tissue depth).
 */
import type { Protocol } from '../protocol/schema';
import type { PressureLevel, RegionName } from './names';

/** Ordered from most to least restrictive. */
export const ZONE_LEVELS = ['keep-off', 'light', 'moderate', 'firm'] as const;
export type ZoneLevel = (typeof ZONE_LEVELS)[number];

export interface Zone {
  level: ZoneLevel;
  /** The protocol item (rule, keep-off area or phase id) that decides this zone. */
  sourceId: string;
  /** Why, in words the learner reads in the legend. */
  reason: string;
}

/** What the zone computation needs to know about one place on the skin. */
export interface SkinPlace {
  regions: readonly RegionName[];
  /** Distance from the skin to the nearest bone, in millimetres. */
  depthMm: number;
}

const PRESSURE_RANK: Record<PressureLevel, number> = { light: 0, moderate: 1, firm: 2 };

/** The strongest pressure a zone allows; null where the hands should stay off. */
export function allowedPressure(level: ZoneLevel): PressureLevel | null {
  return level === 'keep-off' ? null : level;
}

/** True when `pressure` is more than the zone allows. */
export function exceedsZone(pressure: PressureLevel, level: ZoneLevel): boolean {
  const allowed = allowedPressure(level);
  return allowed === null || PRESSURE_RANK[pressure] > PRESSURE_RANK[allowed];
}

/**
 * The zone of one place. Keep-off areas win; then any pressure rule limited to light that
 * applies here (e.g. bone close to the skin); then firm where a firm phase works the region
 * (kneading muscle); everything else is moderate.
 */
export function zoneFor(place: SkinPlace, protocol: Protocol): Zone {
  const keepOff = protocol.keepOff.find((k) => place.regions.includes(k.region));
  if (keepOff) return { level: 'keep-off', sourceId: keepOff.id, reason: keepOff.why };

  for (const rule of protocol.rules) {
    if (rule.kind !== 'pressure' || rule.maxPressure !== 'light') continue;
    const where = rule.where;
    const inRegion =
      where?.regions === undefined || where.regions.some((r) => place.regions.includes(r));
    const nearBone = where?.boneWithinMm === undefined || place.depthMm < where.boneWithinMm;
    if (where?.techniques === undefined && inRegion && nearBone) {
      return { level: 'light', sourceId: rule.id, reason: rule.why ?? rule.text };
    }
  }

  const firmPhase = protocol.phases.find(
    (p) => p.pressure === 'firm' && p.regions.some((r) => place.regions.includes(r)),
  );
  if (firmPhase) return { level: 'firm', sourceId: firmPhase.id, reason: firmPhase.purpose };

  const general = protocol.rules.find(
    (r) => r.kind === 'pressure' && r.maxPressure === 'moderate' && r.where === undefined,
  );
  return {
    level: 'moderate',
    sourceId: general?.id ?? 'default',
    reason: general && general.kind === 'pressure' ? (general.why ?? general.text) : '',
  };
}
