import type { SkinData } from './legModel';

/**
 * The skin's triangles in chart space. θ is unwrapped per triangle (its corners within 180° of
 * the first), so triangles on the posterior seam (θ = ±180) stay whole. A triangle with a pole
 * corner (s = 0, the toe tip, where θ is undefined) is kept as a fan sector: the pole spans the
 * whole edge s = 0 between its neighbours' angles.
 */
export interface ChartTriangles {
  readonly count: number;
  /** Vertex indices, 3 per triangle; for a pole triangle the pole comes first. */
  readonly corners: Uint32Array;
  /** Unwrapped (s, θ) per corner, 6 per triangle. */
  readonly st: Float64Array;
  /** 1 where the first corner is the toe-tip pole. */
  readonly pole: Uint8Array;
}

const POLE_S = 1e-6;

export function chartTriangles(skin: SkinData): ChartTriangles {
  const idx = skin.index;
  const ch = skin.chart;
  const n = idx.length / 3;
  const corners = new Uint32Array(n * 3);
  const st = new Float64Array(n * 6);
  const pole = new Uint8Array(n);
  let m = 0;
  for (let t = 0; t < n; t++) {
    let a = idx[t * 3]!;
    let b = idx[t * 3 + 1]!;
    let c = idx[t * 3 + 2]!;
    // Rotate so a pole corner comes first (keeps the winding).
    if (ch[b * 2]! <= POLE_S) [a, b, c] = [b, c, a];
    else if (ch[c * 2]! <= POLE_S) [a, b, c] = [c, a, b];
    const isPole = ch[a * 2]! <= POLE_S;
    const ref = isPole ? ch[b * 2 + 1]! : ch[a * 2 + 1]!;
    const unwrap = (th: number) => th + 360 * Math.round((ref - th) / 360);
    const sa = ch[a * 2]!;
    const sb = ch[b * 2]!;
    const sc = ch[c * 2]!;
    const ta = isPole ? ref : unwrap(ch[a * 2 + 1]!);
    const tb = unwrap(ch[b * 2 + 1]!);
    const tc = unwrap(ch[c * 2 + 1]!);
    // Cap triangles (all at s = 1) and other zero-area ones cover no chart area.
    const area = isPole ? Math.abs(tc - tb) : (sb - sa) * (tc - ta) - (sc - sa) * (tb - ta);
    if (Math.abs(area) < 1e-12) continue;
    corners.set([a, b, c], m * 3);
    st.set([sa, ta, sb, tb, sc, tc], m * 6);
    pole[m] = isPole ? 1 : 0;
    m++;
  }
  return {
    count: m,
    corners: corners.subarray(0, m * 3),
    st: st.subarray(0, m * 6),
    pole: pole.subarray(0, m),
  };
}
