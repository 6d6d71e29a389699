/**
 * Pressure zones: how much pressure each place on the skin tolerates, derived from the
 * protocol's rules (through `pressureLimit`, the one place their precedence is defined) and the
 * anatomy at that place: its regions and its tissue depth over bone.
 */
import { pressureLimit, PRESSURE_RANK } from './pressureLimit';
import type { Protocol } from './schema';
import type { PressureLevel, RegionName } from '../anatomy/names';

/** Ordered from most to least restrictive. */
export const ZONE_LEVELS = ['keep-off', 'light', 'moderate', 'firm'] as const;
export type ZoneLevel = (typeof ZONE_LEVELS)[number];

export interface Zone {
  level: ZoneLevel;
  /** The protocol item (rule, keep-off area or phase id) or user mark that decides this zone. */
  sourceId: string;
}

/** What the zone computation needs to know about one place on the skin. */
export interface SkinPlace {
  regions: readonly RegionName[];
  /** Distance from the skin to the nearest bone, in millimetres. */
  depthMm: number;
  /** Set when the user marked this place to keep off (a wound, a varicose vein, …). */
  userMarkId?: string;
}

/** The strongest pressure a zone allows; null where the hands should stay off. */
function allowedPressure(level: ZoneLevel): PressureLevel | null {
  return level === 'keep-off' ? null : level;
}

/** True when `pressure` is more than the zone allows. */
export function exceedsZone(pressure: PressureLevel, level: ZoneLevel): boolean {
  const allowed = allowedPressure(level);
  return allowed === null || PRESSURE_RANK[pressure] > PRESSURE_RANK[allowed];
}

/**
 * The zone of one place: kept off where the protocol or the user says so; otherwise the
 * strongest pressure the rules allow there for the techniques the protocol uses there — so
 * firm only where kneading works the region and no rule (bone, vessels) caps it.
 */
export function zoneFor(place: SkinPlace, protocol: Protocol): Zone {
  if (place.userMarkId !== undefined) return { level: 'keep-off', sourceId: place.userMarkId };
  const keepOff = protocol.keepOff.find((k) => place.regions.includes(k.region));
  if (keepOff) return { level: 'keep-off', sourceId: keepOff.id };

  const worked = protocol.phases.filter((p) => p.regions.some((r) => place.regions.includes(r)));
  let best: Zone | null = null;
  for (const phase of worked.length > 0 ? worked : protocol.phases.slice(0, 1)) {
    const limit = pressureLimit(protocol.rules, {
      technique: phase.technique,
      regions: place.regions,
      boneDepthMm: place.depthMm,
    });
    if (best === null || PRESSURE_RANK[limit.level] > PRESSURE_RANK[best.level as PressureLevel]) {
      best = { level: limit.level, sourceId: limit.ruleId ?? phase.id };
    }
  }
  return best ?? { level: 'moderate', sourceId: 'default' };
}
