/**
 * The two cusps of a venous valve (bicuspid, as leg vein valves are: Caggiati 1999, Anat Rec
 * 254:124): shape, opening angle and placement. A cusp is hinged on the vein wall and points
 * toward the heart. Open, the two lie back against the wall; shut, they swing in until their free
 * edges meet on the vein's axis, nearer the heart than their hinges (a Λ in section): each cusp
 * and the wall then form a pocket open toward the heart, which blood coming back fills, pressing
 * the cusps together.
 */
import { BufferGeometry, Float32BufferAttribute, Matrix4, Quaternion, Vector3 } from 'three';
import type { Vec3Tuple } from '../../anatomy/legModel';

/** Cusp length from hinge to free edge, in vein radii. */
export const CUSP_LENGTH = 1.25;
/** Angle of a shut cusp from the wall: its free edge reaches the axis (sin α = 1 / length). */
export const CLOSED_ANGLE = Math.asin(1 / CUSP_LENGTH);
/** Half the arc of the wall a cusp spans, radians (two cusps, a little gap at each commissure). */
const CUSP_HALF_ARC = (80 * Math.PI) / 180;

/**
 * Angle of each cusp from the wall for a valve's open fraction (0 shut … 0.5 at rest … 1 wide
 * open, `FlowState.valveOpenFraction`): shut at 0, flat against the wall at 1, linear between.
 */
export function leafletAngle(openFraction: number): number {
  // Unknown flow (NaN) reads as shut; an infinite one as wide open.
  const open = Number.isNaN(openFraction) ? 0 : Math.min(1, Math.max(0, openFraction));
  return CLOSED_ANGLE * (1 - open);
}

/** Which part of a cusp to build: all of it, or the half on one side of the x = 0 plane. */
export type CuspPart = 'whole' | 'x-negative' | 'x-positive';

/**
 * One cusp for a vein of radius 1 along +y: a strip of the wall's curve, hinged along the arc at
 * y = 0 around +z, `CUSP_LENGTH` long in +y (its open pose). Rotating it about the x axis through
 * (0, 0, 1) by `leafletAngle` swings it shut. Double-sided in use; a few dozen triangles. A half
 * (cut at x = 0) shows the cusp in section, for a cut-open view.
 */
export function createCuspGeometry(
  arcSegments = 8,
  lengthSegments = 3,
  part: CuspPart = 'whole',
): BufferGeometry {
  const from = part === 'x-positive' ? 0 : -CUSP_HALF_ARC;
  const to = part === 'x-negative' ? 0 : CUSP_HALF_ARC;
  const positions: number[] = [];
  const normals: number[] = [];
  const index: number[] = [];
  for (let j = 0; j <= lengthSegments; j++) {
    const v = j / lengthSegments;
    // The free edge sags toward the hinge at its middle, as a cusp's edge curves.
    for (let i = 0; i <= arcSegments; i++) {
      const a = from + ((to - from) * i) / arcSegments;
      const sag = 1 - 0.25 * v * Math.cos((a / CUSP_HALF_ARC) * (Math.PI / 2));
      positions.push(Math.sin(a), v * CUSP_LENGTH * sag, Math.cos(a));
      normals.push(-Math.sin(a), 0, -Math.cos(a));
    }
  }
  const row = arcSegments + 1;
  for (let j = 0; j < lengthSegments; j++) {
    for (let i = 0; i < arcSegments; i++) {
      const a = j * row + i;
      index.push(a, a + 1, a + row, a + 1, a + row + 1, a + row);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  g.setAttribute('normal', new Float32BufferAttribute(normals, 3));
  g.setIndex(index);
  return g;
}

const up = new Vector3(0, 1, 0);
const dir = new Vector3();
const turn = new Quaternion();
const hinge = new Matrix4();
const swing = new Matrix4();
const spin = new Matrix4();
const at = new Vector3();
const size = new Vector3();

/**
 * The valve's frame: centre `position`, +y along `direction`, scaled by `radius` (metres).
 * Written into `out`.
 */
export function valveFrame(
  position: Vec3Tuple,
  direction: Vec3Tuple,
  radius: number,
  out: Matrix4,
): Matrix4 {
  dir.set(direction[0], direction[1], direction[2]);
  if (dir.lengthSq() < 1e-12) dir.copy(up);
  turn.setFromUnitVectors(up, dir.normalize());
  at.set(position[0], position[1], position[2]);
  return out.compose(at, turn, size.setScalar(radius));
}

/**
 * Matrix of cusp `side` (0 or 1: the second is the first turned half way round the axis) of a
 * valve with frame `frame`, swung `angle` radians from the wall. Written into `out`.
 */
export function cuspMatrix(frame: Matrix4, side: 0 | 1, angle: number, out: Matrix4): Matrix4 {
  // Rotate about the hinge line (x axis through z = 1): translate, rotate, translate back.
  hinge.makeTranslation(0, 0, 1);
  swing.makeRotationX(-angle);
  out.multiplyMatrices(hinge, swing);
  hinge.makeTranslation(0, 0, -1);
  out.multiply(hinge);
  spin.makeRotationY(side * Math.PI);
  return out.premultiply(spin).premultiply(frame);
}
