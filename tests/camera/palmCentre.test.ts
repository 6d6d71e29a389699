import { describe, expect, it } from 'vitest';
import { palmCentre } from '../../src/camera/palmCentre';

describe('palmCentre', () => {
  it('is the mean of the wrist and the four knuckles, whatever the fingertips do', () => {
    const hand = Array.from({ length: 21 }, (_, i) => ({ x: 1000 + i, y: -i }));
    [0, 5, 9, 13, 17].forEach((i, k) => (hand[i] = { x: 10 * k, y: 20 * k }));
    expect(palmCentre(hand)).toEqual({ x: 20, y: 40 });
  });

  it('is null for anything that is not a whole hand', () => {
    expect(palmCentre([{ x: 1, y: 1 }])).toBeNull();
    const broken = Array.from({ length: 21 }, () => ({ x: 1, y: 1 }));
    broken[9] = { x: Number.NaN, y: 1 };
    expect(palmCentre(broken)).toBeNull();
  });
});
