/**
 * The leg as the learner tapped it on the camera image: ankle, knee and groin. A point of the
 * image is placed on this polyline by its nearest point, which says how far up the leg it is and
 * how far off the leg line it lies.
 */

/** A point of the camera image, in the video's pixels (x right, y down). */
export interface ImagePoint {
  x: number;
  y: number;
}

export interface LegLine {
  ankle: ImagePoint;
  knee: ImagePoint;
  groin: ImagePoint;
}

/** Where a point falls on the leg line. */
export interface LegLinePlace {
  /** 'lower' between ankle and knee, 'upper' between knee and groin. */
  segment: 'lower' | 'upper';
  /** 0 at the segment's distal end, 1 at its proximal end (clamped). */
  fraction: number;
  /** Pixels from the point to its nearest point on the line. */
  distance: number;
  /** Which side of the line, looking from ankle to groin: +1 left of it in the image, −1 right. */
  side: 1 | -1;
}

function nearestOnSegment(
  point: ImagePoint,
  from: ImagePoint,
  to: ImagePoint,
): { fraction: number; distance: number; cross: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const lengthSq = dx * dx + dy * dy;
  const raw = lengthSq > 0 ? ((point.x - from.x) * dx + (point.y - from.y) * dy) / lengthSq : 0;
  const fraction = Math.min(1, Math.max(0, raw));
  const distance = Math.hypot(
    point.x - (from.x + dx * fraction),
    point.y - (from.y + dy * fraction),
  );
  const cross = dx * (point.y - from.y) - dy * (point.x - from.x);
  return { fraction, distance, cross };
}

export function placeOnLegLine(line: LegLine, point: ImagePoint): LegLinePlace {
  const lower = nearestOnSegment(point, line.ankle, line.knee);
  const upper = nearestOnSegment(point, line.knee, line.groin);
  const [segment, near] =
    lower.distance <= upper.distance ? (['lower', lower] as const) : (['upper', upper] as const);
  // Image y runs down, so a negative cross product is on the left looking along the line.
  return {
    segment,
    fraction: near.fraction,
    distance: near.distance,
    side: near.cross <= 0 ? 1 : -1,
  };
}

/** Ankle to knee plus knee to groin, in pixels: the scale for "close to the leg". */
export function legLineLength(line: LegLine): number {
  return (
    Math.hypot(line.knee.x - line.ankle.x, line.knee.y - line.ankle.y) +
    Math.hypot(line.groin.x - line.knee.x, line.groin.y - line.knee.y)
  );
}

/** A leg line too short to tell up from down (three taps on nearly one spot). */
export const MIN_LEG_LINE_PX = 40;
