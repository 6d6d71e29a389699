import type { Structure } from './structure';
import { evalStructure } from './structure';
import { boxDistance, smin } from './sdf';

/** Subcutaneous fat thickness at height knots (metres); calibrated against girths. */
export interface FatProfile {
  /** Thickness over bone that lies just under the skin (skin + thin subcutis). */
  readonly overBone: number;
  /** Heights of the knots, ascending (model metres). */
  readonly ys: number[];
  /** Extra thickness where bone is deep, at each knot. */
  readonly extra: number[];
}

function lerpKnots(ys: readonly number[], vs: readonly number[], y: number): number {
  if (y <= ys[0]!) return vs[0]!;
  for (let i = 1; i < ys.length; i++) {
    if (y <= ys[i]!) {
      const t = (y - ys[i - 1]!) / (ys[i]! - ys[i - 1]!);
      return vs[i - 1]! + t * (vs[i]! - vs[i - 1]!);
    }
  }
  return vs[vs.length - 1]!;
}

/** Bone deeper than this counts as "far" for the fat blend (and caps the depth search). */
const BONE_FAR = 0.022;
const BONE_NEAR = 0.004;

/**
 * The skin as a field: smooth union of every structure, pushed out by a fat layer that is thin
 * where bone is close (tibial face, patella, malleoli) and follows the height profile elsewhere.
 */
export class SkinField {
  private readonly all: readonly Structure[];
  private readonly bones: readonly Structure[];
  constructor(
    structures: readonly Structure[],
    public fat: FatProfile,
    /** Blend width of the union as a function of height (m): tight at the ankle, soft above. */
    readonly blend: (y: number, z: number) => number,
  ) {
    this.all = structures;
    this.bones = structures.filter((s) => s.kind === 'bone');
  }

  /** Distance to the nearest bone surface, capped at `cap`. */
  boneDistance(x: number, y: number, z: number, cap = BONE_FAR): number {
    let d = cap;
    for (const b of this.bones) {
      if (boxDistance(b.box, x, y, z) >= d) continue;
      d = Math.min(d, evalStructure(b, x, y, z));
    }
    return d;
  }

  /** Smooth union of all structures (the surface under the fat). */
  inner(x: number, y: number, z: number): number {
    let d = Infinity;
    const k = this.blend(y, z);
    for (const s of this.all) {
      if (boxDistance(s.box, x, y, z) >= d + k) continue;
      d = smin(d, evalStructure(s, x, y, z), k);
    }
    return d;
  }

  fatAt(x: number, y: number, z: number): number {
    const bd = this.boneDistance(x, y, z);
    const t = Math.max(0, Math.min(1, (bd - BONE_NEAR) / (BONE_FAR - BONE_NEAR)));
    const w = t * t * (3 - 2 * t);
    return this.fat.overBone + lerpKnots(this.fat.ys, this.fat.extra, y) * w;
  }

  skin(x: number, y: number, z: number): number {
    const inner = this.inner(x, y, z);
    // Far outside, the fat cannot bring the surface back: skip the bone search.
    if (inner > 0.05) return inner - this.fat.overBone - Math.max(...this.fat.extra);
    return inner - this.fatAt(x, y, z);
  }

  /** Outward normal by central differences. */
  normal(x: number, y: number, z: number): [number, number, number] {
    const e = 2e-4;
    const nx = this.skin(x + e, y, z) - this.skin(x - e, y, z);
    const ny = this.skin(x, y + e, z) - this.skin(x, y - e, z);
    const nz = this.skin(x, y, z + e) - this.skin(x, y, z - e);
    const l = Math.hypot(nx, ny, nz) || 1;
    return [nx / l, ny / l, nz / l];
  }
}

/**
 * Outermost crossing of the skin along a ray from `o` in unit direction `d`, searched inward
 * from `rMax` (sphere tracing, then bisection). Returns the distance, or null if none.
 */
export function outermostHit(
  f: (x: number, y: number, z: number) => number,
  o: readonly number[],
  d: readonly number[],
  rMax: number,
  tol = 2e-5,
): number | null {
  const at = (r: number) => f(o[0]! + d[0]! * r, o[1]! + d[1]! * r, o[2]! + d[2]! * r);
  let r = rMax;
  let v = at(r);
  if (v < 0) return rMax;
  let prev = r;
  while (r > 0) {
    prev = r;
    r -= Math.max(v * 0.8, 4e-4);
    if (r < 0) r = 0;
    v = at(r);
    if (v < 0) break;
    if (r === 0) return null;
  }
  let lo = r; // inside
  let hi = prev; // outside
  while (hi - lo > tol) {
    const mid = 0.5 * (lo + hi);
    if (at(mid) < 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
