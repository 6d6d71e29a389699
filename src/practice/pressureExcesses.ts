/**
 * Where a stroke presses harder than the skin tolerates, and where it touches areas to keep off.
 * Each sample is checked against the zone under it; neighbouring samples with the same finding
 * are reported as one stretch.
 */
import type { PressureLevel } from '../anatomy/names';
import { exceedsZone, type Zone, type ZoneLevel } from '../protocol/zones';
import type { SampleSpan } from './tracePieces';

/** More pressure than the zone allows, over samples fromIndex…toIndex. */
export interface PressureExcess extends SampleSpan {
  pressure: PressureLevel;
  zoneLevel: ZoneLevel;
  /** The protocol item that sets the limit here. */
  sourceId: string;
  /** Why, in the protocol's words. */
  reason: string;
}

/** Samples fromIndex…toIndex lie in an area the hands should stay off. */
export interface KeepOffCrossing extends SampleSpan {
  sourceId: string;
  reason: string;
}

/**
 * A finding interrupted for at most this many samples stays one stretch: a hand tracing along a
 * zone border steps in and out of it without meaning two separate mistakes.
 */
const BRIDGED_SAMPLES = 2;

interface Finding<T> {
  index: number;
  key: string;
  detail: T;
}

function stretches<T>(findings: readonly Finding<T>[]): (SampleSpan & { detail: T })[] {
  const result: (SampleSpan & { key: string; detail: T })[] = [];
  const open = new Map<string, SampleSpan & { key: string; detail: T }>();
  for (const { index, key, detail } of findings) {
    const last = open.get(key);
    if (last && index - last.toIndex <= BRIDGED_SAMPLES + 1) {
      last.toIndex = index;
    } else {
      const stretch = { fromIndex: index, toIndex: index, key, detail };
      result.push(stretch);
      open.set(key, stretch);
    }
  }
  return result.map(({ fromIndex, toIndex, detail }) => ({ fromIndex, toIndex, detail }));
}

/** The words that explain a zone, looked up by the id of the item that decides it. */
export type ReasonFor = (sourceId: string) => string;

export function findPressureExcesses(
  pressures: readonly PressureLevel[],
  zones: readonly Zone[],
  reasonFor: ReasonFor,
): PressureExcess[] {
  const findings: Finding<Omit<PressureExcess, keyof SampleSpan>>[] = [];
  zones.forEach((zone, index) => {
    const pressure = pressures[index];
    if (pressure === undefined || zone.level === 'keep-off') return;
    if (!exceedsZone(pressure, zone.level)) return;
    const detail = {
      pressure,
      zoneLevel: zone.level,
      sourceId: zone.sourceId,
      reason: reasonFor(zone.sourceId),
    };
    findings.push({ index, key: `${pressure}|${zone.level}|${zone.sourceId}`, detail });
  });
  return stretches(findings).map(({ detail, ...span }) => ({ ...span, ...detail }));
}

export function findKeepOffCrossings(
  zones: readonly Zone[],
  reasonFor: ReasonFor,
): KeepOffCrossing[] {
  const findings: Finding<Omit<KeepOffCrossing, keyof SampleSpan>>[] = [];
  zones.forEach((zone, index) => {
    if (zone.level !== 'keep-off') return;
    findings.push({
      index,
      key: zone.sourceId,
      detail: { sourceId: zone.sourceId, reason: reasonFor(zone.sourceId) },
    });
  });
  return stretches(findings).map(({ detail, ...span }) => ({ ...span, ...detail }));
}
