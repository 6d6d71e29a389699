import type { Layout } from './layout';
import type { Box, PrismProfile, Sdf, Vec3 } from './sdf';
import { Ellipsoid, Loft, Prism, RoundCone, Tube, boxDistance, smin, unionBox } from './sdf';

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

type Row5 = readonly [number, number, number, number, number];

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
    /** Tube nodes as [x, y, z, halfWidth, halfDepth] in the reference frame, smoothed. */
    tube: (nodes: readonly Row5[], outward: Vec3): Sdf =>
      new Tube(
        densify(nodes, 4).map(([x, y, z, w, d]) => ({
          p: L.p(x, y, z),
          w: L.r(w, y),
          d: L.r(d, y),
        })),
        outward,
      ),
    /** Loft sections as [y, cx, cz, hx, hz] in the reference frame. */
    loft: (sections: readonly Row5[]): Sdf =>
      new Loft(
        densify(
          sections.map(([y, cx, cz, hx, hz]): Row5 => [cx, y, cz, hx, hz]),
          3,
        ).map(([cx, y, cz, hx, hz]) => {
          const c = L.p(cx, y, cz);
          return { y: c[1], cx: c[0], cz: c[2], hx: L.r(hx, y), hz: L.r(hz, y) };
        }),
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

/**
 * Catmull–Rom through the rows (each [x, y, z, a, b]), `k` samples per span: tubes then bend
 * and swell smoothly instead of kinking at their nodes.
 */
function densify(
  rows: readonly (readonly [number, number, number, number, number])[],
  k: number,
): [number, number, number, number, number][] {
  const out: [number, number, number, number, number][] = [];
  const at = (i: number) => rows[Math.max(0, Math.min(rows.length - 1, i))]!;
  for (let i = 0; i + 1 < rows.length; i++) {
    for (let j = 0; j < k; j++) {
      const t = j / k;
      const p0 = at(i - 1);
      const p1 = at(i);
      const p2 = at(i + 1);
      const p3 = at(i + 2);
      const v = [0, 1, 2, 3, 4].map((c) => {
        const a = p0[c]!;
        const b = p1[c]!;
        const cc = p2[c]!;
        const d = p3[c]!;
        const r =
          0.5 *
          (2 * b +
            (cc - a) * t +
            (2 * a - 5 * b + 4 * cc - d) * t * t +
            (3 * b - a - 3 * cc + d) * t * t * t);
        // Radii must stay positive where the spline overshoots.
        return c >= 3 ? Math.max(r, 0.3 * Math.min(b, cc)) : r;
      });
      out.push(v as [number, number, number, number, number]);
    }
  }
  out.push([...rows[rows.length - 1]!]);
  return out;
}

/** Local vertical stretch of the height map, so ellipsoids keep their share of a segment. */
function yScale(L: Layout, yRef: number): number {
  return (L.y(yRef + 0.005) - L.y(yRef - 0.005)) / 0.01;
}
