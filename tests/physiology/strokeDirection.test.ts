import { beforeAll, describe, expect, it } from 'vitest';
import type { VeinNetwork } from '../../src/physiology/network';
import { networkFromLegModel } from '../../src/physiology/networkFromLegModel';
import { loadDefaultLeg } from '../support/leg';
import { straightVein } from './support/networks';
import { reversed, volumeMovedByGlide, type Glide, SLOW_UNDER_LOAD } from './support/strokes';

/** "Almost no volume": what a distal stroke moves, as a share of what the proximal one moves. */
const ALMOST_NOTHING = 0.05;

/** The proximal glide and its reverse: volume each moves past valves (mL). */
function bothWays(network: VeinNetwork, glide: Glide, competent = true) {
  const options = { valvesCompetent: competent };
  return {
    proximal: volumeMovedByGlide(network, glide, options),
    distal: volumeMovedByGlide(network, reversed(glide), options),
  };
}

describe('a straight superficial vein with three valves', SLOW_UNDER_LOAD, () => {
  const vein = straightVein();
  const glide: Glide = { fromS: 0.28, toS: 0.74, theta: 90, pressure: 'moderate', seconds: 3 };

  it('a proximal stroke moves volume past the valves toward the heart', () => {
    // Each valve passes the blood swept up from below it: together more than the vein holds.
    expect(bothWays(vein, glide).proximal).toBeGreaterThan(3);
  });

  it('a distal stroke moves (almost) no volume past any valve', () => {
    for (const pressure of ['light', 'moderate', 'firm'] as const) {
      const { proximal, distal } = bothWays(vein, { ...glide, pressure });
      expect(distal).toBeLessThan(ALMOST_NOTHING * proximal);
    }
  });

  it('with incompetent valves (varicose veins) a distal stroke pushes blood back past them', () => {
    const { proximal, distal } = bothWays(vein, glide, false);
    expect(distal).toBeGreaterThan(proximal);
  });
});

describe('the generated leg', SLOW_UNDER_LOAD, () => {
  let leg: VeinNetwork;
  beforeAll(async () => {
    leg = networkFromLegModel(await loadDefaultLeg());
  });

  // The default protocol's medial effleurage lane, malleolus to groin crease, light, 8 s a pass.
  const medialEffleurage: Glide = {
    fromS: 0.19,
    toS: 0.95,
    theta: 90,
    pressure: 'light',
    seconds: 8,
  };
  // A quicker, firm pass up the back of the calf (heel to popliteal crease).
  const firmCalfGlide: Glide = { fromS: 0.19, toS: 0.58, theta: 180, pressure: 'firm', seconds: 3 };

  it('the effleurage lane moves volume toward the heart, and almost none the other way', () => {
    const { proximal, distal } = bothWays(leg, medialEffleurage);
    expect(proximal).toBeGreaterThan(10);
    expect(distal).toBeLessThan(ALMOST_NOTHING * proximal);
  });

  it('so does a firm glide over the calf, where it reaches the deep veins', () => {
    const { proximal, distal } = bothWays(leg, firmCalfGlide);
    expect(proximal).toBeGreaterThan(10);
    expect(distal).toBeLessThan(ALMOST_NOTHING * proximal);
  });

  it('the measure can fail: with incompetent valves the distal strokes move a lot', () => {
    for (const glide of [medialEffleurage, firmCalfGlide]) {
      const proximal = volumeMovedByGlide(leg, glide);
      const distal = volumeMovedByGlide(leg, reversed(glide), { valvesCompetent: false });
      expect(distal).toBeGreaterThan(0.2 * proximal);
    }
  });
});
