/** Everyday words for landmarks, aspects and places on the leg, as catalog messages. */
import {
  ASPECT_THETA,
  ASPECTS,
  type AspectName,
  type LandmarkName,
  type RegionName,
} from '../anatomy/names';
import { thetaDistance } from '../anatomy/chartAngle';
import { message, type Message } from '../i18n/message';

/** "heel", "back of the knee": a landmark in a learner's words (`terms:landmarkWord`). */
export const landmarkWord = (landmark: LandmarkName): Message =>
  message(`terms:landmarkWord.${landmark}`);

/** "front", "back-inner": a side of the leg (`terms:aspectWord`). */
export const aspectWord = (aspect: AspectName): Message => message(`terms:aspectWord.${aspect}`);

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
 * Whether a region's words (`terms:regionPlace`) already say which side of the leg it is (then
 * no side is added). Keyed by every region of anatomy/names.ts, so a new region must say it.
 */
const SIDED: Record<RegionName, boolean> = {
  foot: false,
  ankle: false,
  shin: false,
  calf: false,
  knee: false,
  popliteal_fossa: true,
  thigh_anterior: true,
  thigh_posterior: true,
  thigh_medial: true,
  thigh_lateral: true,
  groin: true,
  femoral_triangle: true,
  fibular_head: true,
  tarsal_tunnel: true,
};

/**
 * A place on the leg in words a learner knows: "the front of the shin", "the inner side of the
 * knee", "the back of the thigh"; without a region, the side of the leg.
 */
export function placeWords(region: RegionName | undefined, theta: number): Message {
  const aspect = aspectWord(nearestAspect(theta));
  if (region === undefined) return message('terms:place.sideOfLeg', { aspect });
  const name = message(`terms:regionPlace.${region}`);
  if (SIDED[region]) return message('terms:place.sided', { region: name });
  const nearest = nearestAspect(theta);
  if (nearest === 'anterior') return message('terms:place.front', { region: name });
  if (nearest === 'posterior') return message('terms:place.back', { region: name });
  return message('terms:place.sideOf', { aspect, region: name });
}
