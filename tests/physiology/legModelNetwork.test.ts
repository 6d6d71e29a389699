import { beforeAll, describe, expect, it } from 'vitest';
import type { LegModel } from '../../src/anatomy/legModel';
import { interiorChart } from '../../src/physiology/interiorChart';
import { createFlowState } from '../../src/physiology/flowState';
import { layoutOf } from '../../src/physiology/layout';
import type { Vein, VeinNetwork } from '../../src/physiology/network';
import { networkFromLegModel, POPLITEAL_VEIN } from '../../src/physiology/networkFromLegModel';
import {
  CALF_PUMP_EJECTION_FRACTION,
  POPLITEAL_REST_VELOCITY_CM_PER_S,
  THIGH_PUMP_EJECTION_FRACTION,
} from '../../src/physiology/parameters';
import { thetaDistance } from '../../src/anatomy/chartAngle';
import { loadDefaultLeg } from '../support/leg';

let model: LegModel;
let network: VeinNetwork;
beforeAll(async () => {
  model = await loadDefaultLeg();
  network = networkFromLegModel(model);
});
const vein = (id: string): Vein => {
  const found = network.veins.find((v) => v.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const ends = (v: Vein) => [v.chartPath[0], v.chartPath[v.chartPath.length - 1]] as const;

describe('the vein network of the generated leg', () => {
  it('has every vein of the model, and the common femoral vein leaves the leg', () => {
    expect(network.veins.map((v) => v.id).sort()).toEqual(Object.keys(model.veins).sort());
    expect(network.veins.filter((v) => v.drainsInto === null).map((v) => v.id)).toEqual([
      'vein_common_femoral',
    ]);
    expect(() => layoutOf(network)).not.toThrow();
  });

  it('keeps the model’s valves where they are', () => {
    for (const v of network.veins) {
      const fromModel = model.veins[v.id]?.valves.map((x) => x.fraction);
      expect(v.valves).toEqual(fromModel);
    }
  });

  it('joins each vein where its centreline meets the receiving one', () => {
    const gsv = vein('vein_gsv').drainsInto;
    expect(gsv?.veinId).toBe('vein_common_femoral');
    expect(gsv?.atFraction).toBeGreaterThan(0.2);
    expect(gsv?.atFraction).toBeLessThan(0.8);
    expect(vein('vein_ssv').drainsInto?.veinId).toBe(POPLITEAL_VEIN);
    expect(vein('vein_posterior_tibial').drainsInto).toEqual({
      veinId: POPLITEAL_VEIN,
      atFraction: 0,
    });
  });

  it('places the saphenous veins on the chart at their landmarks', () => {
    const near = (
      point: { s: number; theta: number } | undefined,
      landmark: keyof LegModel['landmarks'],
    ) => {
      const target = model.landmarks[landmark];
      expect(Math.abs((point?.s ?? NaN) - target.s)).toBeLessThan(0.01);
      expect(thetaDistance(point?.theta ?? NaN, target.theta)).toBeLessThan(15);
    };
    near(ends(vein('vein_gsv'))[1], 'saphenofemoral_junction');
    near(ends(vein('vein_ssv'))[1], 'saphenopopliteal_junction');
    // The GSV runs up the medial side of the leg.
    const gsvMid = vein('vein_gsv').chartPath.filter((p) => p.fraction > 0.25 && p.fraction < 0.85);
    for (const p of gsvMid) expect(p.theta).toBeGreaterThan(60);
    for (const p of gsvMid) expect(p.theta).toBeLessThan(140);
  });

  it('runs every vein up the leg, toward the heart', () => {
    for (const v of network.veins) {
      const [first, last] = ends(v);
      expect(last?.s ?? NaN).toBeGreaterThan(first?.s ?? NaN);
    }
  });

  it('gives the calf’s deep veins the calf pump and the thigh’s the thigh pump', () => {
    expect(vein('vein_posterior_tibial').pumpEjectionFraction).toBe(CALF_PUMP_EJECTION_FRACTION);
    expect(vein(POPLITEAL_VEIN).pumpEjectionFraction).toBe(CALF_PUMP_EJECTION_FRACTION);
    expect(vein('vein_femoral').pumpEjectionFraction).toBe(THIGH_PUMP_EJECTION_FRACTION);
    expect(vein('vein_gsv').pumpEjectionFraction).toBeUndefined();
  });

  it('carries the measured 11 cm/s through the popliteal vein at rest', () => {
    const layout = layoutOf(network);
    const index = network.veins.findIndex((v) => v.id === POPLITEAL_VEIN);
    const state = createFlowState(network);
    // Above the small saphenous junction the whole calf's return has joined.
    const above = Array.from(state.cellVelocityCmPerS).filter(
      (_, c) => layout.cellVein[c] === index && (layout.cellFromFraction[c] ?? 0) > 0.6,
    );
    for (const v of above) expect(v).toBeCloseTo(POPLITEAL_REST_VELOCITY_CM_PER_S, 1);
  });
});

describe('chart coordinates of points inside the leg', () => {
  it('a point of the skin projects onto its own chart coordinates', () => {
    const chartOf = interiorChart(model.skin);
    const { positions, chart } = model.skin;
    let close = 0;
    let count = 0;
    for (let i = 0; i < chart.length / 2; i += 23) {
      const s = chart[2 * i] ?? NaN;
      if (s >= 0.999) continue; // the cap of the top cut
      const p = chartOf([
        positions[3 * i] ?? 0,
        positions[3 * i + 1] ?? 0,
        positions[3 * i + 2] ?? 0,
      ]);
      const dTheta = thetaDistance(p.theta, chart[2 * i + 1] ?? NaN);
      if (Math.abs(p.s - s) < 0.003 && dTheta < 3) close++;
      count++;
    }
    expect(close / count).toBeGreaterThan(0.97);
  });
});
