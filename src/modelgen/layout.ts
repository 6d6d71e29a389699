import type { Anthropometry } from './params';
import { meanM } from './params';

/**
 * The anatomy is written once in a reference frame (ANSUR II male means, metres, right leg:
 * x medial, y up from the sole, z anterior, ankle centre at x = z = 0). A layout maps that
 * frame onto a parameter file: heights piecewise between surveyed landmark heights, widths by
 * the ratio of the surveyed girth nearest in height, foot lengths by foot length.
 */
export interface Layout {
  readonly params: Anthropometry;
  /** Reference point → model point. */
  p(x: number, y: number, z: number): [number, number, number];
  /** Reference radius at reference height yRef → model radius. */
  r(radius: number, yRef: number): number;
  /** Reference height → model height. */
  y(yRef: number): number;
}

/** The reference figures the anatomy was written against (ANSUR II male means, metres). */
const REF = {
  stature: 1.756,
  lateralMalleolus: 0.073,
  tibiale: 0.468,
  midPatella: 0.488,
  crotch: 0.846,
  trochanterion: 0.901,
  ankleCirc: 0.229,
  calfCirc: 0.392,
  lowerThighCirc: 0.409,
  thighCirc: 0.625,
  footLength: 0.271,
  footBreadth: 0.102,
  bimalleolar: 0.075,
} as const;

function piecewise(xs: readonly number[], ys: readonly number[], x: number): number {
  if (x <= xs[0]!) return ys[0]! + (x - xs[0]!) * ((ys[1]! - ys[0]!) / (xs[1]! - xs[0]!));
  for (let i = 1; i < xs.length; i++) {
    if (x <= xs[i]! || i === xs.length - 1) {
      const t = (x - xs[i - 1]!) / (xs[i]! - xs[i - 1]!);
      return ys[i - 1]! + t * (ys[i]! - ys[i - 1]!);
    }
  }
  return ys[ys.length - 1]!;
}

function smoothstep(a: number, b: number, x: number): number {
  const t = Math.max(0, Math.min(1, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}

export function makeLayout(params: Anthropometry): Layout {
  const m = (n: Parameters<typeof meanM>[1]) => meanM(params, n);
  const H = m('stature');
  const hx = [
    0,
    REF.lateralMalleolus,
    REF.tibiale,
    REF.midPatella,
    REF.crotch,
    REF.trochanterion,
    1.3,
  ];
  const hy = [
    0,
    m('lateralMalleolusHeight'),
    m('tibialeHeight'),
    m('kneeHeightMidPatella'),
    m('crotchHeight'),
    m('trochanterionHeight'),
    m('trochanterionHeight') + (1.3 - REF.trochanterion) * (H / REF.stature),
  ];
  const gx = [0.02, 0.07, 0.14, 0.33, 0.52, 0.82];
  const gy = [
    m('footBreadth') / REF.footBreadth,
    m('bimalleolarBreadth') / REF.bimalleolar,
    m('ankleCircumference') / REF.ankleCirc,
    m('calfCircumference') / REF.calfCirc,
    m('lowerThighCircumference') / REF.lowerThighCirc,
    m('thighCircumference') / REF.thighCirc,
  ];
  const footZ = m('footLength') / REF.footLength;
  const g = (yRef: number) =>
    piecewise(gx, gy, Math.max(gx[0]!, Math.min(gx[gx.length - 1]!, yRef)));
  const y = (yRef: number) => piecewise(hx, hy, yRef);
  return {
    params,
    y,
    r: (radius, yRef) => radius * g(yRef),
    p: (x, yr, z) => {
      const gz = footZ + (g(yr) - footZ) * smoothstep(0.06, 0.14, yr);
      return [x * g(yr), y(yr), z * gz];
    },
  };
}
