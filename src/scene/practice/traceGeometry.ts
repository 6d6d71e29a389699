/**
 * Geometry of a checked trace on the skin: a tube just above the surface for each stretch (by
 * heading), a dark outline tube under them so they read on every zone colour, arrowheads along
 * the way the stroke went, and a red band under stretches pressed too hard. Built once per trace.
 */
import {
  BufferGeometry,
  CatmullRomCurve3,
  ConeGeometry,
  Float32BufferAttribute,
  Matrix4,
  TubeGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { TraceAnalysis } from '../../practice/analyzeTrace';
import type { Trace } from '../../practice/traceFile';
import type { SampleSpan } from '../../practice/tracePieces';
import type { SkinSurface } from '../surface';
import { excessStretches, headingStretches, type StretchHeading } from './traceStretches';

/** Height of the tube's axis above the skin, m. */
const LIFT_M = 0.004;
export const TUBE_RADIUS_M = 0.0045;
// Wide enough that the dark casing reads around the light core on the pale light-only zone.
const OUTLINE_M = 0.0028;
/** The band under stretches pressed too hard: this wide either side, just above the skin. */
const HALO_HALF_WIDTH_M = 0.012;
const HALO_LIFT_M = 0.0015;
/** Arrowheads: one every this many metres of path, this long and this wide, lying on the skin. */
const ARROW_SPACING_M = 0.05;
const ARROW_LENGTH_M = 0.026;
const ARROW_HALF_WIDTH_M = 0.011;
/** Flattened against the skin to this share of their width. */
const ARROW_FLATNESS = 0.4;
/** Points closer than this to the previous one add nothing to a tube. */
const MIN_STEP_M = 0.0008;
const RADIAL_SEGMENTS = 8;

export interface TraceGeometry {
  tubes: Record<StretchHeading, BufferGeometry | null>;
  arrows: Record<StretchHeading, BufferGeometry | null>;
  outline: BufferGeometry | null;
  halo: BufferGeometry | null;
}

/** A stretch on the skin: points lifted off it, and the skin's normal under each. */
interface SkinPath {
  points: Vector3[];
  normals: Vector3[];
}

function skinPath(surface: SkinSurface, trace: Trace, span: SampleSpan): SkinPath {
  const path: SkinPath = { points: [], normals: [] };
  for (let i = span.fromIndex; i <= span.toIndex; i++) {
    const sample = trace.samples[i];
    if (!sample) continue;
    const p = new Vector3();
    const n = new Vector3();
    surface.pointAt(sample.s, sample.theta, p, n);
    p.addScaledVector(n, LIFT_M);
    const last = path.points[path.points.length - 1];
    if (last && last.distanceTo(p) < MIN_STEP_M) continue;
    path.points.push(p);
    path.normals.push(n);
  }
  return path;
}

function tube(points: Vector3[], radius: number): BufferGeometry | null {
  if (points.length < 2) return null;
  const curve = new CatmullRomCurve3(points, false, 'centripetal');
  const segments = Math.min(2000, Math.max(4, points.length * 2));
  return new TubeGeometry(curve, segments, radius, RADIAL_SEGMENTS, false);
}

const tangent = new Vector3();
const side = new Vector3();
const basis = new Matrix4();

/**
 * Arrowheads every ARROW_SPACING_M along the path, tips pointing the way it was drawn, lying
 * flat on the skin (flattened cones); `scale` > 1 for their outline.
 */
function arrows({ points, normals }: SkinPath, scale = 1): BufferGeometry[] {
  const cones: BufferGeometry[] = [];
  // The first arrowhead half a spacing in, so short strokes get one too.
  let travelled = ARROW_SPACING_M / 2;
  for (let i = 1; i < points.length - 1; i++) {
    travelled += points[i]!.distanceTo(points[i - 1]!);
    if (travelled < ARROW_SPACING_M) continue;
    travelled = 0;
    tangent.subVectors(points[i + 1]!, points[i - 1]!).normalize();
    const normal = normals[i]!;
    side.crossVectors(tangent, normal).normalize();
    if (side.lengthSq() === 0) continue;
    const length = ARROW_LENGTH_M * scale;
    const cone = new ConeGeometry(ARROW_HALF_WIDTH_M * scale, length, 12);
    // The tip at the path's point, the cone's axis along the path, flat against the skin.
    cone.translate(0, -length / 2, 0);
    cone.scale(1, 1, ARROW_FLATNESS);
    basis.makeBasis(side, tangent, normal).setPosition(points[i]!);
    cone.applyMatrix4(basis);
    cones.push(cone);
  }
  return cones;
}

/**
 * A band lying on the skin along the path, under the trace's tube: it shows either side of the
 * trace and never over it, so the trace keeps its direction colour.
 */
function band({ points, normals }: SkinPath): BufferGeometry | null {
  if (points.length < 2) return null;
  const positions: number[] = [];
  const indices: number[] = [];
  const across = new Vector3();
  const at = new Vector3();
  points.forEach((point, i) => {
    const normal = normals[i]!;
    tangent.subVectors(points[Math.min(i + 1, points.length - 1)]!, points[Math.max(i - 1, 0)]!);
    across.crossVectors(tangent, normal).normalize();
    // Back down from the tube's height to just above the skin.
    at.copy(point).addScaledVector(normal, HALO_LIFT_M - LIFT_M);
    for (const side of [-1, 1]) {
      const p = at.clone().addScaledVector(across, side * HALO_HALF_WIDTH_M);
      positions.push(p.x, p.y, p.z);
    }
    if (i > 0) {
      const a = 2 * (i - 1);
      indices.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
    }
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  return geometry;
}

function merged(parts: (BufferGeometry | null)[]): BufferGeometry | null {
  const present = parts.filter((part): part is BufferGeometry => part !== null);
  if (present.length === 0) return null;
  const result = present.length === 1 ? present[0]! : mergeGeometries(present);
  if (present.length > 1) present.forEach((part) => part.dispose());
  return result;
}

export function buildTraceGeometry(
  surface: SkinSurface,
  trace: Trace,
  analysis: TraceAnalysis,
): TraceGeometry {
  const byHeading: Record<StretchHeading, SkinPath[]> = { proximal: [], distal: [], still: [] };
  for (const stretch of headingStretches(trace, analysis)) {
    byHeading[stretch.heading].push(skinPath(surface, trace, stretch));
  }
  const all = Object.values(byHeading).flat();
  const tubes = (heading: StretchHeading) =>
    merged(byHeading[heading].map((path) => tube(path.points, TUBE_RADIUS_M)));
  const heads = (heading: StretchHeading, scale = 1) =>
    merged(byHeading[heading].flatMap((path) => arrows(path, scale)));
  return {
    tubes: { proximal: tubes('proximal'), distal: tubes('distal'), still: tubes('still') },
    arrows: { proximal: heads('proximal'), distal: heads('distal'), still: null },
    outline: merged([
      ...all.map((path) => tube(path.points, TUBE_RADIUS_M + OUTLINE_M)),
      ...[...byHeading.proximal, ...byHeading.distal].flatMap((path) => arrows(path, 1.2)),
    ]),
    halo: merged(excessStretches(analysis).map((span) => band(skinPath(surface, trace, span)))),
  };
}

export function disposeTraceGeometry(geometry: TraceGeometry): void {
  for (const part of [
    ...Object.values(geometry.tubes),
    ...Object.values(geometry.arrows),
    geometry.outline,
    geometry.halo,
  ]) {
    part?.dispose();
  }
}
