import { Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { thetaDistance } from '../../src/anatomy/chartAngle';
import { extractLegModel } from '../../src/anatomy/legModel';
import { LANDMARKS } from '../../src/anatomy/names';
import { loadDefaultLeg, loadDefaultLegScene } from '../support/leg';

describe('the shipped leg model', () => {
  it('loads in node with every landmark, the skin attributes and the veins', async () => {
    const leg = await loadDefaultLeg();
    for (const name of LANDMARKS) {
      const lm = leg.landmarks[name];
      expect(lm.s).toBeGreaterThanOrEqual(0);
      expect(lm.s).toBeLessThanOrEqual(1);
      expect(Math.abs(lm.theta)).toBeLessThanOrEqual(180);
    }
    const n = leg.skin.positions.length / 3;
    expect(leg.skin.chart.length).toBe(n * 2);
    expect(leg.skin.depthMm.length).toBe(n);
    expect(Object.keys(leg.veins).sort()).toEqual(
      [
        'vein_common_femoral',
        'vein_femoral',
        'vein_gsv',
        'vein_popliteal',
        'vein_posterior_tibial',
        'vein_ssv',
      ].sort(),
    );
    expect(leg.veins.vein_gsv!.valves.length).toBeGreaterThan(5);
    expect(Object.keys(leg.lymph).length).toBe(4);
  });
});

describe('the skin attributes stored as integers', () => {
  it('are read back in degrees and millimetres: each landmark’s chart agrees with the skin under it', async () => {
    const leg = await loadDefaultLeg();
    const { positions, chart, depthMm } = leg.skin;
    const n = positions.length / 3;
    for (const name of LANDMARKS) {
      const { position, s, theta } = leg.landmarks[name];
      if (s >= 0.99) continue; // the cap's vertices all sit at s = 1
      let best = 0;
      let bestD = Infinity;
      for (let i = 0; i < n; i++) {
        const d = Math.hypot(
          positions[i * 3]! - position[0],
          positions[i * 3 + 1]! - position[1],
          positions[i * 3 + 2]! - position[2],
        );
        if (d < bestD) [best, bestD] = [i, d];
      }
      expect(bestD, name).toBeLessThan(0.01);
      expect(Math.abs(chart[best * 2]! - s), name).toBeLessThan(0.02);
      expect(thetaDistance(chart[best * 2 + 1]!, theta), name).toBeLessThan(12);
    }
    const depths = Array.from(depthMm);
    // Bone under a few mm of skin at the shin, centimetres of muscle and fat at the thigh.
    expect(Math.min(...depths)).toBeGreaterThan(1);
    expect(Math.min(...depths)).toBeLessThan(6);
    expect(Math.max(...depths)).toBeGreaterThan(60);
  });

  it('read the same when the scene is read again (the drawn skin already holds them in units)', async () => {
    const leg = await loadDefaultLeg();
    const again = extractLegModel(await loadDefaultLegScene());
    expect(again.skin.chart).toEqual(leg.skin.chart);
    expect(again.skin.depthMm).toEqual(leg.skin.depthMm);
  });

  it('reach the drawn skin in the same units (the zone shader reads them)', async () => {
    const scene = await loadDefaultLegScene();
    const leg = await loadDefaultLeg();
    let skin: Mesh | undefined;
    scene.traverse((o) => {
      if (o.name === 'skin' && o instanceof Mesh) skin = o;
    });
    const drawnChart = skin!.geometry.getAttribute('_chart');
    const drawnDepth = skin!.geometry.getAttribute('_tissue_depth');
    expect(drawnChart.normalized).toBe(false);
    for (const i of [0, 1000, 20000]) {
      expect(drawnChart.getY(i)).toBeCloseTo(leg.skin.chart[i * 2 + 1]!, 5);
      expect(drawnDepth.getX(i)).toBeCloseTo(leg.skin.depthMm[i]!, 5);
    }
  });
});
