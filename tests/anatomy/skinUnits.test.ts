import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SKIN_UNITS_KEY, skinUnitsFor, skinUnitsOf } from '../../src/anatomy/skinUnits';

describe('the skin attributes’ units', () => {
  it('are plain degrees and millimetres when the model declares none, or declares nonsense', () => {
    const plain = { chartThetaDeg: 1, tissueDepthMm: 1 };
    expect(skinUnitsOf({})).toEqual(plain);
    expect(skinUnitsOf({ [SKIN_UNITS_KEY]: 'x' })).toEqual(plain);
    expect(skinUnitsOf({ [SKIN_UNITS_KEY]: { chartThetaDeg: -3, tissueDepthMm: NaN } })).toEqual(
      plain,
    );
    expect(skinUnitsOf({ [SKIN_UNITS_KEY]: { chartThetaDeg: 180, tissueDepthMm: 128 } })).toEqual({
      chartThetaDeg: 180,
      tissueDepthMm: 128,
    });
  });

  it('bring every angle and depth within [-1, 1], a depth unit at most twice the deepest', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 500, noNaN: true }), (deepest) => {
        const units = skinUnitsFor(deepest);
        expect(deepest / units.tissueDepthMm).toBeLessThanOrEqual(1);
        expect(units.tissueDepthMm).toBeLessThan(2 * Math.max(1, deepest));
        expect(180 / units.chartThetaDeg).toBeLessThanOrEqual(1);
      }),
    );
  });
});
