/** A marked place in words, on the real leg: the region there and, where it helps, the side. */
import { beforeAll, describe, expect, it } from 'vitest';
import { placeAt } from '../../../src/anatomy/keepOffMarks';
import type { LegModel } from '../../../src/anatomy/legModel';
import { markDescription, markWhere } from '../../../src/ui/marks/markWords';
import { loadDefaultLeg } from '../../support/leg';

let leg: LegModel;
beforeAll(async () => {
  leg = await loadDefaultLeg();
});

describe('where a mark is, in words', () => {
  it('names the side of the lower leg, and only the region on the thigh', () => {
    expect(markWhere(placeAt(leg.landmarks, 'lower-leg-high', 'posterior'), leg.landmarks)).toBe(
      'back of the calf',
    );
    expect(markWhere(placeAt(leg.landmarks, 'lower-leg-low', 'anterior'), leg.landmarks)).toBe(
      'front of the shin',
    );
    expect(markWhere(placeAt(leg.landmarks, 'thigh-low', 'medial'), leg.landmarks)).toBe(
      'the inner thigh (adductors)',
    );
  });

  it('describes a mark with its kind, size across, place and leg', () => {
    const mark = {
      id: 'm',
      kind: 'varicose-vein' as const,
      leg: 'left' as const,
      ...placeAt(leg.landmarks, 'lower-leg-high', 'posterior'),
      radiusCm: 4,
    };
    expect(markDescription(mark, leg.landmarks)).toBe(
      'Varicose vein, 8 cm across, back of the calf, left leg',
    );
  });
});
