import type { LandmarkName } from '../anatomy/names';
import type { Body } from './body';
import { asisSkinPoint } from './inguinalLigament';
import { skinOverHorizontal } from './placement';
import type { V3 } from './vec';
import type { VeinSet } from './veins';

/**
 * Where each landmark is, before it is snapped onto the skin mesh and given chart coordinates:
 * the skin point horizontally out from the axis over an anatomical point (as the survey measures
 * heights). Bony points in the reference frame; heights from ANSUR II (lateral malleolus 73,
 * tibiale 468, mid-patella 488, lateral femoral epicondyle 492, trochanterion 901 mm), the
 * tibial tuberosity ~29 mm below the joint line; junctions and the pubic tubercle from the veins;
 * the anterior superior iliac spine from the hip joint centre (`anatomy/pelvis.ts`).
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
  greater_trochanter: [-0.095, 0.899, -0.006],
  groin_crease: [0.012, 0.905, 0.095],
};

export function landmarkPoints(body: Body, veins: VeinSet): Record<LandmarkName, V3> {
  const L = body.layout;
  const out = { toe_tip: body.axis.frame(0).a } as Record<LandmarkName, V3>;
  for (const [name, ref] of Object.entries(BONY) as [LandmarkName, V3][]) {
    out[name] = skinOverHorizontal(body, L.p(...ref));
  }
  out.pubic_tubercle = skinOverHorizontal(body, veins.pubicTubercle);
  out.anterior_superior_iliac_spine = asisSkinPoint(body);
  out.saphenofemoral_junction = skinOverHorizontal(body, veins.sfj);
  out.saphenopopliteal_junction = skinOverHorizontal(body, veins.spj);
  return out;
}
