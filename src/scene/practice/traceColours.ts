/**
 * Colours of a checked trace. Toward the heart is near-white and away from it a deep orange:
 * they differ in lightness as much as in hue, so they read in greyscale and for every kind of
 * colour blindness, and a dark outline keeps both visible on light and dark zones alike. The
 * arrowheads carry the direction without colour at all.
 */
import type { StretchHeading } from './traceStretches';

export const TRACE_COLOURS: Record<StretchHeading, string> = {
  proximal: '#f8fbff',
  distal: '#d9480f',
  still: '#8a929c',
};
export const TRACE_OUTLINE_COLOUR = '#111418';
/** The band under stretches pressed too hard: translucent red, wider than the trace. */
export const TRACE_EXCESS_COLOUR = '#e03131';
export const TRACE_EXCESS_OPACITY = 0.75;
/** The drill's target lane: dashed, dark with a light edge. */
export const DRILL_LANE_COLOUR = '#111418';
export const DRILL_LANE_EDGE_COLOUR = '#ffffff';
