import type { Layout } from './layout';
import type { Box, PrismProfile, Sdf, Vec3 } from './sdf';
import { Ellipsoid, Prism, RoundCone, Tube, boxDistance, smin, unionBox } from './sdf';

export type StructureKind = 'bone' | 'muscle' | 'soft';

/**
 * One anatomical structure: a smooth union of primitives, optionally cut by half-spaces (to
 * split a bone into named parts). `soft` structures shape the skin but get no mesh of their own.
 */
export interface Structure {
  readonly name: string;
  readonly kind: StructureKind;
  readonly parts: readonly Sdf[];
  readonly k: number;
  readonly clips: readonly Sdf[];
  readonly box: Box;
}

export function structure(
  name: string,
  kind: StructureKind,
  parts: readonly Sdf[],
  k = 0.004,
  clips: readonly Sdf[] = [],
): Structure {
  return {
    name,
    kind,
    parts,
    k,
    clips,
    box: unionBox(
      parts.map((p) => p.box),
      k,
    ),
  };
}

export function evalStructure(s: Structure, x: number, y: number, z: number): number {
  let d = Infinity;
  for (const p of s.parts) {
    if (boxDistance(p.box, x, y, z) >= d + s.k) continue;
    d = smin(d, p.d(x, y, z), s.k);
  }
  for (const c of s.clips) d = Math.max(d, c.d(x, y, z));
  return d;
}

/** Builders that place reference-frame primitives through the layout. */
export function builders(L: Layout) {
  return {
    ell: (c: Vec3, r: Vec3): Sdf =>
      new Ellipsoid(L.p(c[0], c[1], c[2]), [
        L.r(r[0], c[1]),
        L.r(r[1], c[1]) * yScale(L, c[1]),
        L.r(r[2], c[1]),
      ]),
    cone: (a: Vec3, b: Vec3, r1: number, r2: number): Sdf =>
      new RoundCone(L.p(a[0], a[1], a[2]), L.p(b[0], b[1], b[2]), L.r(r1, a[1]), L.r(r2, b[1])),
    /** Tube nodes as [x, y, z, halfWidth, halfDepth] in the reference frame. */
    tube: (
      nodes: readonly (readonly [number, number, number, number, number])[],
      outward: Vec3,
    ): Sdf =>
      new Tube(
        nodes.map(([x, y, z, w, d]) => ({ p: L.p(x, y, z), w: L.r(w, y), d: L.r(d, y) })),
        outward,
      ),
    prism: (profiles: readonly PrismProfile[]): Sdf =>
      new Prism(
        profiles.map((pr) => {
          const c = pr.corners.map((k) => {
            const q = L.p(k[0], pr.y, k[1]);
            return [q[0], q[2]] as const;
          });
          return {
            y: L.y(pr.y),
            corners: [c[0]!, c[1]!, c[2]!] as const,
            round: L.r(pr.round, pr.y),
          };
        }),
      ),
  };
}

/** Local vertical stretch of the height map, so ellipsoids keep their share of a segment. */
function yScale(L: Layout, yRef: number): number {
  return (L.y(yRef + 0.005) - L.y(yRef - 0.005)) / 0.01;
}
