/**
 * A point of the camera image as a place on the chart: `s` by linear interpolation between the
 * anchors along the tapped polyline, and how far off the leg line it is, as a share of the leg
 * line's length (so the judgement does not depend on how close the camera is).
 */
import type { LegAnchors } from './legAnchors';
import { legLineLength, placeOnLegLine, type ImagePoint, type LegLine } from './legLine';

export interface ChartPlace {
  s: number;
  /** Distance to the leg line over the line's length (ankle → knee → groin). */
  offLine: number;
}

export function imageToChart(line: LegLine, anchors: LegAnchors, point: ImagePoint): ChartPlace {
  const place = placeOnLegLine(line, point);
  const [from, to] =
    place.segment === 'lower' ? [anchors.ankleS, anchors.kneeS] : [anchors.kneeS, anchors.groinS];
  const length = legLineLength(line);
  return {
    s: from + (to - from) * place.fraction,
    offLine: length > 0 ? place.distance / length : Infinity,
  };
}
