import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlineCssPx } from '../../src/scene/LigamentOutline';

describe('the inguinal ligament outline width', () => {
  it('is 2 CSS px on a phone canvas and 1 on a full-HD one', () => {
    expect(outlineCssPx(325)).toBe(2); // 390×844 Watch page
    expect(outlineCssPx(1000)).toBe(1); // 1920×1080
  });

  it('stays between 1 and 2 px and never widens as the canvas grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 0, max: 4000 }), (h, dh) => {
        const a = outlineCssPx(h);
        expect(a).toBeGreaterThanOrEqual(1);
        expect(a).toBeLessThanOrEqual(2);
        expect(outlineCssPx(h + dh)).toBeLessThanOrEqual(a);
      }),
    );
  });
});
