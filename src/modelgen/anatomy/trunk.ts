import type { Layout } from '../layout';
import type { Sdf } from '../sdf';
import { builders } from '../structure';

/**
 * The hip and lower trunk of the leg's side, for context only (no chart, no tissue depth): an
 * elliptical loft centred on the body's midline, from the buttocks to a little above the navel
 * (navel ~0.6 of stature; ⚠ set by eye, like the fascial sleeve). The whole width of the trunk:
 * below it, on the other side, it closes in a rounded stump where the other thigh would be.
 */
export const TRUNK_REF = {
  /** The midline (x, reference frame): the inner thighs meet here at the crotch. */
  midlineX: 0.09,
  /** Top of the form (reference y), just above the navel. */
  topY: 1.13,
  /** Navel (reference frame): on the midline, front of the belly. */
  navel: [0.09, 1.06, 0.105] as const,
} as const;

export function trunkShape(L: Layout): Sdf {
  const { loft } = builders(L);
  const x = TRUNK_REF.midlineX;
  // [y, centre x, centre z, half-width (to the far side), half-depth]
  return loft([
    [0.9, x, -0.02, 0.2, 0.11],
    [0.94, x, -0.02, 0.212, 0.118],
    [0.99, x, -0.012, 0.205, 0.118],
    [1.04, x, -0.004, 0.178, 0.108],
    [1.1, x, 0.0, 0.16, 0.104],
    [1.2, x, 0.0, 0.16, 0.104],
  ]);
}
