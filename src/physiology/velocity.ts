/** Blood velocity along each cell, for particles drawn along the veins. */
import { EXIT, type FlowLayout } from './layout';

/**
 * Velocity = mean of the flow entering a cell and the flow leaving it toward the heart, over its
 * cross-section (volume / length), cm/s, positive toward the heart. The cross-section is floored
 * at 5 % of rest so an almost empty cell does not report absurd speeds.
 */
export function cellVelocities(
  layout: FlowLayout,
  volumesMl: Float64Array,
  linkFlowMlPerS: Float64Array,
  capillaryFlowMlPerS: Float64Array,
  out: Float64Array,
): Float64Array {
  out.set(capillaryFlowMlPerS);
  for (let l = 0; l < layout.linkCount; l++) {
    const to = layout.linkTo[l] ?? EXIT;
    if (to !== EXIT) out[to] = (out[to] ?? 0) + (linkFlowMlPerS[l] ?? 0);
  }
  for (let c = 0; c < layout.cellCount; c++) {
    const leaving = linkFlowMlPerS[layout.cellOutLink[c] ?? 0] ?? 0;
    const volume = Math.max(volumesMl[c] ?? 0, 0.05 * (layout.cellRestVolumeMl[c] ?? 0));
    const area = volume / (layout.cellLengthCm[c] ?? 1);
    out[c] = ((out[c] ?? 0) + leaving) / 2 / area;
  }
  return out;
}
