import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../src/anatomy/chart';
import {
  degreesForSkin,
  girthAtMm,
  girthProfileOf,
  skinRoundMm,
  type GirthProfile,
} from '../../src/anatomy/girthProfile';
import { loadDefaultLeg } from '../support/leg';

let girth: GirthProfile;
beforeAll(async () => {
  girth = girthProfileOf(LegChart.fromModel(await loadDefaultLeg()));
});

describe('the skin round the leg, measured on the default model', () => {
  it('has the girths of a leg: a slim ankle, a fuller calf, the thigh widest', () => {
    // ANSUR II: ankle ~22-25 cm at its narrowest, calf ~35-40 cm, thigh ~55-65 cm.
    expect(girthAtMm(girth, 0.26)).toBeGreaterThan(200);
    expect(girthAtMm(girth, 0.26)).toBeLessThan(280);
    expect(girthAtMm(girth, 0.48)).toBeGreaterThan(340);
    expect(girthAtMm(girth, 0.48)).toBeLessThan(420);
    expect(girthAtMm(girth, 0.8)).toBeGreaterThan(540);
  });

  it('turns a length of skin into degrees and back, either way round, across the seam', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.constantFrom(1 as const, -1 as const),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (s, theta, direction, mm) => {
          const degrees = degreesForSkin(girth, s, theta, direction, mm);
          if (degrees < 180)
            expect(skinRoundMm(girth, s, theta, direction * degrees)).toBeCloseTo(mm, 6);
          const whole = skinRoundMm(girth, s, theta, direction * 360);
          expect(whole).toBeCloseTo(girthAtMm(girth, s), 6);
        },
      ),
    );
  });
});
