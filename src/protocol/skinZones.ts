/**
 * The pressure zone of every skin vertex, from its chart position (regions) and tissue depth.
 * Computed once per protocol, model and set of user marks; the scene only colours the result.
 */
import type { Protocol } from './schema';
import type { SkinData } from '../anatomy/legModel';
import { regionsAt, type ChartLandmarks } from '../anatomy/regions';
import { ZONE_LEVELS, zoneFor, type ZoneLevel } from './zones';
import { insideMark, type UserMark } from '../anatomy/markFootprint';

export type { UserMark } from '../anatomy/markFootprint';

export interface SkinZones {
  /** Per vertex, an index into ZONE_LEVELS. */
  levels: Uint8Array;
  /** Per vertex, an index into `sources`. */
  sourceOf: Uint16Array;
  /** The protocol items (or user marks) that decide the zones, by first appearance. */
  sources: string[];
}

export function computeSkinZones(
  skin: SkinData,
  landmarks: ChartLandmarks,
  protocol: Protocol,
  marks: readonly UserMark[] = [],
): SkinZones {
  const count = skin.depthMm.length;
  const levels = new Uint8Array(count);
  const sourceOf = new Uint16Array(count);
  const sources: string[] = [];
  const sourceIndex = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const s = skin.chart[2 * i] ?? 0;
    const theta = skin.chart[2 * i + 1] ?? 0;
    const mark = marks.find((m) => insideMark(m, s, theta));
    const zone = zoneFor(
      {
        regions: regionsAt(s, theta, landmarks),
        depthMm: skin.depthMm[i] ?? 0,
        userMarkId: mark?.id,
      },
      protocol,
    );
    let index = sourceIndex.get(zone.sourceId);
    if (index === undefined) {
      index = sources.length;
      sources.push(zone.sourceId);
      sourceIndex.set(zone.sourceId, index);
    }
    levels[i] = ZONE_LEVELS.indexOf(zone.level);
    sourceOf[i] = index;
  }
  return { levels, sourceOf, sources };
}

export function zoneLevelOf(zones: SkinZones, vertex: number): ZoneLevel {
  return ZONE_LEVELS[zones.levels[vertex] ?? 0] ?? 'moderate';
}
