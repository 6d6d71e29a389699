import { describe, expect, it } from 'vitest';
import {
  externalPressures,
  stripLoadShare,
  type Compression,
} from '../../src/physiology/compression';
import { createFlowState } from '../../src/physiology/flowState';
import { layoutOf } from '../../src/physiology/layout';
import {
  CALF_PUMP_EJECTION_FRACTION,
  HAND_PRESSURE_MMHG,
  THIGH_PUMP_EJECTION_FRACTION,
} from '../../src/physiology/parameters';
import { step } from '../../src/physiology/step';
import { referenceLeg } from './support/networks';
import { play } from './support/strokes';

const leg = referenceLeg();
const layout = layoutOf(leg);
const cells = Array.from({ length: layout.cellCount }, (_, c) => c);
const veinOf = (c: number) => leg.veins[layout.cellVein[c] ?? -1]?.id;
const isDeep = (c: number) => layout.cellIsDeep[c] === 1;
const pressuresUnder = (compressions: Compression[]) =>
  externalPressures(layout, compressions, new Float64Array(layout.cellCount));

/** A palm on the medial calf, over the great saphenous vein. */
const palm = (pressure: Compression['pressure']): Compression => ({
  s: 0.4,
  theta: 100,
  pressure,
  radiusS: 0.05,
  spreadDeg: 40,
});

describe('what a hand reaches', () => {
  it('light pressure presses the superficial vein under the palm, not the deep veins', () => {
    const external = pressuresUnder([palm('light')]);
    const gsvUnderPalm = cells.filter((c) => veinOf(c) === 'great_saphenous' && external[c]! > 0);
    expect(gsvUnderPalm.length).toBeGreaterThan(2);
    expect(Math.max(...gsvUnderPalm.map((c) => external[c]!))).toBe(HAND_PRESSURE_MMHG.light);
    // With the skin's scale known, the strip load: all but whole under the palm's middle.
    const measured = pressuresUnder([{ ...palm('light'), mmPerDegree: 380 / 360 }]);
    const most = Math.max(...gsvUnderPalm.map((c) => measured[c]!));
    expect(most).toBeLessThanOrEqual(HAND_PRESSURE_MMHG.light);
    expect(most).toBeGreaterThan(0.99 * HAND_PRESSURE_MMHG.light);
    expect(cells.filter(isDeep).every((c) => external[c] === 0)).toBe(true);
  });

  it('moderate and firm pressure reach the deep calf veins too', () => {
    const moderate = pressuresUnder([palm('moderate')]);
    const firm = pressuresUnder([palm('firm')]);
    const deepUnder = cells.filter((c) => isDeep(c) && firm[c]! > 0);
    expect(deepUnder.length).toBeGreaterThan(0);
    for (const c of deepUnder) expect(firm[c]).toBeGreaterThan(moderate[c] ?? Infinity);
  });

  it('nothing beyond the palm is pressed', () => {
    const external = pressuresUnder([palm('firm')]);
    cells
      .filter((c) => Math.abs((layout.cellS[c] ?? 0) - 0.4) > 0.05)
      .forEach((c) => expect(external[c]).toBe(0));
  });

  it('two palms side by side press no harder than one hand presses', () => {
    const one = pressuresUnder([palm('moderate')]);
    const two = pressuresUnder([palm('moderate'), { ...palm('moderate'), theta: 110 }]);
    for (const c of cells) expect(two[c]).toBeLessThanOrEqual(HAND_PRESSURE_MMHG.moderate);
    expect(Math.max(...two)).toBeGreaterThanOrEqual(Math.max(...one));
  });

  it('a vein under the seam of two palms side by side is pressed by both', () => {
    // The vein's cells under the palms' level; palms edge to edge either side of each cell.
    const gsv = cells.filter(
      (c) => veinOf(c) === 'great_saphenous' && Math.abs((layout.cellS[c] ?? 0) - 0.4) < 0.02,
    );
    expect(gsv.length).toBeGreaterThan(0);
    for (const c of gsv) {
      const theta = layout.cellTheta[c] ?? 0;
      // Half a palm (43 mm) is 40° of a calf ~38 cm round; centres 88 mm apart.
      const onCalf = { ...palm('firm'), mmPerDegree: 380 / 360 };
      const left = { ...onCalf, theta: theta - 41.7 };
      const right = { ...onCalf, theta: theta + 41.7 };
      const alone = pressuresUnder([left])[c]!;
      const both = pressuresUnder([left, right])[c]!;
      expect(alone).toBeLessThan(0.4 * HAND_PRESSURE_MMHG.firm);
      expect(both).toBeGreaterThan(0.7 * HAND_PRESSURE_MMHG.firm);
      expect(both).toBeLessThanOrEqual(HAND_PRESSURE_MMHG.firm);
    }
  });

  it('a palm presses less and less beyond its edge, and nothing far round the leg', () => {
    const at = (theta: number) => stripLoadShare(theta, 40, 8 / (380 / 360));
    expect(at(0)).toBeGreaterThan(0.99);
    expect(at(40)).toBeCloseTo(0.5, 2);
    expect(at(48)).toBeLessThan(0.15);
    expect(at(90)).toBeLessThan(0.01);
    for (let x = 0; x < 120; x += 1) expect(at(x + 1)).toBeLessThanOrEqual(at(x));
  });
});

describe('the muscle pump', () => {
  /**
   * A firm squeeze of the muscle around s = centre (full over ±radius/2, easing off to ±radius),
   * held for 2 s: the share of volume the fully squeezed part of the veins has ejected.
   */
  function ejected(veinIds: string[], centre: number, radius: number): number {
    const squeeze: Compression = {
      s: centre,
      theta: 0,
      pressure: 'firm',
      radiusS: radius,
      spreadDeg: 360,
      by: 'muscle',
    };
    const [fromS, toS] = [centre - radius / 2, centre + radius / 2];
    const inside = cells.filter((c) => {
      const s = layout.cellS[c] ?? 0;
      return veinIds.includes(veinOf(c) ?? '') && s > fromS && s < toS;
    });
    const before = createFlowState(leg);
    const after = play(leg, before, () => [squeeze], 2, 1 / 60);
    const volume = (state: typeof before) =>
      inside.reduce((sum, c) => sum + state.volumesMl[c]!, 0);
    return 1 - volume(after) / volume(before);
  }

  // A held squeeze ejects a little less than the pump's ejection fraction: blood keeps coming
  // from the foot and must be pushed through the narrowed veins.
  it('a firm squeeze of the calf ejects about 65 % of its deep veins', () => {
    const share = ejected(['posterior_tibial'], 0.36, 0.18);
    expect(share).toBeGreaterThan(CALF_PUMP_EJECTION_FRACTION - 0.1);
    expect(share).toBeLessThanOrEqual(CALF_PUMP_EJECTION_FRACTION);
  });

  it('a firm squeeze of the thigh ejects about 15 % of its deep veins', () => {
    const share = ejected(['femoral'], 0.84, 0.1);
    expect(share).toBeGreaterThan(THIGH_PUMP_EJECTION_FRACTION - 0.05);
    expect(share).toBeLessThanOrEqual(THIGH_PUMP_EJECTION_FRACTION);
  });

  it('leaves the superficial veins alone', () => {
    const squeeze: Compression = {
      s: 0.4,
      theta: 0,
      pressure: 'firm',
      radiusS: 0.3,
      spreadDeg: 360,
      by: 'muscle',
    };
    const state = step(leg, createFlowState(leg), [squeeze], 0.1);
    cells.filter((c) => !isDeep(c)).forEach((c) => expect(state.externalPressuresMmHg[c]).toBe(0));
  });
});
