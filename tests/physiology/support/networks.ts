/**
 * Hand-built vein networks for testing the flow mechanism. Not what the app runs on (that comes
 * from the generated leg via `networkFromLegModel`), but built from the same published figures
 * (anatomy-reference.md); ⚠ marks starting values.
 */
import type { Vein, VeinNetwork } from '../../../src/physiology/network';
import {
  CALF_PUMP_EJECTION_FRACTION,
  POPLITEAL_REST_VELOCITY_CM_PER_S,
  THIGH_PUMP_EJECTION_FRACTION,
} from '../../../src/physiology/parameters';

/** One superficial vein up the medial leg, three valves, leaving the leg at its top. */
export function straightVein(): VeinNetwork {
  return {
    veins: [
      {
        id: 'straight',
        kind: 'superficial',
        lengthMm: 400,
        drainsInto: null,
        valves: [0.25, 0.5, 0.75],
        diameterMm: [{ fraction: 0, diameterMm: 4 }],
        chartPath: [
          { fraction: 0, s: 0.3, theta: 90 },
          { fraction: 1, s: 0.72, theta: 90 },
        ],
        restInflowMlPerS: 0.4,
      },
    ],
  };
}

const mm2 = (diameterMm: number): number => Math.PI * (diameterMm / 2) ** 2;

/** Chart levels of the fixture leg (s along a ~950 mm toe-to-groin axis) ⚠ approximate. */
const S = { ankle: 0.22, tibioperonealTrunk: 0.57, knee: 0.62, adductorHiatus: 0.746, groin: 1 };
const SFJ_S = 0.96;
const CFV_HALF_MM = 45; // ⚠ deep femoral confluence 4.5 cm below the SFJ, inguinal ligament 4.5 cm above

/** Popliteal flow at rest: 11 cm/s mean velocity × the 6.6 mm lumen (Hertzberg 1997: 6.4–6.8). */
const POPLITEAL_DIAMETER_MM = 6.6;
const POPLITEAL_REST_FLOW_ML_PER_S =
  (POPLITEAL_REST_VELOCITY_CM_PER_S * mm2(POPLITEAL_DIAMETER_MM)) / 100;
/** ⚠ superficial veins carry ~10 % of the leg's venous return at rest (textbook figure). */
const SUPERFICIAL_REST_FLOW_ML_PER_S = 0.35;

const evenly = (from: number, to: number, count: number): number[] =>
  Array.from({ length: count }, (_, k) => from + ((to - from) * (k + 1)) / (count + 1));

const fromTop = (lengthMm: number, mm: number): number => (lengthMm - mm) / lengthMm;

/** The six veins of the leg the architecture names, placed with the reference's figures. */
export function referenceLeg(): VeinNetwork {
  const cfvLength = 2 * CFV_HALF_MM;
  const fvLength = (SFJ_S - S.adductorHiatus) * 950 - CFV_HALF_MM;
  const popLength = (S.adductorHiatus - S.tibioperonealTrunk) * 950;
  const ptvLength = (S.tibioperonealTrunk - S.ankle) * 950;
  const gsvLength = 690; // ~69 cm ⚠
  const ssvTopS = S.knee + 0.03; // ⚠ SPJ ~3 cm above the popliteal crease (Schweighofer 2010: 0–10 cm)
  const ssvLength = (ssvTopS - S.ankle) * 950;
  const cfvBottomS = SFJ_S - CFV_HALF_MM / 950;
  const veins: Vein[] = [
    {
      id: 'common_femoral',
      kind: 'deep',
      lengthMm: cfvLength,
      drainsInto: null,
      valves: [(CFV_HALF_MM + 38) / cfvLength], // valve 3.8 cm above the SFJ (Mühlberger 2008)
      diameterMm: [{ fraction: 0, diameterMm: 10.5 }], // Hertzberg 1997
      chartPath: [
        { fraction: 0, s: cfvBottomS, theta: 35 },
        { fraction: 1, s: S.groin, theta: 30 },
      ],
      restInflowMlPerS: 1.5, // ⚠ deep femoral vein; leg total ~5.6 mL/s ≈ 340 mL/min
      pumpEjectionFraction: THIGH_PUMP_EJECTION_FRACTION,
    },
    {
      id: 'femoral',
      kind: 'deep',
      lengthMm: fvLength,
      drainsInto: { veinId: 'common_femoral', atFraction: 0 },
      // 5.0 cm and ~9 cm below the SFJ (Mühlberger 2008), one more ⚠ (1–6 in all, Moore 2011)
      valves: [0.4, fromTop(fvLength, 90 - CFV_HALF_MM), fromTop(fvLength, 50 - CFV_HALF_MM)],
      diameterMm: [{ fraction: 0, diameterMm: POPLITEAL_DIAMETER_MM }],
      chartPath: [
        { fraction: 0, s: S.adductorHiatus, theta: 80 },
        { fraction: 1, s: cfvBottomS, theta: 40 },
      ],
      restInflowMlPerS: 0,
      pumpEjectionFraction: THIGH_PUMP_EJECTION_FRACTION,
    },
    {
      id: 'popliteal',
      kind: 'deep',
      lengthMm: popLength,
      drainsInto: { veinId: 'femoral', atFraction: 0 },
      valves: [0.4, 0.9], // one near the adductor hiatus, one more ⚠ (0–4, Moore 2011)
      diameterMm: [{ fraction: 0, diameterMm: POPLITEAL_DIAMETER_MM }],
      chartPath: [
        { fraction: 0, s: S.tibioperonealTrunk, theta: 175 },
        { fraction: 1, s: S.adductorHiatus, theta: 150 },
      ],
      restInflowMlPerS: 0,
      pumpEjectionFraction: CALF_PUMP_EJECTION_FRACTION, // ⚠ squeezed by the gastrocnemius heads
    },
    {
      id: 'posterior_tibial',
      kind: 'deep',
      lengthMm: ptvLength,
      drainsInto: { veinId: 'popliteal', atFraction: 0 },
      valves: evenly(0, 1, 8), // ⚠ no count in the reference; deep calf veins are densely valved
      // ⚠ stands for the paired tibial and fibular veins: one lumen of their combined area
      diameterMm: [{ fraction: 0, diameterMm: 6 }],
      chartPath: [
        { fraction: 0, s: S.ankle, theta: 140 },
        { fraction: 1, s: S.tibioperonealTrunk, theta: 170 },
      ],
      restInflowMlPerS: POPLITEAL_REST_FLOW_ML_PER_S - SUPERFICIAL_REST_FLOW_ML_PER_S,
      pumpEjectionFraction: CALF_PUMP_EJECTION_FRACTION,
    },
    {
      id: 'great_saphenous',
      kind: 'superficial',
      lengthMm: gsvLength,
      drainsInto: { veinId: 'common_femoral', atFraction: 0.5 },
      valves: [
        // from the ankle 12.7, 21.1, 25.4 cm (95 harvested veins)
        127 / gsvLength,
        211 / gsvLength,
        254 / gsvLength,
        ...evenly(0.55, 0.93, 4), // ⚠ 6.3 above the knee in all (cadaver series)
        fromTop(gsvLength, 48), // preterminal, 1.4–8.2 cm from the SFJ (Mühlberger 2007)
        fromTop(gsvLength, 7), // terminal, 0–1.4 cm from the SFJ (Mühlberger 2007)
      ],
      diameterMm: [
        { fraction: 0, diameterMm: 3 }, // ⚠ 2.5–4 at the ankle
        { fraction: 0.55, diameterMm: 3.5 }, // ⚠ at the knee
        { fraction: fromTop(gsvLength, 110), diameterMm: 3.7 }, // 15 cm below the groin (Mendoza 2013)
        { fraction: fromTop(gsvLength, 20), diameterMm: 4.5 }, // ⚠ widening into the junction
        { fraction: 1, diameterMm: 7.5 }, // at the SFJ (Mendoza 2013)
      ],
      chartPath: [
        { fraction: 0, s: S.ankle, theta: 60 }, // 2–3 cm anterior to the medial malleolus
        { fraction: 0.3, s: 0.42, theta: 95 },
        { fraction: 0.55, s: S.knee, theta: 120 }, // behind the medial condyles
        { fraction: 0.8, s: 0.8, theta: 95 },
        { fraction: 1, s: SFJ_S, theta: 40 },
      ],
      restInflowMlPerS: SUPERFICIAL_REST_FLOW_ML_PER_S,
    },
    {
      id: 'small_saphenous',
      kind: 'superficial',
      lengthMm: ssvLength,
      drainsInto: {
        veinId: 'popliteal',
        atFraction: (ssvTopS - S.tibioperonealTrunk) / (S.adductorHiatus - S.tibioperonealTrunk),
      },
      valves: [
        ...evenly(0, 0.8, 6), // ⚠ 7–13 in all (Schweighofer 2010)
        fromTop(ssvLength, 51), // 5.1 ± 2.3 cm from the junction (Schweighofer 2010)
        fromTop(ssvLength, 12), // 1.2 ± 1.4 cm from the junction (Schweighofer 2010)
      ],
      diameterMm: [{ fraction: 0, diameterMm: 3.1 }], // Joh & Park 2013
      chartPath: [
        { fraction: 0, s: S.ankle - 0.01, theta: -150 }, // behind the lateral malleolus
        { fraction: 0.3, s: 0.36, theta: 180 },
        { fraction: 1, s: ssvTopS, theta: 180 },
      ],
      restInflowMlPerS: SUPERFICIAL_REST_FLOW_ML_PER_S,
    },
  ];
  return { veins };
}
