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

/** Smooth-union width of the skin over its structures (m): larger reads softer. */
const SKIN_BLEND = 0.012;

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

export function makeBody(L: Layout): Body {
  const structures = [...bones(L), ...muscles(L), ...softTissue(L)];
  const field = new SkinField(structures, initialFat(L), SKIN_BLEND);
  // The top cut: low at the crotch, over the pubic tubercle in front, high over the trochanter.
  const cap = plane(L.p(-0.14, 0.99, 0.0), L.p(0.05, 0.958, 0.08), L.p(0.075, 0.885, -0.05));
  // Toe tip: the front of the hallux pulp, found along the foot line.
  const bendStart = L.p(0.008, 0.042, 0.075);
  const inHallux = L.p(0.029, 0.0145, 0.19);
  const dir = norm(sub(inHallux, bendStart));
  const r = outermostHit((x, y, z) => field.skin(x, y, z), inHallux, dir, 0.06);
  if (r === null) throw new Error('toe tip not found');
  const toeTip = add(inHallux, scale(dir, r));
  const legRef: V3[] = [
    [0.0, 0.2, -0.012],
    [0.004, 0.3, -0.016],
    [0.004, 0.4, -0.01],
    [0.002, 0.48, -0.002],
    [-0.004, 0.58, 0.0],
    [-0.012, 0.7, -0.004],
    [-0.018, 0.82, -0.006],
    [-0.02, 0.95, -0.006],
    [-0.02, 1.15, -0.004],
  ];
  const axis = new ChartAxis({
    toeTip,
    bendStart,
    bendRadius: L.r(0.085, 0.08),
    legPoints: legRef.map(([x, y, z]) => L.p(x, y, z)),
    capNormal: cap.n,
    capPoint: cap.p,
    capBlend: L.y(0.9) - L.y(0.62),
  });
  return { layout: L, structures, field, axis };
}
