import type { LandmarkName } from '../anatomy/names';
import type { Body } from './body';
import { skinOver } from './placement';
import type { V3 } from './vec';
import type { VeinSet } from './veins';

export interface PlacedLandmark {
  readonly name: LandmarkName;
  readonly position: V3;
  readonly s: number;
  readonly theta: number;
}

/**
 * Each landmark is the skin point over an anatomical point (same chart slice and angle). Bony
 * points in the reference frame; heights from ANSUR II (lateral malleolus 73, tibiale 468,
 * mid-patella 488, lateral femoral epicondyle 492, trochanterion 901 mm) and the tuberosity
 * ~29 mm below the joint line; junctions from the vein set.
 */
const BONY: Partial<Record<LandmarkName, V3>> = {
  heel: [-0.004, 0.03, -0.07],
  medial_malleolus: [0.034, 0.085, 0.006],
  lateral_malleolus: [-0.038, 0.073, -0.016],
  achilles_insertion: [-0.004, 0.045, -0.065],
  tibial_tuberosity: [0.006, 0.439, 0.036],
  patella_centre: [0.004, 0.488, 0.058],
  popliteal_crease: [0.0, 0.478, -0.075],
  medial_femoral_condyle: [0.046, 0.497, -0.008],
  greater_trochanter: [-0.095, 0.901, -0.006],
  groin_crease: [0.012, 0.905, 0.095],
};

export function placeLandmarks(body: Body, veins: VeinSet): PlacedLandmark[] {
  const L = body.layout;
  const out: PlacedLandmark[] = [];
  const tip = body.axis.frame(0).a;
  out.push({ name: 'toe_tip', position: tip, s: 0, theta: 0 });
  const add = (name: LandmarkName, p: V3) => {
    const { point, s, theta } = skinOver(body, p);
    out.push({ name, position: point, s, theta });
  };
  for (const [name, ref] of Object.entries(BONY) as [LandmarkName, V3][]) add(name, L.p(...ref));
  add('pubic_tubercle', veins.pubicTubercle);
  add('saphenofemoral_junction', veins.sfj);
  add('saphenopopliteal_junction', veins.spj);
  return out;
}
