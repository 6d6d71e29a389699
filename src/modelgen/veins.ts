import type { Body } from './body';
import { arcLengths, catmullRom, pointAt } from './curve';
import { fatThickness, skinOver } from './placement';
import type { V3 } from './vec';
import { add, lerp3, norm, scale, sub } from './vec';

export type VeinId =
  'gsv' | 'ssv' | 'posterior_tibial' | 'popliteal' | 'femoral' | 'common_femoral';

export interface Valve {
  /** Distance from the vein's distal start along the centreline (m). */
  readonly arcLength: number;
  readonly position: V3;
  /** Unit flow direction (toward the heart). */
  readonly direction: V3;
}

export interface Vein {
  readonly id: VeinId;
  readonly kind: 'superficial' | 'deep';
  readonly drainsInto: VeinId | null;
  /** Distal → proximal, metres. */
  readonly centreline: V3[];
  readonly radii: number[];
  readonly valves: Valve[];
}

/** Reference-frame anchor points of the veins (metres; see anatomy-reference.md "Veins"). */
const REF = {
  /** Posterior tibial: behind the medial malleolus, deep between soleus and the deep flexors. */
  posteriorTibial: [
    [0.01, 0.08, -0.015],
    [0.014, 0.12, -0.022],
    [0.012, 0.2, -0.023],
    [0.008, 0.28, -0.024],
    [0.004, 0.35, -0.025],
    [0.0, 0.41, -0.03],
  ],
  /** Popliteal: between the gastrocnemius heads, behind the knee, to the adductor hiatus. */
  popliteal: [
    [0.0, 0.41, -0.03],
    [0.0, 0.45, -0.039],
    [0.002, 0.5, -0.041],
    [0.008, 0.56, -0.037],
    [0.015, 0.61, -0.026],
  ],
  /** Femoral: adductor canal, anteromedial, to the deep femoral confluence. */
  femoral: [
    [0.015, 0.61, -0.026],
    [0.012, 0.66, -0.012],
    [0.007, 0.72, 0.008],
    [0.008, 0.79, 0.028],
    [0.018, 0.855, 0.041],
  ],
  /**
   * Common femoral: femoral triangle, up to the inguinal ligament, which it passes under ~1 cm
   * medial to the mid-inguinal point (halfway from the ASIS to the pubic symphysis, where the
   * femoral artery lies: Gray's; Ellis, Clinical Anatomy). The vein lies a finger's breadth
   * medial to the artery (Baim & Grossman, Cardiac Catheterization and Angiography 1986), often
   * partly overlapped by it (CT, 65 % of 200 pairs: Baum et al. 1989, Radiology 173:775). Here
   * the midline is x = 0.09 and the ASIS x = −0.035 (`anatomy/pelvis.ts`): mid-inguinal point
   * 0.0275, the vein 0.035 (its wall then 2 mm from the artery's, both ~5 mm in radius).
   */
  commonFemoral: [
    [0.018, 0.855, 0.041],
    [0.028, 0.89, 0.045],
    [0.035, 0.93, 0.046],
  ],
  /**
   * Great saphenous: medial end of the dorsal arch, 2–3 cm anterior to the medial malleolus,
   * obliquely over the medial tibia, behind the medial condyles, up the medial thigh.
   */
  gsv: [
    [0.022, 0.05, 0.08],
    [0.026, 0.085, 0.05],
    [0.034, 0.13, 0.028],
    [0.038, 0.2, 0.0],
    [0.04, 0.28, -0.018],
    [0.045, 0.36, -0.03],
    [0.05, 0.43, -0.036],
    [0.05, 0.497, -0.04],
    [0.06, 0.56, -0.036],
    [0.07, 0.65, -0.025],
    [0.074, 0.74, -0.008],
    [0.066, 0.82, 0.022],
    [0.045, 0.865, 0.05],
  ],
  /** Small saphenous: lateral foot, behind the lateral malleolus, posterior midline of the calf. */
  ssv: [
    [-0.036, 0.03, 0.06],
    [-0.042, 0.045, 0.005],
    [-0.038, 0.072, -0.034],
    [-0.03, 0.12, -0.047],
    [-0.016, 0.2, -0.056],
    [-0.004, 0.28, -0.07],
    [0.0, 0.36, -0.08],
    [0.0, 0.44, -0.075],
    [0.0, 0.49, -0.065],
  ],
} as const;

/**
 * Pubic tubercle (reference frame): level with the trochanter tip, ~2 cm medial to the femoral
 * vein (the femoral canal and the lacunar ligament lie between them), a few millimetres under
 * the leg's skin: the pubis itself lies in the trunk, which the leg's skin does not reach, so
 * the tubercle sits 3.4 cm from the midline (⚠ ~2–3 cm in life).
 */
const PUBIC_TUBERCLE_REF: V3 = [0.056, 0.9, 0.05];

function refPoints(body: Body, pts: readonly (readonly number[])[]): V3[] {
  return pts.map((p) => body.layout.p(p[0]!, p[1]!, p[2]!));
}

function lerpKnots(ts: readonly number[], vs: readonly number[], t: number): number {
  for (let i = 1; i < ts.length; i++) {
    if (t <= ts[i]!)
      return vs[i - 1]! + ((t - ts[i - 1]!) / (ts[i]! - ts[i - 1]!)) * (vs[i]! - vs[i - 1]!);
  }
  return vs[vs.length - 1]!;
}

/** Keeps a superficial vein in the fat: projects each sample under the skin at half the fat. */
function inFat(body: Body, pts: readonly V3[], radius: (t: number) => number): V3[] {
  return pts.map((p, i) => {
    const { point } = skinOver(body, p);
    const n = body.field.normal(...point);
    const fat = fatThickness(body, point);
    const r = radius(i / (pts.length - 1));
    const depth = Math.max(r + 0.0007, Math.min(0.5 * fat, 0.008));
    return sub(point, scale(n, depth));
  });
}

function build(
  id: VeinId,
  kind: Vein['kind'],
  drainsInto: VeinId | null,
  centreline: V3[],
  radius: (t: number) => number,
): Omit<Vein, 'valves'> {
  const ls = arcLengths(centreline);
  const total = ls[ls.length - 1]!;
  return { id, kind, drainsInto, centreline, radii: ls.map((l) => radius(l / total)) };
}

export interface VeinSet {
  readonly veins: Omit<Vein, 'valves'>[];
  /** Saphenofemoral and saphenopopliteal junctions (on the deep vein's wall). */
  readonly sfj: V3;
  readonly spj: V3;
  readonly pubicTubercle: V3;
}

/** `keep(p)` is false beyond the top cut: centrelines end there. */
export function buildVeins(body: Body, keep: (p: V3) => boolean = () => true): VeinSet {
  const L = body.layout;
  const step = 0.004;
  const smooth = (pts: V3[]) => catmullRom(pts, step);
  // Diameters: common femoral 10.5, femoral–popliteal 6.4–6.8 mm (Hertzberg 1997); posterior
  // tibial ~3.5 mm ⚠; GSV 7.5 at the SFJ and 3.7 mm 15 cm below the groin (Mendoza 2013),
  // ~2.5–4 at knee and ankle ⚠; SSV 3.1 mm (Joh & Park 2013).
  const ptv = build(
    'posterior_tibial',
    'deep',
    'popliteal',
    smooth(refPoints(body, REF.posteriorTibial)),
    () => L.r(0.00175, 0.25),
  );
  const pop = build('popliteal', 'deep', 'femoral', smooth(refPoints(body, REF.popliteal)), () =>
    L.r(0.0033, 0.5),
  );
  const fem = build(
    'femoral',
    'deep',
    'common_femoral',
    smooth(refPoints(body, REF.femoral)),
    (t) => L.r(0.0032 + 0.0008 * t, 0.75),
  );
  const cfvPts = smooth(refPoints(body, REF.commonFemoral));
  const cfvEnd = cfvPts.findIndex((p) => !keep(p));
  const cfv = build(
    'common_femoral',
    'deep',
    null,
    cfvEnd < 0 ? cfvPts : cfvPts.slice(0, Math.max(2, cfvEnd)),
    () => L.r(0.00525, 0.9),
  );

  // SFJ: 2.4 cm lateral and 1.0 cm below the pubic tubercle (Mirjalili 2014), on the CFV's
  // anteromedial wall.
  const pt = L.p(...PUBIC_TUBERCLE_REF);
  const sfjLevel = pt[1] - 0.01;
  const cfvLs = arcLengths(cfv.centreline);
  let lAt = 0;
  for (let i = 0; i < cfv.centreline.length; i++)
    if (cfv.centreline[i]![1] <= sfjLevel) lAt = cfvLs[i]!;
  const onCfv = pointAt(cfv.centreline, cfvLs, lAt).p;
  const rC = cfv.radii[0]!;
  const sfj = add(onCfv, scale(norm([1, 0, 1.2]), rC * 0.8));

  // GSV: subcutaneous from the foot to just below the junction, then through the saphenous
  // opening into the CFV.
  const gsvRadius = (t: number) =>
    L.r(lerpKnots([0, 0.3, 0.7, 0.93, 1], [0.0015, 0.0017, 0.0019, 0.0024, 0.0037], t), 0.4);
  const gsvGuide = smooth(refPoints(body, REF.gsv));
  const gsvSub = inFat(body, catmullRom(gsvGuide, 0.01), gsvRadius);
  const gsvPts = smooth([...gsvSub, lerp3(gsvSub[gsvSub.length - 1]!, sfj, 0.5), sfj]);
  const gsv = build('gsv', 'superficial', 'common_femoral', gsvPts, gsvRadius);

  // SPJ: ~3 cm above the popliteal crease on the popliteal vein's posterior wall
  // (Schweighofer 2010: most often at or within 7–10 cm above the crease).
  const popLs = arcLengths(pop.centreline);
  const spjLevel = L.y(0.478) + 0.03;
  let lp = 0;
  for (let i = 0; i < pop.centreline.length; i++)
    if (pop.centreline[i]![1] <= spjLevel) lp = popLs[i]!;
  const spj = add(pointAt(pop.centreline, popLs, lp).p, [0, 0, -pop.radii[0]! * 0.8]);
  const ssvRadius = () => L.r(0.00155, 0.3);
  const ssvSub = inFat(body, catmullRom(smooth(refPoints(body, REF.ssv)), 0.01), ssvRadius);
  const ssvPts = smooth([...ssvSub, lerp3(ssvSub[ssvSub.length - 1]!, spj, 0.5), spj]);
  const ssv = build('ssv', 'superficial', 'popliteal', ssvPts, ssvRadius);

  return { veins: [gsv, ssv, ptv, pop, fem, cfv], sfj, spj, pubicTubercle: pt };
}
