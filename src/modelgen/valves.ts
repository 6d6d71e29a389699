import type { Body } from './body';
import { arcLengths, pointAt } from './curve';
import type { Vein, VeinId, VeinSet } from './veins';

/** Arc length where a centreline first rises past height y (m from its distal start). */
function arcAtHeight(v: VeinSet['veins'][number], y: number): number {
  const ls = arcLengths(v.centreline);
  for (let i = 0; i < v.centreline.length; i++) if (v.centreline[i]![1] >= y) return ls[i]!;
  return ls[ls.length - 1]!;
}

function evenly(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * (i + 1)) / (count + 1));
}

/**
 * Valve positions per vein (arc length from the distal start, metres), from anatomy-reference.md:
 * - GSV: first valves 12.7, 21.1, 25.4 cm above the ankle (95 harvested veins); terminal valve
 *   0–1.4 cm from the SFJ (Mühlberger 2007, taken at 0.7) and preterminal 1.4–8.2 cm (taken at
 *   4.8); ~8.7 valves, 6.3 above the knee and 2.4 below (cadaver series, Cureus 2025), so four
 *   more spread evenly between the knee and the preterminal valve: 3 below, 6 above.
 * - SSV: 1.2 and 5.1 cm below the SPJ (Schweighofer 2010); 7–13 in all ⚠, so six more evenly.
 * - Common femoral: one 3.8 cm above the SFJ (Mühlberger 2008).
 * - Femoral: 5.0 and ~9 cm below the SFJ (Mühlberger 2008), one more in the adductor canal ⚠
 *   (Moore 2011: 1–6 in all).
 * - Popliteal: 0–4, one near the adductor hiatus (Moore 2011), one at the knee ⚠.
 * - Posterior tibial: valve-rich calf veins; no figure in the reference, five evenly ⚠.
 */
export function placeValves(body: Body, set: VeinSet): Vein[] {
  const L = body.layout;
  const byId = new Map(set.veins.map((v) => [v.id, v]));
  const get = (id: VeinId) => byId.get(id)!;
  const len = (id: VeinId) => {
    const ls = arcLengths(get(id).centreline);
    return ls[ls.length - 1]!;
  };
  const gsvLen = len('gsv');
  const ankle = arcAtHeight(get('gsv'), L.y(0.085));
  const knee = arcAtHeight(get('gsv'), L.y(0.468));
  const preterminal = gsvLen - 0.048;
  const cfvSfj = arcAtHeight(get('common_femoral'), set.sfj[1]);
  const femLen = len('femoral');
  const cfvLen = len('common_femoral');
  // Distance along the deep axis from the femoral vein's top to the SFJ.
  const femTopBelowSfj = cfvSfj;
  const ssvLen = len('ssv');
  const popLen = len('popliteal');
  const ptvLen = len('posterior_tibial');
  const at: Record<VeinId, number[]> = {
    gsv: [
      ankle + 0.127,
      ankle + 0.211,
      ankle + 0.254,
      ...evenly(knee, preterminal, 4),
      preterminal,
      gsvLen - 0.007,
    ],
    ssv: [...evenly(0.03, ssvLen - 0.051, 6), ssvLen - 0.051, ssvLen - 0.012],
    common_femoral: [Math.min(cfvLen - 0.005, cfvSfj + 0.038)],
    femoral: [femLen * 0.35, femLen - (0.09 - femTopBelowSfj), femLen - (0.05 - femTopBelowSfj)],
    popliteal: [popLen * 0.35, popLen - 0.02],
    posterior_tibial: evenly(0, ptvLen, 5),
  };
  return set.veins.map((v) => {
    const ls = arcLengths(v.centreline);
    const valves = [...at[v.id]]
      .filter((l) => l > 0 && l < ls[ls.length - 1]!)
      .sort((a, b) => a - b)
      .map((l) => {
        const { p, t } = pointAt(v.centreline, ls, l);
        return { arcLength: l, position: p, direction: t };
      });
    return { ...v, valves };
  });
}
