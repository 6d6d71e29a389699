import { thetaDistance } from './chartAngle';
import type { LandmarkName, RegionName } from './names';

/** A chart position: s in [0, 1] toe tip → top rim, θ in degrees (0 anterior, +90 medial). */
/** A place on the leg's surface chart: s from toe tip (0) to groin (1), θ in degrees. */
export interface ChartPoint {
  readonly s: number;
  readonly theta: number;
}

export type ChartLandmarks = Readonly<Record<LandmarkName, ChartPoint>>;

/** θ inside the arc from `from` counter-clockwise (increasing θ) to `to`, wrapping at ±180. */
function inArc(theta: number, from: number, to: number): boolean {
  const span = (((to - from) % 360) + 360) % 360;
  const off = (((theta - from) % 360) + 360) % 360;
  return off <= span;
}

/**
 * Region boundaries in chart s, from the landmarks. Lengths are fractions of the shank (from the
 * malleoli to the knee) so another model with other proportions keeps the same anatomy.
 */
export function regionLevels(lm: ChartLandmarks) {
  const malleoli = (lm.medial_malleolus.s + lm.lateral_malleolus.s) / 2;
  const knee = (lm.patella_centre.s + lm.popliteal_crease.s) / 2;
  const shank = Math.max(1e-3, knee - malleoli);
  const footTop = Math.max(lm.heel.s, lm.achilles_insertion.s) + 0.02 * shank;
  const ankleLow = malleoli - 0.1 * shank;
  const ankleTop = malleoli + 0.2 * shank;
  const kneeLow = lm.tibial_tuberosity.s - 0.04 * shank;
  const kneeTop = lm.patella_centre.s + 0.22 * shank;
  const crease = lm.popliteal_crease.s;
  const groinLow = Math.min(lm.groin_crease.s, lm.pubic_tubercle.s) - 0.12 * shank;
  return { malleoli, shank, footTop, ankleLow, ankleTop, kneeLow, kneeTop, crease, groinLow };
}

/** Front of the lower leg: from anterolateral over the tibia's subcutaneous medial face. */
const SHIN_FROM = -75;
const SHIN_TO = 100;

/**
 * Named regions at a chart point (none, one or several: regions overlap at their borders, e.g.
 * the popliteal fossa lies in the back of the knee). Pure; landmarks give the levels.
 * - foot: below the heel; ankle: from just below the malleoli to a fifth of the shank above them;
 * - shin and calf split the lower leg by θ (shin from −75° to +100°);
 * - knee: tibial tuberosity to above the patella, not at the back; popliteal fossa: a diamond
 *   behind the knee, widest at the crease (biceps / semimembranosus above, gastrocnemius below);
 * - thigh quadrants by θ above the knee; groin: the top, anterior to medial; femoral triangle:
 *   below the groin crease between sartorius and adductor longus, apex toward the knee;
 * - two nerves close under the skin (endangerment sites; Werner, "Take the Danger Out of
 *   Endangerment Sites", Massage & Bodywork 2020): the common fibular nerve where it winds round
 *   the head and neck of the fibula, and the tibial nerve behind the medial malleolus.
 */
export function regionsAt(s: number, theta: number, lm: ChartLandmarks): RegionName[] {
  const L = regionLevels(lm);
  const out: RegionName[] = [];
  if (s <= L.footTop) out.push('foot');
  if (s >= L.ankleLow && s <= L.ankleTop) out.push('ankle');
  const front = inArc(theta, SHIN_FROM, SHIN_TO);
  if (s > L.ankleTop - 0.05 * L.shank && s < L.kneeLow) out.push(front ? 'shin' : 'calf');
  const back = thetaDistance(theta, 180) < 45;
  if (s >= L.kneeLow && s <= L.kneeTop && !back) out.push('knee');
  // Behind the knee the calf runs up to the crease and the back of the thigh down to it.
  if (back && s >= L.kneeLow && s < L.crease) out.push('calf');
  if (back && s >= L.crease && s <= L.kneeTop) out.push('thigh_posterior');
  // Diamond: half-height below the crease 0.2 shank, above 0.3 shank; half-width 40° at the crease.
  const below = 0.2 * L.shank;
  const above = 0.3 * L.shank;
  const t = s < L.crease ? (L.crease - s) / below : (s - L.crease) / above;
  if (t <= 1 && thetaDistance(theta, 180) <= 40 * (1 - t) + 1e-9) out.push('popliteal_fossa');
  if (s > L.kneeTop) {
    if (thetaDistance(theta, 0) <= 45) out.push('thigh_anterior');
    if (thetaDistance(theta, 90) < 45) out.push('thigh_medial');
    if (thetaDistance(theta, -90) < 45) out.push('thigh_lateral');
    if (thetaDistance(theta, 180) <= 45) out.push('thigh_posterior');
  }
  if (s >= L.groinLow && inArc(theta, -20, 110)) out.push('groin');
  if (inFemoralTriangle(s, theta, lm, L.shank)) out.push('femoral_triangle');
  if (overFibularHead(s, theta, lm, L.shank)) out.push('fibular_head');
  if (behindMedialMalleolus(s, theta, lm, L.shank)) out.push('tarsal_tunnel');
  return out;
}

/**
 * The head and neck of the fibula, where the common fibular nerve winds round the bone under
 * thin skin: on the fibula's meridian (the lateral malleolus sits at its lower end), from about
 * a tenth of a shank (~4 cm) below the tibial tuberosity's level (the neck) to a little above it
 * (the head lies at about the level of the tuberosity, below the lateral tibial condyle), 25°
 * either side. ⚠ approximate.
 */
function overFibularHead(s: number, theta: number, lm: ChartLandmarks, shank: number): boolean {
  const level = lm.tibial_tuberosity.s;
  if (s < level - 0.1 * shank || s > level + 0.04 * shank) return false;
  return thetaDistance(theta, lm.lateral_malleolus.theta) <= 25;
}

/**
 * Behind the medial malleolus, between it and the Achilles tendon, where the tibial nerve (with
 * the posterior tibial vessels) runs into the tarsal tunnel: from just below the malleolus to
 * about a tenth of a shank (~4 cm) above it. ⚠ approximate.
 */
function behindMedialMalleolus(
  s: number,
  theta: number,
  lm: ChartLandmarks,
  shank: number,
): boolean {
  const level = lm.medial_malleolus.s;
  if (s < level - 0.1 * shank || s > level + 0.1 * shank) return false;
  // From just behind the malleolus round to the medial edge of the Achilles tendon.
  return inArc(theta, lm.medial_malleolus.theta + 20, 165);
}

/**
 * The femoral triangle in chart space: its base along the groin crease from lateral of the
 * crease landmark to the pubic tubercle, its apex about a third of a shank below the SFJ, on the
 * SFJ's meridian (where sartorius crosses adductor longus).
 */
function inFemoralTriangle(s: number, theta: number, lm: ChartLandmarks, shank: number): boolean {
  const top = Math.max(lm.groin_crease.s, lm.saphenofemoral_junction.s);
  const apexS = lm.saphenofemoral_junction.s - 0.33 * shank;
  if (s > top || s < apexS) return false;
  const t = (s - apexS) / (top - apexS);
  const apexTheta = lm.saphenofemoral_junction.theta;
  const lateral = Math.min(lm.groin_crease.theta, apexTheta) - 20;
  const medial = Math.max(lm.pubic_tubercle.theta, apexTheta) + 5;
  const lo = apexTheta + (lateral - apexTheta) * t;
  const hi = apexTheta + (medial - apexTheta) * t;
  return theta >= lo && theta <= hi;
}
