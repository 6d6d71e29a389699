/** Everyday words for landmarks and aspects, for drill titles and feedback. */
import { ASPECT_THETA, ASPECTS, type AspectName, type LandmarkName } from '../anatomy/names';
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
