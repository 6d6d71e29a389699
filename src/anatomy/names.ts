/**
 * The names shared by the model, the chart and the protocol. A protocol refers to places on
 * the leg only by these names (never by 3D coordinates), so another model that carries the same
 * names can be dropped in without touching any protocol.
 */

/** Landmarks: empty nodes named `lm_<name>` in the glb, each with chart coordinates. */
export const LANDMARKS = [
  'toe_tip',
  'heel',
  'medial_malleolus',
  'lateral_malleolus',
  'achilles_insertion',
  'tibial_tuberosity',
  'patella_centre',
  'popliteal_crease',
  'medial_femoral_condyle',
  'greater_trochanter',
  'anterior_superior_iliac_spine',
  'pubic_tubercle',
  'groin_crease',
  'saphenofemoral_junction',
  'saphenopopliteal_junction',
] as const;
export type LandmarkName = (typeof LANDMARKS)[number];

/** Named regions of the skin, defined in chart space by `src/anatomy/regions.ts`. */
export const REGIONS = [
  'foot',
  'ankle',
  'shin',
  'calf',
  'knee',
  'popliteal_fossa',
  'thigh_anterior',
  'thigh_posterior',
  'thigh_medial',
  'thigh_lateral',
  'groin',
  'femoral_triangle',
  'fibular_head',
  'tarsal_tunnel',
] as const;
export type RegionName = (typeof REGIONS)[number];

/**
 * Aspects of the leg: a named angle θ around the chart axis. 0 anterior, +90 medial, ±180
 * posterior, −90 lateral, on either leg (the left is the mirror).
 */
export const ASPECT_THETA = {
  anterior: 0,
  anteromedial: 45,
  medial: 90,
  posteromedial: 135,
  posterior: 180,
  posterolateral: -135,
  lateral: -90,
  anterolateral: -45,
} as const;
export type AspectName = keyof typeof ASPECT_THETA;
export const ASPECTS = Object.keys(ASPECT_THETA) as AspectName[];

export const LEG_SIDES = ['right', 'left'] as const;
export type LegSide = (typeof LEG_SIDES)[number];

export const PRESSURE_LEVELS = ['light', 'moderate', 'firm'] as const;
export type PressureLevel = (typeof PRESSURE_LEVELS)[number];

/**
 * Anatomical level of each landmark along the leg, distal (0) to proximal, independent of any
 * model: a stroke lane that runs toward the heart goes from a lower level to a higher one.
 * Landmarks at the same level (e.g. the malleoli) are neither above nor below each other.
 */
export const LANDMARK_LEVEL: Record<LandmarkName, number> = {
  toe_tip: 0,
  heel: 1,
  achilles_insertion: 1,
  lateral_malleolus: 2,
  medial_malleolus: 2,
  tibial_tuberosity: 3,
  popliteal_crease: 4,
  patella_centre: 4,
  medial_femoral_condyle: 5,
  saphenopopliteal_junction: 5,
  saphenofemoral_junction: 8,
  groin_crease: 9,
  pubic_tubercle: 9,
  greater_trochanter: 9,
  anterior_superior_iliac_spine: 10,
};
