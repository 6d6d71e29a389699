/**
 * The posed hand's vertices on the CPU, exactly as the GPU draws them (skinning, then the wrap
 * of `handBend.ts` and the molding of `handConform.ts`, then the hand's placement): for the contact tests and tools, never per frame.
 */
import { Matrix4, Vector3 } from 'three';
import { bendPoint, type BendParams } from './handBend';
import type { HandRig } from './handRig';

const v = new Vector3();
const placement = new Matrix4();

/**
 * Writes every vertex of the rig's mesh, in the space the hand's `matrix` places it in (the
 * model's), into `out` (length 3 × vertex count). The rig's bones must already be posed.
 * `conform`: each vertex's molding displacement in the hand frame (none when left out).
 */
export function posedVertices(
  rig: HandRig,
  matrix: Matrix4,
  bend: BendParams,
  out: Float64Array,
  conform?: ArrayLike<number>,
): Float64Array {
  rig.root.matrix.identity();
  rig.root.updateMatrixWorld(true);
  const mesh = rig.mesh;
  const pos = mesh.geometry.getAttribute('position');
  placement.copy(matrix);
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i);
    mesh.applyBoneTransform(i, v);
    v.applyMatrix4(rig.meshToHand);
    bendPoint(v, bend);
    if (conform) {
      v.x += conform[i * 3]!;
      v.y += conform[i * 3 + 1]!;
      v.z += conform[i * 3 + 2]!;
    }
    v.applyMatrix4(placement);
    out[i * 3] = v.x;
    out[i * 3 + 1] = v.y;
    out[i * 3 + 2] = v.z;
  }
  return out;
}
