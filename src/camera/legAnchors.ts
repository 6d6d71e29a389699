/**
 * Where the three tapped points sit on the chart: their `s` from the model's landmarks, so a
 * point on the camera image gets the same `s` as the same place on the 3D leg. The ankle is
 * between the malleoli, the knee at the centre of the patella, the groin at its crease.
 */
import type { LandmarkName } from '../anatomy/names';
import type { ChartPoint } from '../anatomy/regions';

export interface LegAnchors {
  ankleS: number;
  kneeS: number;
  groinS: number;
}

export function legAnchors(landmarks: Record<LandmarkName, ChartPoint>): LegAnchors {
  return {
    ankleS: (landmarks.medial_malleolus.s + landmarks.lateral_malleolus.s) / 2,
    kneeS: landmarks.patella_centre.s,
    groinS: landmarks.groin_crease.s,
  };
}
