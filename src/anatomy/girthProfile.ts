/**
 * How much skin lies round the leg between two angles of the chart at one level, measured on the
 * skin itself: the chart's θ is not even round the leg (a degree on the flat inner face of the
 * shin is less skin than one over the calf), so a hand's width in degrees depends on the level
 * and on where round the leg it lies. Plain data, so the protocol's placement can read it
 * without the chart.
 */
import { wrapDegrees } from './chartAngle';
import type { SurfaceOfChart } from './chartScale';

export interface GirthProfile {
  /** Chart levels s, increasing, evenly spaced from 0 to 1. */
  readonly levels: readonly number[];
  /** Degrees between samples round the leg. */
  readonly stepDeg: number;
  /**
   * Per level, the skin's arc from θ = −180° to each sample (mm): 360 / stepDeg + 1 entries, the
   * last one the leg's perimeter there.
   */
  readonly arcMm: readonly (readonly number[])[];
}

const LEVELS = 101;
/** 5°: a chord short of its arc by well under 1 %. */
const STEP_DEG = 5;

export function girthProfileOf(chart: SurfaceOfChart): GirthProfile {
  const levels: number[] = [];
  const arcMm: number[][] = [];
  const samples = 360 / STEP_DEG;
  for (let i = 0; i < LEVELS; i++) {
    const s = i / (LEVELS - 1);
    const row = [0];
    let [px, py, pz] = chart.surfaceAt(s, -180).position;
    for (let k = 1; k <= samples; k++) {
      const [x, y, z] = chart.surfaceAt(s, -180 + k * STEP_DEG).position;
      row.push(row[k - 1]! + Math.hypot(x - px, y - py, z - pz) * 1000);
      [px, py, pz] = [x, y, z];
    }
    levels.push(s);
    arcMm.push(row);
  }
  return { levels, stepDeg: STEP_DEG, arcMm };
}

/**
 * The two measured levels around s and the weight of the upper one, written into one reused
 * object: the hands' placement asks every frame, and a hot path allocates nothing.
 */
const bracketed = { lo: 0, hi: 0, f: 0 };
function bracket(profile: GirthProfile, s: number): Readonly<typeof bracketed> {
  const n = profile.levels.length;
  const step = profile.levels[1]! - profile.levels[0]!;
  const i = Math.min(n - 2, Math.floor((s - profile.levels[0]!) / step));
  const below = !(s > profile.levels[0]!);
  const above = s >= profile.levels[n - 1]!;
  bracketed.lo = below ? 0 : above ? n - 1 : i;
  bracketed.hi = below ? 0 : above ? n - 1 : i + 1;
  bracketed.f = below || above ? 0 : (s - profile.levels[i]!) / step;
  return bracketed;
}

/** A row's skin at fractional sample k + g. */
const rowAt = (row: readonly number[], k: number, g: number) =>
  row[k]! + (row[k + 1]! - row[k]!) * g;

/** Skin from θ = −180° to θ (in [−180, 180]) at level s, mm. */
function arcFromBack(profile: GirthProfile, s: number, theta: number): number {
  const { lo, hi, f } = bracket(profile, s);
  const x = (Math.min(180, Math.max(-180, theta)) + 180) / profile.stepDeg;
  const k = Math.min(Math.floor(x), profile.arcMm[lo]!.length - 2);
  const g = x - k;
  return rowAt(profile.arcMm[lo]!, k, g) * (1 - f) + rowAt(profile.arcMm[hi]!, k, g) * f;
}

/** The leg's perimeter at level s, mm. */
export function girthAtMm(profile: GirthProfile, s: number): number {
  return arcFromBack(profile, s, 180);
}

/** Skin round the leg at level s from θ over `delta` degrees (either way, up to a turn), mm. */
export function skinRoundMm(
  profile: GirthProfile,
  s: number,
  theta: number,
  delta: number,
): number {
  if (delta < 0) return skinRoundMm(profile, s, theta + delta, -delta);
  const d = Math.min(360, delta);
  const a = wrapDegrees(theta) === 180 ? -180 : wrapDegrees(theta);
  const b = a + d;
  if (b <= 180) return arcFromBack(profile, s, b) - arcFromBack(profile, s, a);
  return girthAtMm(profile, s) - arcFromBack(profile, s, a) + arcFromBack(profile, s, b - 360);
}

/**
 * How many degrees round the leg from θ, going toward increasing θ (`direction` +1) or
 * decreasing (−1), hold `mm` of skin at level s; at most 180. Walks the measured samples (the
 * placement asks this for every hand at every frame and solver station).
 */
export function degreesForSkin(
  profile: GirthProfile,
  s: number,
  theta: number,
  direction: 1 | -1,
  mm: number,
): number {
  if (!(mm > 0)) return 0;
  const { lo, hi, f } = bracket(profile, s);
  const rowLo = profile.arcMm[lo]!;
  const rowHi = profile.arcMm[hi]!;
  const n = rowLo.length - 1; // samples in a turn
  const perimeter = rowLo[n]! * (1 - f) + rowHi[n]! * f;
  const a = wrapDegrees(theta) === 180 ? -180 : wrapDegrees(theta);
  const x = (a + 180) / profile.stepDeg; // θ in samples from −180°
  const start = arcFromBack(profile, s, a);
  const target = start + direction * mm;
  const limit = 180 / profile.stepDeg;
  // The samples on the way, until the skin passed holds `mm`.
  let prevK = x;
  let prevArc = start;
  let k = direction > 0 ? Math.floor(x) + 1 : Math.ceil(x) - 1;
  for (let walked = 0; walked <= limit + 1; walked++, k += direction) {
    // Skin from θ = −180° to sample k, counting whole turns (k may be any integer).
    const turns = Math.floor(k / n);
    const i = k - turns * n;
    const arc = turns * perimeter + rowLo[i]! * (1 - f) + rowHi[i]! * f;
    if (direction * (arc - target) >= 0) {
      const g = arc === prevArc ? 0 : (target - prevArc) / (arc - prevArc);
      const samples = Math.abs(prevK + (k - prevK) * g - x);
      return Math.min(180, samples * profile.stepDeg);
    }
    prevK = k;
    prevArc = arc;
  }
  return 180;
}
