/**
 * The stroke lanes during the wrong-way demonstration: red, with arrowheads pointing down the
 * leg, and the covered trail growing from the lane's top. Used by `StrokeLanes.tsx`.
 */
import { MeshBasicMaterial } from 'three';
import { COLOURS } from './flowLook';

const dim = new MeshBasicMaterial({ color: COLOURS.wrongWay, transparent: true, opacity: 0.55 });
const active = new MeshBasicMaterial({ color: COLOURS.wrongWay });

/** The lane's material in the wrong-way demonstration. */
export function wrongWayLaneMaterial(isActive: boolean): MeshBasicMaterial {
  return isActive ? active : dim;
}

/**
 * The part of a lane's trail tube (`segments` rings of `radial` quads along the lane, bottom to
 * top, 6 indices a quad) covered at `progress` of the pass: from the bottom on a proximal pass,
 * from the top when the stroke runs the wrong way. In indices, for `setDrawRange`; written into
 * `out` when given (the lanes ask every frame).
 */
export function trailRange(
  progress: number,
  wrongWay: boolean,
  segments: number,
  radial: number,
  out: { start: number; count: number } = { start: 0, count: 0 },
): { start: number; count: number } {
  const done = Math.round(Math.min(1, Math.max(0, progress)) * segments);
  const perSegment = radial * 6;
  out.start = wrongWay ? (segments - done) * perSegment : 0;
  out.count = done * perSegment;
  return out;
}
