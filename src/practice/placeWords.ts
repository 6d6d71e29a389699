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

/**
 * Everyday words for the leg's regions, for feedback that names where something happened, and
 * whether those words already say which side of the leg it is (then no side is added). Keyed by
 * every region of anatomy/names.ts, so a new region must say both.
 */
const REGION_PLACES: Record<RegionName, { words: string; sided: boolean }> = {
  foot: { words: 'foot', sided: false },
  ankle: { words: 'ankle', sided: false },
  shin: { words: 'shin', sided: false },
  calf: { words: 'calf', sided: false },
  knee: { words: 'knee', sided: false },
  popliteal_fossa: { words: 'back of the knee', sided: true },
  thigh_anterior: { words: 'front of the thigh', sided: true },
  thigh_posterior: { words: 'back of the thigh', sided: true },
  thigh_medial: { words: 'inner thigh', sided: true },
  thigh_lateral: { words: 'outer thigh', sided: true },
  groin: { words: 'groin', sided: true },
  femoral_triangle: { words: 'femoral triangle (top of the inner thigh)', sided: true },
  fibular_head: { words: 'outer side just below the knee', sided: true },
  tarsal_tunnel: { words: 'inner ankle, behind the ankle bone', sided: true },
};

/**
 * A place on the leg in words a learner knows: "the front of the shin", "the inner side of the
 * knee", "the back of the thigh"; without a region, the side of the leg.
 */
export function placeWords(region: RegionName | undefined, theta: number): string {
  const aspect = nearestAspect(theta);
  if (region === undefined) return `the ${ASPECT_WORDS[aspect]} side of the leg`;
  const { words: name, sided } = REGION_PLACES[region];
  if (sided) return `the ${name}`;
  if (aspect === 'anterior') return `the front of the ${name}`;
  if (aspect === 'posterior') return `the back of the ${name}`;
  return `the ${ASPECT_WORDS[aspect]} side of the ${name}`;
}
