/**
 * Where the "toward the heart" arrow stands: from in front of the groin (the saphenofemoral
 * junction) up toward the heart, stopping below it (the trunk drawn stops at the navel). Read
 * from the model's nodes (`lm_saphenofemoral_junction`, `context_heart`); null without them.
 */
import { Quaternion, Vector3, type Object3D } from 'three';

export const ARROW_COLOUR = '#123f8f';
/** The arrow ends this far below the heart's height: the trunk drawn stops at the navel. */
const STOP_BELOW_HEART_M = 0.16;
export const SHAFT_RADIUS_M = 0.006;
export const HEAD_LENGTH_M = 0.045;

export interface ArrowPose {
  start: Vector3;
  length: number;
  rotation: Quaternion;
  tip: Vector3;
}

export function arrowPose(scene: Object3D): ArrowPose | null {
  const sfj = scene.getObjectByName('lm_saphenofemoral_junction');
  const heart = scene.getObjectByName('context_heart');
  if (!sfj || !heart) return null;
  // In front of the skin over the groin, so the arrow is not swallowed by the leg.
  const start = sfj.position.clone().add(new Vector3(0, 0.03, 0.03));
  const towardHeart = heart.position.clone().sub(start);
  const rise = towardHeart.y - STOP_BELOW_HEART_M;
  if (rise <= 0) return null;
  const tip = start.clone().addScaledVector(towardHeart, rise / towardHeart.y);
  const direction = tip.clone().sub(start);
  const length = direction.length();
  const rotation = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), direction.normalize());
  return { start, length, rotation, tip };
}
