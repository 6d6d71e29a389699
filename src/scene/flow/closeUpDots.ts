/**
 * Blood dots in the close-up of one valve, along the vein's axis only: y in vein radii, 0 at the
 * valve's hinge, −h … +h in view. Below the valve they move at the velocity of the model's cell
 * just below it, above at that of the cell just above. Pure.
 *
 * The valve is the gate at y = 0: a dot goes up through it only while the valve passes flow, and
 * never back down. A dot leaving at the top comes back in at the bottom; one pushed out at the
 * bottom (blood driven back toward the foot below a shut valve) waits at the edge.
 */

export interface CloseUpFlow {
  /** Velocity in the cells just below and just above the valve, in vein radii per second. */
  below: number;
  above: number;
  /** The valve lets blood through toward the heart now. */
  passing: boolean;
}

/** How close below a shut valve a held dot rests, in vein radii. */
const HELD_GAP = 0.12;

export function advectCloseUp(
  ys: Float32Array,
  halfHeight: number,
  flow: CloseUpFlow,
  seconds: number,
): void {
  if (!(seconds > 0)) return;
  for (let i = 0; i < ys.length; i++) {
    const y = ys[i] ?? 0;
    let next = y + (y < 0 ? flow.below : flow.above) * seconds;
    if (y < 0 && next >= 0) {
      // Reaching the valve from below: through it, at the speed above, or held under it.
      if (!flow.passing) next = Math.max(y, -HELD_GAP);
    }
    if (y >= 0 && next < 0) next = 0; // never back through the valve
    if (next > halfHeight) next -= 2 * halfHeight;
    if (next < -halfHeight) next = -halfHeight;
    ys[i] = next;
  }
}
