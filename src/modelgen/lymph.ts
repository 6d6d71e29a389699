import type { Body } from './body';
import type { V3 } from './vec';
import { add, lerp3, norm, scale, sub } from './vec';
import { subcutaneous } from './placement';
import type { VeinSet } from './veins';

export type LymphGroup =
  | 'lymph_inguinal_superficial_horizontal'
  | 'lymph_inguinal_superficial_vertical'
  | 'lymph_inguinal_deep'
  | 'lymph_popliteal';

/** One node: centre, long axis (unit) and half-lengths (long, short). */
export interface LymphNode {
  readonly centre: V3;
  readonly axis: V3;
  readonly long: number;
  readonly short: number;
}

/**
 * Lymph nodes (anatomy-reference.md, Lymphatics): superficial inguinal nodes in a horizontal
 * chain below the inguinal ligament and a vertical chain along the terminal GSV; deep inguinal
 * nodes medial to the femoral vein; popliteal nodes near the SSV termination. Counts are the
 * low end of the ranges (10–20, 0–5, 6–7) so the clusters stay readable.
 */
export function placeLymph(body: Body, veins: VeinSet): Record<LymphGroup, LymphNode[]> {
  const L = body.layout;
  const pt = veins.pubicTubercle;
  const horizontal: LymphNode[] = [];
  // Along the inguinal ligament, 1.5 cm below it: from near the pubic tubercle up laterally,
  // short of the ASIS (the chain lies below the ligament, not beyond its lateral end).
  const medialEnd = add(pt, [-0.012, -0.018, 0]);
  const lateralEnd = L.p(-0.03, 0.93, 0.07);
  const dirH = norm(sub(lateralEnd, medialEnd));
  for (let i = 0; i < 5; i++) {
    const c = subcutaneous(body, lerp3(medialEnd, lateralEnd, i / 4), 0.009);
    horizontal.push({ centre: c, axis: dirH, long: 0.007, short: 0.0035 });
  }
  const vertical: LymphNode[] = [];
  const gsv = veins.veins.find((v) => v.id === 'gsv')!;
  const cl = gsv.centreline;
  for (let i = 0; i < 4; i++) {
    const target = veins.sfj[1] - 0.02 - i * 0.018;
    const k = cl.findIndex((p) => p[1] >= target);
    const p = cl[Math.max(0, k)]!;
    const side: V3 = i % 2 === 0 ? [0.009, 0, 0] : [-0.009, 0, 0.002];
    vertical.push({ centre: add(p, side), axis: [0, 1, 0], long: 0.0065, short: 0.0032 });
  }
  const cfv = veins.veins.find((v) => v.id === 'common_femoral')!;
  const deep: LymphNode[] = [0.25, 0.55, 0.85].map((t) => {
    const p = cfv.centreline[Math.round(t * (cfv.centreline.length - 1))]!;
    return {
      centre: add(p, [cfv.radii[0]! + 0.006, 0, -0.002]),
      axis: [0, 1, 0],
      long: 0.005,
      short: 0.003,
    };
  });
  const spj = veins.spj;
  const popliteal: LymphNode[] = [
    add(spj, [0.004, 0.012, -0.006]),
    add(spj, [-0.012, -0.004, 0.004]),
    add(spj, [0.012, -0.01, 0.006]),
    add(spj, [-0.006, -0.022, 0.008]),
  ].map((c) => ({ centre: c, axis: scale([0, 1, 0], 1), long: 0.0045, short: 0.0028 }));
  return {
    lymph_inguinal_superficial_horizontal: horizontal,
    lymph_inguinal_superficial_vertical: vertical,
    lymph_inguinal_deep: deep,
    lymph_popliteal: popliteal,
  };
}
