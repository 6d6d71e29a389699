/**
 * A place on the leg in a learner's words: the region, with the side of the leg when needed
 * (a message, read here in English).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/anatomy/names';
import { placeWords as placeMessage } from '../../src/practice/placeWords';
import { say } from '../support/t';

/** The place as the English catalog says it. */
const placeWords = (...args: Parameters<typeof placeMessage>) => say(placeMessage(...args));

describe('placeWords', () => {
  it('adds the side of the leg to a region whose name does not say it', () => {
    expect(placeWords('shin', 0)).toBe('the front of the shin');
    expect(placeWords('calf', 180)).toBe('the back of the calf');
    expect(placeWords('knee', 90)).toBe('the inner side of the knee');
    expect(placeWords('ankle', -90)).toBe('the outer side of the ankle');
  });

  it('adds nothing where the region names its side already', () => {
    expect(placeWords('popliteal_fossa', 0)).toBe('the back of the knee');
    expect(placeWords('thigh_medial', 180)).toBe('the inner thigh');
  });

  it('names the side of the leg without a region', () => {
    expect(placeWords(undefined, 135)).toBe('the back-inner side of the leg');
  });

  it('gives every region and angle a short phrase', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGIONS), fc.double({ min: -180, max: 180 }), (r, theta) => {
        const words = placeWords(r, theta);
        expect(words).toMatch(/^the \S/);
        expect(words).not.toMatch(/undefined/);
      }),
    );
  });
});
