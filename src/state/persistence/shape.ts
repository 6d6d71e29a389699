/**
 * Reads an untrusted value as a version-1 record, field by field, without a schema library (this
 * runs before the first frame). Numbers out of range are clamped; anything of the wrong type
 * makes the whole record unreadable, with the reason (an `errors:stored` message).
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
import { message, type Message } from '../../i18n/message';
import type { Preferences, SavedProtocol, SavedStateV1, SavedStateV2 } from './format';

export type ShapeResult<T> = { ok: true; value: T } | { ok: false; reason: Message };

const TIMINGS = ['demo', 'session'] as const;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `key`: an `errors:stored` message; `index`: which entry of a list, as saved (from 0). */
const fail = (key: string, index?: number): { ok: false; reason: Message } => ({
  ok: false,
  reason: message(key, index === undefined ? undefined : { index }),
});

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
  if (!isRecord(value)) return fail('errors:stored.preferencesNotObject');
  const layers = readLayers(value.layers);
  if (layers === null) return fail('errors:stored.layers');
  const leg = value.leg;
  if (typeof leg !== 'string' || !(LEG_SIDES as readonly string[]).includes(leg)) {
    return fail('errors:stored.leg');
  }
  const timing = value.timing;
  if (typeof timing !== 'string' || !(TIMINGS as readonly string[]).includes(timing)) {
    return fail('errors:stored.timing');
  }
  const speed = finiteIn(value.speed, 0.25, 4);
  const sessionMinutes = finiteIn(value.sessionMinutes, 1, 600);
  const skinOpacity = finiteIn(value.skinOpacity, 0.05, 1);
  if (speed === null || sessionMinutes === null || skinOpacity === null) {
    return fail('errors:stored.numbers');
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
  if (!isRecord(value)) return fail('errors:stored.protocolNotObject', index);
  const { id, name, fileName, savedAt, document } = value;
  if (typeof id !== 'string' || id === '') return fail('errors:stored.protocolNoId', index);
  if (typeof name !== 'string') return fail('errors:stored.protocolNoName', index);
  if (typeof fileName !== 'string') return fail('errors:stored.protocolNoFileName', index);
  if (typeof savedAt !== 'string') return fail('errors:stored.protocolNoSavedAt', index);
  if (!isRecord(document)) return fail('errors:stored.protocolNoDocument', index);
  return { ok: true, value: { id, name, fileName, savedAt, document } };
}

export function readStateV1(value: unknown): ShapeResult<SavedStateV1> {
  if (!isRecord(value)) return fail('errors:stored.notObject');
  const preferences = readPreferences(value.preferences);
  if (!preferences.ok) return preferences;
  if (!Array.isArray(value.protocols)) return fail('errors:stored.protocolsNotList');
  const protocols: SavedProtocol[] = [];
  for (const [index, item] of value.protocols.entries()) {
    const read = readSavedProtocol(item, index);
    if (!read.ok) return read;
    protocols.push(read.value);
  }
  const active = value.activeProtocolId;
  if (active !== null && (typeof active !== 'string' || !protocols.some((p) => p.id === active))) {
    return fail('errors:stored.activeProtocol');
  }
  return {
    ok: true,
    value: { version: 1, preferences: preferences.value, protocols, activeProtocolId: active },
  };
}

/** One marked place; anything out of place makes it unreadable (positions are not clamped). */
export function readMark(value: unknown, index: number): ShapeResult<KeepOffMark> {
  if (!isRecord(value)) return fail('errors:stored.markNotObject', index);
  const { id, kind, leg, s, theta, radiusCm } = value;
  if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    return fail('errors:stored.markNoId', index);
  }
  if (typeof kind !== 'string' || !(MARK_KINDS as readonly string[]).includes(kind)) {
    return fail('errors:stored.markKind', index);
  }
  if (typeof leg !== 'string' || !(LEG_SIDES as readonly string[]).includes(leg)) {
    return fail('errors:stored.markLeg', index);
  }
  const inRange = (v: unknown, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
  if (!inRange(s, 0, 1) || !inRange(theta, -180, 180)) {
    return fail('errors:stored.markPlace', index);
  }
  if (!inRange(radiusCm, MARK_RADIUS_CM.min, MARK_RADIUS_CM.max)) {
    return fail('errors:stored.markSize', index);
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
  if (!isRecord(value)) return fail('errors:stored.notObject');
  const base = readStateV1({ ...value, version: 1 });
  if (!base.ok) return base;
  if (!Array.isArray(value.marks)) return fail('errors:stored.marksNotList');
  if (value.marks.length > MAX_KEEP_OFF_MARKS) return fail('errors:stored.marksTooMany');
  const marks: KeepOffMark[] = [];
  for (const [index, item] of value.marks.entries()) {
    const read = readMark(item, index);
    if (!read.ok) return read;
    marks.push(read.value);
  }
  return { ok: true, value: { ...base.value, version: 2, marks } };
}
