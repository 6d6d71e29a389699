import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baseShape,
  blendShapes,
  FLAT_SHAPE,
  GRASP_SHAPE,
  meanFingerFlexion,
  readShape,
  RELAXED_SHAPE,
  SHAPE_LENGTH,
  shapeFor,
  SQUEEZE_SHAPE,
  THUMB_ABDUCTION,
  THUMB_OPPOSITION,
  type HandActivity,
} from '../../../src/protocol/motion/handShapes';

const ACTIVITIES: HandActivity[] = ['glide', 'knead', 'compress', 'lifted'];

describe('hand shapes by technique', () => {
  it('reads as the technique: flat gliding and pressing palms, a kneading grasp, a loose lifted hand', () => {
    expect(readShape(baseShape('glide'))).toBe('flat');
    expect(readShape(baseShape('compress'))).toBe('flat');
    expect(readShape(baseShape('knead'))).toBe('grasp');
    expect(readShape(shapeFor('knead', 1, new Float64Array(SHAPE_LENGTH)))).toBe('grasp');
    expect(readShape(baseShape('lifted'))).toBe('curled');
  });

  it('grasps with the thumb swung out to oppose the fingers, and lies it flat when gliding', () => {
    expect(GRASP_SHAPE[THUMB_OPPOSITION]!).toBeGreaterThan(FLAT_SHAPE[THUMB_OPPOSITION]! + 0.3);
    expect(GRASP_SHAPE[THUMB_ABDUCTION]!).toBeGreaterThan(0);
    expect(FLAT_SHAPE[THUMB_ABDUCTION]!).toBeLessThan(0);
  });

  it('closes while kneading harder, and keeps the other shapes whatever the pressure', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const lo = Math.min(a, b);
          const hi = Math.max(a, b);
          const soft = meanFingerFlexion(shapeFor('knead', lo, new Float64Array(SHAPE_LENGTH)));
          const firm = meanFingerFlexion(shapeFor('knead', hi, new Float64Array(SHAPE_LENGTH)));
          expect(firm).toBeGreaterThanOrEqual(soft - 1e-12);
          for (const activity of ACTIVITIES.filter((x) => x !== 'knead')) {
            expect(Array.from(shapeFor(activity, a, new Float64Array(SHAPE_LENGTH)))).toEqual(
              Array.from(baseShape(activity)),
            );
          }
        },
      ),
    );
    expect(meanFingerFlexion(SQUEEZE_SHAPE)).toBeGreaterThan(meanFingerFlexion(GRASP_SHAPE));
  });

  it('blends joint by joint between two shapes, clamped to the two ends', () => {
    const shapes = [FLAT_SHAPE, GRASP_SHAPE, SQUEEZE_SHAPE, RELAXED_SHAPE];
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes),
        fc.constantFrom(...shapes),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (a, b, f) => {
          const out = blendShapes(a, b, f, new Float64Array(SHAPE_LENGTH));
          for (let i = 0; i < SHAPE_LENGTH; i++) {
            expect(out[i]!).toBeGreaterThanOrEqual(Math.min(a[i]!, b[i]!) - 1e-12);
            expect(out[i]!).toBeLessThanOrEqual(Math.max(a[i]!, b[i]!) + 1e-12);
          }
          if (f <= 0) expect(Array.from(out)).toEqual(Array.from(a));
          if (f >= 1) expect(Array.from(out)).toEqual(Array.from(b));
        },
      ),
    );
  });
});
