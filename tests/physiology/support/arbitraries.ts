/** Random hands and muscle squeezes for property tests. */
import fc from 'fast-check';
import { PRESSURE_LEVELS } from '../../../src/anatomy/names';
import type { Compression } from '../../../src/physiology/compression';

/**
 * A number spread evenly over [min, max]. (fc.double spreads over the float bit patterns, so
 * most of its draws are vanishingly small: a hand of radius 1e-120 presses nothing.)
 */
export function between(min: number, max: number): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: 100_000 }).map((k) => min + ((max - min) * k) / 100_000);
}

export const compression: fc.Arbitrary<Compression> = fc.record({
  s: between(-0.1, 1.1),
  theta: between(-180, 180),
  pressure: fc.oneof(fc.constantFrom(...PRESSURE_LEVELS), between(0, 1)),
  radiusS: between(0, 0.3),
  spreadDeg: between(0, 180),
  by: fc.constantFrom('hand' as const, 'muscle' as const),
});

/** One frame: what presses during it and how long it lasts (1 ms … 1 s). */
export const frame = fc.record({
  compressions: fc.array(compression, { minLength: 1, maxLength: 3 }),
  dt: fc.oneof(between(0.001, 0.05), between(0.05, 1)),
});

export const frames = (maxLength: number) => fc.array(frame, { minLength: 1, maxLength });
