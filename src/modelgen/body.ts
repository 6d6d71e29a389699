import { ChartAxis } from './axis';
import { bones } from './anatomy/bones';
import { muscles } from './anatomy/muscles';
import { softTissue } from './anatomy/soft';
import type { FatProfile } from './field';
import { SkinField, outermostHit } from './field';
import type { Layout } from './layout';
import type { Structure } from './structure';
import type { V3 } from './vec';
import { add, cross, norm, scale, sub } from './vec';

/** Everything the generator derives from a layout before meshing. */
export interface Body {
  readonly layout: Layout;
  readonly structures: readonly Structure[];
  readonly field: SkinField;
  readonly axis: ChartAxis;
}

/**
 * Smooth-union width of the skin over its structures (m): larger reads softer but swells where
 * many small structures crowd (the ankle), so it is tight there and soft over calf and thigh.
 */
function skinBlend(L: Layout): (y: number, z: number) => number {
  const ys = [L.y(0.04), L.y(0.09), L.y(0.2), L.y(0.34)];
  const ks = [0.012, 0.009, 0.009, 0.018];
  // Tight between the toes so they read as toes, not a mitten.
  const toeFrom = L.p(0, 0.02, 0.14)[2];
  const toeTo = L.p(0, 0.02, 0.165)[2];
  return (y, z) => {
    let k = ks[ks.length - 1]!;
    if (y <= ys[0]!) k = ks[0]!;
    else {
      for (let i = 1; i < ys.length; i++) {
        if (y <= ys[i]!) {
          const t = (y - ys[i - 1]!) / (ys[i]! - ys[i - 1]!);
          k = ks[i - 1]! + (ks[i]! - ks[i - 1]!) * t * t * (3 - 2 * t);
          break;
        }
      }
    }
    const toe = Math.max(0, Math.min(1, (z - toeFrom) / (toeTo - toeFrom)));
    return k + (0.004 - k) * toe * (y < ys[1]! ? 1 : 0);
  };
}

/**
 * Initial fat profile (reference heights → model heights). Extra thickness where bone is deep:
 * thin on the foot and ankle, more on calf and thigh; calibrated later against ANSUR girths.
 */
function initialFat(L: Layout): FatProfile {
  const knots: [number, number][] = [
    [0.0, 0.003],
    [0.06, 0.003],
    [0.14, 0.004],
    [0.33, 0.007],
    [0.47, 0.006],
    [0.52, 0.009],
    [0.7, 0.012],
    [0.821, 0.015],
    [1.0, 0.016],
  ];
  return { overBone: 0.0025, ys: knots.map(([y]) => L.y(y)), extra: knots.map(([, e]) => e) };
}

/** Plane through three points, normal pointing up. */
function plane(a: V3, b: V3, c: V3): { n: V3; p: V3 } {
  let n = norm(cross(sub(b, a), sub(c, a)));
  if (n[1] < 0) n = scale(n, -1);
  return { n, p: a };
}

/** Where the ankle bend of the axis ends (see ChartAxis): a quarter-ish circle to vertical. */
function arcEnd(toeTip: V3, bendStart: V3, R: number): V3 {
  const d0 = norm(sub(bendStart, toeTip));
  const up: V3 = [0, 1, 0];
  const m = norm(sub(up, scale(d0, d0[1])));
  const phi = Math.acos(Math.max(-1, Math.min(1, d0[1])));
  return add(bendStart, add(scale(d0, R * Math.sin(phi)), scale(m, R * (1 - Math.cos(phi)))));
}

export function makeBody(L: Layout): Body {
  const structures = [...bones(L), ...muscles(L), ...softTissue(L)];
  const field = new SkinField(structures, initialFat(L), skinBlend(L));
  // The top cut: low at the crotch, over the pubic tubercle in front, high over the trochanter.
  const cap = plane(L.p(-0.14, 0.99, 0.0), L.p(0.05, 0.958, 0.08), L.p(0.075, 0.885, -0.05));
  // Toe tip: the front of the hallux pulp, found along the foot line.
  const inHallux = L.p(0.029, 0.0145, 0.19);
  const skin = (x: number, y: number, z: number) => field.skin(x, y, z);
  const bendRadius = L.r(0.085, 0.08);
  const legRef: V3[] = [
    [0.0, 0.2, -0.014],
    [0.003, 0.3, -0.016],
    [0.004, 0.4, -0.01],
    [0.002, 0.48, -0.002],
    [-0.004, 0.58, 0.0],
    [-0.012, 0.7, -0.004],
    [-0.018, 0.82, -0.006],
    [-0.02, 0.95, -0.006],
    [-0.02, 1.15, -0.004],
  ];
  const legPoints = legRef.map(([x, y, z]) => L.p(x, y, z));
  // Place the bend so it ends straight below the first leg point: the slices then turn one way
  // only (no fold where the bend meets the leg).
  let bendStart = L.p(0.008, 0.042, 0.075);
  let toeTip: V3 = inHallux;
  for (let it = 0; it < 6; it++) {
    const dir = norm(sub(inHallux, bendStart));
    const r = outermostHit(skin, inHallux, dir, 0.06);
    if (r === null) throw new Error('toe tip not found');
    toeTip = add(inHallux, scale(dir, r));
    const end = arcEnd(toeTip, bendStart, bendRadius);
    const target = legPoints[0]!;
    bendStart = [
      bendStart[0] + target[0] - end[0],
      bendStart[1],
      bendStart[2] + target[2] - end[2],
    ];
  }
  const axis = new ChartAxis({
    toeTip,
    bendStart,
    bendRadius,
    legPoints,
    capNormal: cap.n,
    capPoint: cap.p,
    capBlend: L.y(0.9) - L.y(0.62),
  });
  return { layout: L, structures, field, axis };
}
