/**
 * The stroke as it is being drawn: a fat line on the skin that grows with each sample, a wide
 * dark line under a narrow white one so it reads on every zone colour. Cuts (the pointer left
 * the leg) leave a gap. Points are added from pointer handlers; the geometry is rebuilt at most
 * once a frame (`flushLiveLine` from `useFrame`).
 */
import { Group, type Vector3 } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';

export interface LiveLine {
  readonly group: Group;
  readonly geometry: LineSegmentsGeometry;
  readonly materials: readonly LineMaterial[];
  /** Segment end points, xyz xyz per segment. */
  segments: number[];
  last: readonly [number, number, number] | null;
  dirty: boolean;
}

const LIVE_UNDER_WIDTH_PX = 7;
const LIVE_OVER_WIDTH_PX = 3;

export function createLiveLine(): LiveLine {
  const geometry = new LineSegmentsGeometry();
  const under = new LineMaterial({ color: '#111418', linewidth: LIVE_UNDER_WIDTH_PX });
  const over = new LineMaterial({ color: '#ffffff', linewidth: LIVE_OVER_WIDTH_PX });
  const group = new Group();
  group.name = 'practice_live_trace';
  const underLine = new LineSegments2(geometry, under);
  const overLine = new LineSegments2(geometry, over);
  overLine.renderOrder = 1;
  group.add(underLine, overLine);
  group.visible = false;
  return { group, geometry, materials: [under, over], segments: [], last: null, dirty: false };
}

/** Adds a point; `connect` joins it to the previous one (false after a cut). */
export function addLivePoint(live: LiveLine, point: Vector3, connect: boolean): void {
  const next = [point.x, point.y, point.z] as const;
  if (connect && live.last) {
    live.segments.push(...live.last, ...next);
    live.dirty = true;
  }
  live.last = next;
}

export function clearLiveLine(live: LiveLine): void {
  live.segments = [];
  live.last = null;
  live.dirty = false;
  live.group.visible = false;
}

/** Uploads new segments; true when something changed. */
export function flushLiveLine(live: LiveLine): boolean {
  if (!live.dirty) return false;
  live.dirty = false;
  if (live.segments.length === 0) return false;
  live.geometry.setPositions(live.segments);
  live.group.visible = true;
  return true;
}

export function disposeLiveLine(live: LiveLine): void {
  live.geometry.dispose();
  live.materials.forEach((material) => material.dispose());
}
