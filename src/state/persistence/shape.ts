/**
 * Reads an untrusted value as a version-1 record, field by field, without a schema library (this
 * runs before the first frame). Numbers out of range are clamped; anything of the wrong type
 * makes the whole record unreadable, with the reason.
 */
import {
  MARK_KINDS,
  MARK_RADIUS_CM,
  MAX_KEEP_OFF_MARKS,
  type KeepOffMark,
  type MarkKind,
} from '../../anatomy/keepOffMarks';
import { LEG_SIDES, type LegSide } from '../../anatomy/names';
import { LAYERS, type Layers } from '../viewStore';
import type { Preferences, SavedProtocol, SavedStateV1, SavedStateV2 } from './format';

export type ShapeResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const TIMINGS = ['demo', 'session'] as const;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

function finiteIn(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, value))
    : null;
}

function readLayers(value: unknown): Layers | null {
  if (!isRecord(value)) return null;
  const layers: Partial<Layers> = {};
  for (const layer of LAYERS) {
    const on = value[layer];
    if (typeof on !== 'boolean') return null;
    layers[layer] = on;
  }
  return layers as Layers;
}

function readPreferences(value: unknown): ShapeResult<Preferences> {
  if (!isRecord(value)) return fail('"preferences" is not an object');
  const layers = readLayers(value.layers);
  if (layers === null) return fail('"preferences.layers" is not a set of on/off layers');
  const leg = value.leg;
  if (typeof leg !== 'string' || !(LEG_SIDES as readonly string[]).includes(leg)) {
    return fail('"preferences.leg" is not "left" or "right"');
  }
  const timing = value.timing;
  if (typeof timing !== 'string' || !(TIMINGS as readonly string[]).includes(timing)) {
    return fail('"preferences.timing" is not "demo" or "session"');
  }
  const speed = finiteIn(value.speed, 0.25, 4);
  const sessionMinutes = finiteIn(value.sessionMinutes, 1, 600);
  const skinOpacity = finiteIn(value.skinOpacity, 0.05, 1);
  if (speed === null || sessionMinutes === null || skinOpacity === null) {
    return fail('"preferences" has a speed, session length or skin opacity that is not a number');
  }
  return {
    ok: true,
    value: {
      layers,
      leg: leg as LegSide,
      timing: timing as Preferences['timing'],
      speed,
      sessionMinutes,
      skinOpacity,
    },
  };
}

function readSavedProtocol(value: unknown, index: number): ShapeResult<SavedProtocol> {
  const where = `"protocols[${index}]"`;
  if (!isRecord(value)) return fail(`${where} is not an object`);
  const { id, name, fileName, savedAt, document } = value;
  if (typeof id !== 'string' || id === '') return fail(`${where} has no id`);
  if (typeof name !== 'string') return fail(`${where} has no name`);
  if (typeof fileName !== 'string') return fail(`${where} has no file name`);
  if (typeof savedAt !== 'string') return fail(`${where} has no time it was saved`);
  if (!isRecord(document)) return fail(`${where} has no protocol document`);
  return { ok: true, value: { id, name, fileName, savedAt, document } };
}

export function readStateV1(value: unknown): ShapeResult<SavedStateV1> {
  if (!isRecord(value)) return fail('the saved data is not an object');
  const preferences = readPreferences(value.preferences);
  if (!preferences.ok) return preferences;
  if (!Array.isArray(value.protocols)) return fail('"protocols" is not a list');
  const protocols: SavedProtocol[] = [];
  for (const [index, item] of value.protocols.entries()) {
    const read = readSavedProtocol(item, index);
    if (!read.ok) return read;
    protocols.push(read.value);
  }
  const active = value.activeProtocolId;
  if (active !== null && (typeof active !== 'string' || !protocols.some((p) => p.id === active))) {
    return fail('"activeProtocolId" names no saved protocol');
  }
  return {
    ok: true,
    value: { version: 1, preferences: preferences.value, protocols, activeProtocolId: active },
  };
}

/** One marked place; anything out of place makes it unreadable (positions are not clamped). */
export function readMark(value: unknown, index: number): ShapeResult<KeepOffMark> {
  const where = `"marks[${index}]"`;
  if (!isRecord(value)) return fail(`${where} is not an object`);
  const { id, kind, leg, s, theta, radiusCm } = value;
  if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    return fail(`${where} has no id`);
  }
  if (typeof kind !== 'string' || !(MARK_KINDS as readonly string[]).includes(kind)) {
    return fail(`${where} is not a wound, rash, varicose vein, bruise or other place`);
  }
  if (typeof leg !== 'string' || !(LEG_SIDES as readonly string[]).includes(leg)) {
    return fail(`${where} is on no leg`);
  }
  const inRange = (v: unknown, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
  if (!inRange(s, 0, 1) || !inRange(theta, -180, 180)) {
    return fail(`${where} is not a place on the leg`);
  }
  if (!inRange(radiusCm, MARK_RADIUS_CM.min, MARK_RADIUS_CM.max)) {
    return fail(`${where} has a size out of range`);
  }
  return {
    ok: true,
    value: {
      id,
      kind: kind as MarkKind,
      leg: leg as LegSide,
      s: s as number,
      theta: theta as number,
      radiusCm: radiusCm as number,
    },
  };
}

/** The current version (2): a version-1 record plus the marked places. */
export function readState(value: unknown): ShapeResult<SavedStateV2> {
  if (!isRecord(value)) return fail('the saved data is not an object');
  const base = readStateV1({ ...value, version: 1 });
  if (!base.ok) return base;
  if (!Array.isArray(value.marks)) return fail('"marks" is not a list');
  if (value.marks.length > MAX_KEEP_OFF_MARKS) return fail('"marks" holds too many places');
  const marks: KeepOffMark[] = [];
  for (const [index, item] of value.marks.entries()) {
    const read = readMark(item, index);
    if (!read.ok) return read;
    marks.push(read.value);
  }
  return { ok: true, value: { ...base.value, version: 2, marks } };
}
