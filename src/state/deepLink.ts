/**
 * The view as a link: which moment of the lesson, from which camera, on which leg, with which
 * layers, at which speed and timing. Pure: `encodeView` writes URL parameters and `decodeView`
 * reads them back, ignoring anything it does not understand, so any link opens the app.
 *
 *   ?t=30&leg=left&camera=back&layers=skin,zones,veins&speed=1&timing=demo
 *
 * `phase` (a phase id) or `span` (an index into the timeline's phase spans) may stand instead of
 * `t`; `t` wins when both are given.
 */
import { LEG_SIDES, type LegSide } from '../anatomy/names';
import type { TimingMode } from './playbackStore';
import { nearestSpeed } from './speedSteps';
import {
  CAMERA_PRESETS,
  LAYERS,
  type CameraPreset,
  type LayerName,
  type Layers,
} from './viewStore';

export interface LinkState {
  /** Seconds into the timeline, to one decimal. */
  t: number;
  /** Index into the timeline's phase spans. */
  span: number;
  /** A phase id; with `leg`, the start of that phase on that leg. */
  phase: string;
  leg: LegSide;
  camera: CameraPreset;
  layers: Layers;
  speed: number;
  timing: TimingMode;
  /** Length of a real session, whole minutes. */
  minutes: number;
}

export const LINK_KEYS = [
  't',
  'span',
  'phase',
  'leg',
  'camera',
  'layers',
  'speed',
  'timing',
  'minutes',
] as const satisfies readonly (keyof LinkState)[];

export const MAX_LINK_SECONDS = 24 * 60 * 60;
export const MAX_LINK_SPAN = 999;
export const LINK_MINUTES = { min: 1, max: 600 } as const;
const TIMINGS: readonly TimingMode[] = ['demo', 'session'];
const PHASE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NO_LAYERS = 'none';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const tenths = (value: number) => Math.round(value * 10) / 10;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** A finite number written plainly, or null ("", "abc", "Infinity" are not numbers here). */
function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

function encodeLayers(layers: Layers): string {
  const on = LAYERS.filter((layer) => layers[layer]);
  return on.length === 0 ? NO_LAYERS : on.join(',');
}

function decodeLayers(text: string): Layers | null {
  const names = text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const known = names.filter((name): name is LayerName => isOneOf(LAYERS, name));
  const allOff = text.trim() === '' || text.trim().toLowerCase() === NO_LAYERS;
  if (known.length === 0 && !allOff) return null;
  return Object.fromEntries(LAYERS.map((layer) => [layer, known.includes(layer)])) as Layers;
}

/** Values are plain ids, numbers and comma lists: keep the commas readable. */
function component(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',');
}

function formatParams(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([key, value]) => `${component(key)}=${component(value)}`).join('&');
}

/** The given parts of the view as URL parameters (no leading "?"), in a fixed order. */
export function encodeView(state: Partial<LinkState>): string {
  const pairs: [string, string][] = [];
  if (state.t !== undefined) pairs.push(['t', String(tenths(clamp(state.t, 0, MAX_LINK_SECONDS)))]);
  if (state.span !== undefined) pairs.push(['span', String(Math.round(state.span))]);
  if (state.phase !== undefined) pairs.push(['phase', state.phase]);
  if (state.leg !== undefined) pairs.push(['leg', state.leg]);
  if (state.camera !== undefined) pairs.push(['camera', state.camera]);
  if (state.layers !== undefined) pairs.push(['layers', encodeLayers(state.layers)]);
  if (state.speed !== undefined) pairs.push(['speed', String(nearestSpeed(state.speed))]);
  if (state.timing !== undefined) pairs.push(['timing', state.timing]);
  if (state.minutes !== undefined) pairs.push(['minutes', String(Math.round(state.minutes))]);
  return formatParams(pairs);
}

function readParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return new URLSearchParams();
  }
}

/**
 * The parts of the view a link gives. Total: never throws; a value it cannot read is left out,
 * and numbers are clamped into their range (speed snaps to the nearest offered speed).
 */
export function decodeView(search: string): Partial<LinkState> {
  const params = readParams(search);
  const text = (key: (typeof LINK_KEYS)[number]) => params.get(key)?.trim() ?? null;
  const number = (key: (typeof LINK_KEYS)[number]) => {
    const value = text(key);
    return value === null ? null : parseNumber(value);
  };
  const view: Partial<LinkState> = {};

  const t = number('t');
  if (t !== null) view.t = tenths(clamp(t, 0, MAX_LINK_SECONDS));
  const span = number('span');
  if (span !== null) view.span = clamp(Math.round(span), 0, MAX_LINK_SPAN);
  const phase = text('phase')?.toLowerCase();
  if (phase !== undefined && phase.length <= 60 && PHASE_ID.test(phase)) view.phase = phase;
  const leg = text('leg')?.toLowerCase();
  if (leg !== undefined && isOneOf(LEG_SIDES, leg)) view.leg = leg;
  const camera = text('camera')?.toLowerCase();
  if (camera !== undefined && isOneOf(CAMERA_PRESETS, camera)) view.camera = camera;
  const layersText = text('layers');
  const layers = layersText === null ? null : decodeLayers(layersText);
  if (layers !== null) view.layers = layers;
  const speed = number('speed');
  if (speed !== null) view.speed = nearestSpeed(speed);
  const timing = text('timing')?.toLowerCase();
  if (timing !== undefined && isOneOf(TIMINGS, timing)) view.timing = timing;
  const minutes = number('minutes');
  if (minutes !== null) {
    view.minutes = clamp(Math.round(minutes), LINK_MINUTES.min, LINK_MINUTES.max);
  }
  return view;
}

/**
 * `current` (a location.search) with the view's parameters replaced by `encoded`; parameters
 * that are not the view's are kept, before the view's. Returns "" or a string starting with "?".
 */
export function mergeSearch(current: string, encoded: string): string {
  const others = [...readParams(current)].filter(
    ([key]) => !(LINK_KEYS as readonly string[]).includes(key),
  );
  const parts = [formatParams(others), encoded].filter((part) => part !== '');
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
