/**
 * How far s may go back before it counts as a movement down the leg. Hands jitter by a few
 * millimetres; kneading and compression also work in small circles while stepping upward, and
 * those circles are the technique, not a distal stroke.
 */
import type { StrokeKind } from '../protocol/schema';

/** About 1 cm on an adult leg (toe tip to groin ≈ 0.9 m): hand jitter on a glide. */
const GLIDE_WOBBLE_S = 0.01;
/** About 3.5 cm: the circles of a kneading or compressing hand. */
export const KNEADING_WOBBLE_S = 0.04;

/** The tolerance for a trace that follows a lane of this kind (null: no lane matched). */
export function wobbleTolerance(kind: StrokeKind | null): number {
  return kind === 'knead' || kind === 'compress' ? KNEADING_WOBBLE_S : GLIDE_WOBBLE_S;
}
