/**
 * STAND-IN for the generated leg, used only until `tests/support/leg.ts` and
 * `src/anatomy/regions.ts` exist: landmark chart coordinates, regions and tissue depth drawn
 * from the anatomy reference by hand (an adult leg, toe tip to groin ≈ 0.95 m along the axis).
 * Zones come from the real `zoneFor` and the real default protocol.
 */
import type { LandmarkName, RegionName } from '../../../src/anatomy/names';
import { zoneFor } from '../../../src/anatomy/zones';
import type { TraceContext } from '../../../src/practice/analyzeTrace';
import { thetaDistance } from '../../../src/practice/angles';
import type { ChartPoint } from '../../../src/practice/strokeLanes';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';

export const standInLandmarks: Record<LandmarkName, ChartPoint> = {
  toe_tip: { s: 0, theta: 0 },
  heel: { s: 0.2, theta: 180 },
  medial_malleolus: { s: 0.21, theta: 95 },
  lateral_malleolus: { s: 0.2, theta: -100 },
  achilles_insertion: { s: 0.21, theta: 180 },
  tibial_tuberosity: { s: 0.58, theta: 0 },
  patella_centre: { s: 0.63, theta: 0 },
  popliteal_crease: { s: 0.62, theta: 180 },
  medial_femoral_condyle: { s: 0.65, theta: 100 },
  saphenopopliteal_junction: { s: 0.66, theta: 180 },
  greater_trochanter: { s: 1, theta: -90 },
  saphenofemoral_junction: { s: 0.96, theta: 80 },
  groin_crease: { s: 0.99, theta: 60 },
  pubic_tubercle: { s: 1, theta: 90 },
};

/** Front of the shin: anterior to anteromedial, where the tibia lies under the skin. */
const onShinFace = (theta: number) => theta > -35 && theta < 110;
const atBack = (theta: number) => thetaDistance(theta, 180) < 70;

export function standInRegionsAt(s: number, theta: number): RegionName[] {
  if (s < 0.17) return ['foot'];
  if (s < 0.25) return ['ankle'];
  if (s < 0.57) return onShinFace(theta) ? ['shin'] : ['calf'];
  if (s < 0.68) return atBack(theta) ? ['popliteal_fossa'] : ['knee'];
  const thigh: RegionName[] = [];
  if (thetaDistance(theta, 0) <= 60) thigh.push('thigh_anterior');
  if (thetaDistance(theta, 90) < 45) thigh.push('thigh_medial');
  if (thetaDistance(theta, -90) < 45) thigh.push('thigh_lateral');
  if (atBack(theta)) thigh.push('thigh_posterior');
  if (s > 0.9 && theta > 30 && theta < 130) thigh.push('femoral_triangle');
  if (s > 0.97) thigh.push('groin');
  return thigh;
}

/** Thin over the tibia and the patella, deep over muscle. */
export function standInDepthMm(s: number, theta: number): number {
  if (s >= 0.25 && s < 0.57 && onShinFace(theta)) return 4;
  if (s >= 0.57 && s < 0.68 && !atBack(theta)) return 8;
  if (s < 0.25) return 9;
  return 25;
}

export function standInContext(): TraceContext {
  return {
    protocol: defaultProtocol,
    landmarks: standInLandmarks,
    regionsAt: standInRegionsAt,
    zoneAt: (s, theta) =>
      zoneFor(
        { regions: standInRegionsAt(s, theta), depthMm: standInDepthMm(s, theta) },
        defaultProtocol,
      ),
  };
}
