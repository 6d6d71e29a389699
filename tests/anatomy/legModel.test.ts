import { describe, expect, it } from 'vitest';
import { LANDMARKS } from '../../src/anatomy/names';
import { loadDefaultLeg } from '../support/leg';

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
