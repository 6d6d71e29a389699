/** Everyday words for landmarks and aspects, for drill titles and feedback. */
import {
  ASPECT_THETA,
  ASPECTS,
  type AspectName,
  type LandmarkName,
  type RegionName,
} from '../anatomy/names';
import { thetaDistance } from '../anatomy/chartAngle';

export const LANDMARK_WORDS: Record<LandmarkName, string> = {
  toe_tip: 'toes',
  heel: 'heel',
  medial_malleolus: 'inner ankle',
  lateral_malleolus: 'outer ankle',
  achilles_insertion: 'Achilles tendon',
  tibial_tuberosity: 'top of the shin',
  patella_centre: 'kneecap',
  popliteal_crease: 'back of the knee',
  medial_femoral_condyle: 'inner knee',
  greater_trochanter: 'hip',
  pubic_tubercle: 'pubic bone',
  groin_crease: 'groin',
  saphenofemoral_junction: 'groin',
  saphenopopliteal_junction: 'back of the knee',
};

export const ASPECT_WORDS: Record<AspectName, string> = {
  anterior: 'front',
  anteromedial: 'front-inner',
  medial: 'inner',
  posteromedial: 'back-inner',
  posterior: 'back',
  posterolateral: 'back-outer',
  lateral: 'outer',
  anterolateral: 'front-outer',
};

/** The named aspect closest to an angle around the leg. */
export function nearestAspect(theta: number): AspectName {
  let nearest: AspectName = 'anterior';
  for (const aspect of ASPECTS) {
    if (thetaDistance(theta, ASPECT_THETA[aspect]) < thetaDistance(theta, ASPECT_THETA[nearest])) {
      nearest = aspect;
    }
  }
  return nearest;
}

/** Everyday words for the leg's regions, for feedback that names where something happened. */
export const REGION_WORDS: Record<RegionName, string> = {
  foot: 'foot',
  ankle: 'ankle',
  shin: 'shin',
  calf: 'calf',
  knee: 'knee',
  popliteal_fossa: 'back of the knee',
  thigh_anterior: 'front of the thigh',
  thigh_posterior: 'back of the thigh',
  thigh_medial: 'inner thigh',
  thigh_lateral: 'outer thigh',
  groin: 'groin',
  femoral_triangle: 'femoral triangle (top of the inner thigh)',
  fibular_head: 'outer side just below the knee',
  tarsal_tunnel: 'inner ankle, behind the ankle bone',
};

/** Regions whose name already says which side of the leg they are on. */
const SIDED: ReadonlySet<RegionName> = new Set([
  'popliteal_fossa',
  'thigh_anterior',
  'thigh_posterior',
  'thigh_medial',
  'thigh_lateral',
  'groin',
  'femoral_triangle',
  'fibular_head',
  'tarsal_tunnel',
]);

/**
 * A place on the leg in words a learner knows: "the front of the shin", "the inner side of the
 * knee", "the back of the thigh"; without a region, the side of the leg.
 */
export function placeWords(region: RegionName | undefined, theta: number): string {
  const aspect = nearestAspect(theta);
  if (region === undefined) return `the ${ASPECT_WORDS[aspect]} side of the leg`;
  const name = REGION_WORDS[region];
  if (SIDED.has(region)) return `the ${name}`;
  if (aspect === 'anterior') return `the front of the ${name}`;
  if (aspect === 'posterior') return `the back of the ${name}`;
  return `the ${ASPECT_WORDS[aspect]} side of the ${name}`;
}
