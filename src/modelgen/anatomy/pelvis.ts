import { FEMORAL_HEAD_REF } from './bones';
import { TRUNK_REF } from './trunk';

/**
 * The anterior superior iliac spine (ASIS), placed from the hip joint centre (the femoral head)
 * by Bell, Brand & Pedersen 1989 (Hum Mov Sci 8:3, adults, Tylkowski's approach): the hip joint
 * centre lies 30 % of the inter-ASIS distance W distal, 14 % medial and 22 % posterior to the
 * ASIS. Its distance from the midline, W/2 − 14 % W = 0.36 W (the mediolateral term of the
 * Bell–Brand regression), gives W from the model's midline: here 0.09 / 0.36 = 250 mm.
 * How deep it lies is taken from the skin afterwards (`inguinalLigament.ts`): the model's
 * femoral head depth is set by eye, the skin over the ASIS is measured (9.7 ± 7.0 mm on CT).
 */
export const BELL_HJC_FROM_ASIS = { distal: 0.3, medial: 0.14, posterior: 0.22 } as const;
/** Hip joint centre from the midline as a share of W (Bell & Brand: 0.36). */
const HJC_FROM_MIDLINE = 0.5 - BELL_HJC_FROM_ASIS.medial;

/** Inter-ASIS distance of the reference frame (m): the hip joint centre's distance from the midline / 0.36. */
export function interAsisDistanceRef(): number {
  return (TRUNK_REF.midlineX - FEMORAL_HEAD_REF[0]) / HJC_FROM_MIDLINE;
}

/** The ASIS in the reference frame (x medial, y up, z anterior), before its depth is set. */
export function asisRef(): [number, number, number] {
  const w = interAsisDistanceRef();
  const [x, y, z] = FEMORAL_HEAD_REF;
  return [
    x - BELL_HJC_FROM_ASIS.medial * w,
    y + BELL_HJC_FROM_ASIS.distal * w,
    z + BELL_HJC_FROM_ASIS.posterior * w,
  ];
}
