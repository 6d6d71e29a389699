/** Random hands and muscle squeezes for property tests. */
import fc from 'fast-check';
import { PRESSURE_LEVELS } from '../../../src/anatomy/names';
import type { Compression } from '../../../src/physiology/compression';

export const compression: fc.Arbitrary<Compression> = fc.record({
  s: fc.double({ min: -0.1, max: 1.1, noNaN: true }),
  theta: fc.double({ min: -180, max: 180, noNaN: true }),
  pressure: fc.oneof(
    fc.constantFrom(...PRESSURE_LEVELS),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
  radiusS: fc.double({ min: 0, max: 0.3, noNaN: true }),
  spreadDeg: fc.double({ min: 0, max: 180, noNaN: true }),
  by: fc.constantFrom('hand' as const, 'muscle' as const),
});

/** One frame: what presses during it and how long it lasts (1 ms … 1 s). */
export const frame = fc.record({
  compressions: fc.array(compression, { maxLength: 3 }),
  dt: fc.double({ min: 0.001, max: 1, noNaN: true }),
});

export const frames = (maxLength: number) => fc.array(frame, { minLength: 1, maxLength });
