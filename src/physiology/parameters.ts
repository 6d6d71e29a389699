/**
 * The physiological and numerical constants of the flow model, each with where it comes from.
 * ⚠ marks a starting value without a direct source (see anatomy-reference.md): change it when a
 * better figure turns up, and rerun tests/physiology.
 */
import type { PressureLevel } from '../anatomy/names';

/**
 * Stiffness of the vein wall, mmHg: in the tube law (`tubeLaw.ts`) volume × e per this much
 * pressure while collapsing, +100 % per this much while distending, from the rest volume.
 * ⚠ starting value: veins are collapsible tubes that change volume several-fold over a few
 * mmHg near zero transmural pressure (Shapiro 1977, J Biomech Eng 99:126); 10 mmHg makes a
 * light hand (20 mmHg) empty a superficial vein by ~85 %.
 */
export const WALL_STIFFNESS_MMHG = 10;

/**
 * Pressure where the common femoral vein leaves the leg (external iliac vein), mmHg; the rest
 * pressures of all veins build up from it along the flow. ⚠ starting value: central venous
 * pressure lying down is ~2–8 mmHg, a little more in the pelvic veins.
 */
export const EXIT_PRESSURE_MMHG = 8;

/**
 * Pressure that drives blood from the capillaries into the veins' distal ends, mmHg. Inflow is
 * proportional to (this − venous pressure) and never reverses, so a vein held under pressure
 * stops filling. ⚠ starting value: venular end of capillaries ~15–25 mmHg (textbook).
 */
export const CAPILLARY_PRESSURE_MMHG = 25;

/**
 * Viscosity of whole blood, poise: 3.5 mPa·s (textbook value, e.g. Caro et al., The Mechanics
 * of the Circulation).
 */
export const BLOOD_VISCOSITY_POISE = 0.035;

/**
 * Shortest time a cell may take to even out its pressure with a neighbour (resistance ×
 * compliance), s. Poiseuille resistance alone would let a 2 cm cell of a wide deep vein respond
 * in ~0.3 ms; real blood cannot, its inertia sets a response time of ~ℓ·√(ρ/K) ≈ 18 ms for 2 cm.
 * The model has no inertia, so it raises the resistance of such cells to reach this floor, which
 * also bounds the internal time step. ⚠ numerical choice, well below the inertial time.
 */
export const MIN_RELAXATION_SECONDS = 0.0025;

/**
 * Longest cell a compartment (the stretch between two valves) is cut into, mm. A hand (~10 cm)
 * covers several cells, so a moving hand pushes blood along inside a compartment.
 */
export const MAX_CELL_MM = 20;

/**
 * Pressure of a hand on the skin by level, mmHg. ⚠ approximate: no source gives numbers for
 * effleurage or petrissage. Anchors (anatomy-reference.md): manual lymphatic drainage below
 * ~30 mmHg, measured 16–34 (Xing 2024); compression stockings class II 23–32, III 34–46 mmHg.
 */
export const HAND_PRESSURE_MMHG: Record<PressureLevel, number> = {
  light: 20,
  moderate: 40,
  firm: 60,
};

/** A numeric intensity 0..1 scales the firm pressure; the levels sit at 1/3, 2/3 and 1. */
export const PRESSURE_LEVEL_INTENSITY: Record<PressureLevel, number> = {
  light: 1 / 3,
  moderate: 2 / 3,
  firm: 1,
};

/**
 * Share of the deep veins' volume one firm squeeze ejects, calf and thigh.
 * Calf 45 %: active calf manoeuvres eject 42.6–59.7 % of the calf's venous volume (Lattimer et
 * al. 2018, Phlebology 33:353); a hand kneading the calf squeezes it passively, from outside, so
 * the model takes a value near the low end of that range. (The often-quoted ~65 % is the
 * active calf pump.) Thigh ~15 % (anatomy-reference.md, "Flow"). ⚠ no measurement of the
 * ejection by massage itself was found.
 */
export const CALF_PUMP_EJECTION_FRACTION = 0.45;
export const THIGH_PUMP_EJECTION_FRACTION = 0.15;

/**
 * Depth of the superficial veins (great and small saphenous) under the skin, mm: they run in
 * the subcutaneous fat, in their own compartment under the superficial fascia (Caggiati &
 * Ricci 1997, Phlebology 12:107), ~5–15 mm under the skin of the leg. ⚠ approximate: one value
 * for the whole leg. It sets how far a palm's press spreads round the leg past its edge
 * (compression.ts).
 */
export const SUPERFICIAL_VEIN_DEPTH_MM = 8;

/**
 * Deep veins lie in the middle of the limb under muscle: a hand reaches them from a wider arc
 * than the superficial vein under its palm. ⚠ starting value.
 */
export const DEEP_VEIN_EXTRA_SPREAD_DEG = 90;

/**
 * Popliteal vein mean flow velocity lying at rest, cm/s: 11 (anatomy-reference.md, "Flow"; 24
 * with ankle exercise, which the model does not reach: that rise comes mostly from the muscles'
 * extra arterial inflow, and the model's capillary inflow does not rise with exercise).
 * It calibrates the networks' rest inflow.
 */
export const POPLITEAL_REST_VELOCITY_CM_PER_S = 11;

/** Longest stretch of time one `step` simulates, s; a longer dt (a tab in the background) is cut. */
export const MAX_STEP_SECONDS = 1;

/**
 * Rest inflow of each superficial vein (great and small saphenous), mL/s. ⚠ starting value: the
 * deep veins carry most (~90 %) of the leg's venous return (textbook); 0.35 mL/s is ~10 % of the
 * popliteal flow and gives ~5 cm/s in a 3 mm saphenous vein.
 */
export const SUPERFICIAL_REST_INFLOW_ML_PER_S = 0.35;

/**
 * Rest inflow of the deep femoral vein into the common femoral vein, mL/s. ⚠ starting value:
 * makes the leg's total return ~5.6 mL/s (~340 mL/min), in line with resting femoral arterial
 * inflow of a few hundred mL/min.
 */
export const DEEP_FEMORAL_REST_INFLOW_ML_PER_S = 1.5;

/**
 * Share of the calf's deep return carried by one modelled calf vein (the posterior tibial); the
 * rest (anterior tibial and fibular veins, not modelled) enters the popliteal vein's distal end.
 * ⚠ starting value: three paired deep calf veins, taken as equal.
 */
export const MODELLED_CALF_VEIN_SHARE = 1 / 3;
