import { beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../src/anatomy/chart';
import type { LegModel } from '../../src/anatomy/legModel';
import { regionLevels } from '../../src/anatomy/regions';
import { loadDefaultLeg } from '../support/leg';

let leg: LegModel;
let chart: LegChart;
beforeAll(async () => {
  leg = await loadDefaultLeg();
  chart = LegChart.fromModel(leg);
});

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('tissue depth (skin to nearest bone, from the anatomy)', () => {
  it('is under 10 mm over the anteromedial face of the tibia', () => {
    const L = regionLevels(chart.landmarkCoords());
    for (let f = 0.25; f <= 0.7; f += 0.05) {
      const s = L.malleoli + f * L.shank;
      const face = [15, 25, 35, 45, 55].map((th) => chart.depthAt(s, th));
      expect(mean(face), `shin at ${f.toFixed(2)} of the shank`).toBeLessThan(10);
      expect(Math.min(...face)).toBeLessThan(7);
    }
  });

  it('is under 10 mm over the patella and the malleoli', () => {
    for (const name of ['patella_centre', 'medial_malleolus', 'lateral_malleolus'] as const) {
      const lm = leg.landmarks[name];
      expect(chart.depthAt(lm.s, lm.theta), name).toBeLessThan(10);
    }
  });

  it('is over 20 mm over the calf and thigh muscle bellies', () => {
    const L = regionLevels(chart.landmarkCoords());
    const calf = L.malleoli + 0.55 * L.shank;
    for (const th of [150, 180, -150])
      expect(chart.depthAt(calf, th), `calf ${th}`).toBeGreaterThan(20);
    const thigh = (L.kneeTop + 1) / 2;
    for (const th of [0, 90, 180, -90])
      expect(chart.depthAt(thigh, th), `thigh ${th}`).toBeGreaterThan(20);
  });

  it('matches the distance to the bone meshes it was computed from (attribute is in mm)', () => {
    const d = leg.skin.depthMm;
    expect(Math.min(...d)).toBeGreaterThan(0.5);
    expect(Math.max(...d)).toBeLessThan(200);
  });
});
