/**
 * One practitioner's hand as drawn: the rigged WebXR hand cloned from its glTF, worn with the
 * hand's skin (bent to wrap round the leg by `handBend`), and its forearm, which shares the
 * hand's wrap. Plain three.js, so the bench's reference page draws the very same hands.
 */
import { Matrix4, Mesh, MeshStandardMaterial, Vector2, type Object3D } from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { createForearmGeometry } from './forearm';
import { bendMaterial, type BendUniforms } from './handBend';
import { rigHand, type Handedness, type HandRig } from './handRig';

/** The practitioner's skin: darker and warmer than the leg's, so the hands never melt into it. */
export const HAND_TONE = '#92593a';

export interface DrawnHand {
  rig: HandRig;
  uniforms: BendUniforms;
  forearmUniforms: BendUniforms;
  materials: MeshStandardMaterial[];
  forearm: Mesh;
}

function bendUniforms(toHand: Matrix4): BendUniforms {
  return {
    uBendK: { value: 0 },
    uBendAcross: { value: new Vector2(1, 0) },
    uBendSpan: { value: new Vector2(-1, 1) },
    uToHand: { value: toHand.clone() },
    uFromHand: { value: toHand.clone().invert() },
  };
}

/** A drawn hand from the hand model's glTF scene (cloned: the scene stays as loaded). */
export function buildHand(scene: Object3D, handedness: Handedness): DrawnHand {
  const rig = rigHand(cloneSkinned(scene), handedness);
  const uniforms = bendUniforms(rig.meshToHand);
  const skin = bendMaterial(
    new MeshStandardMaterial({ color: HAND_TONE, roughness: 0.58, metalness: 0 }),
    uniforms,
  );
  rig.mesh.material = skin;
  const forearmUniforms = bendUniforms(new Matrix4());
  // The forearm shares the hand's wrap (the same value objects), in its own space.
  forearmUniforms.uBendK = uniforms.uBendK;
  forearmUniforms.uBendAcross = uniforms.uBendAcross;
  forearmUniforms.uBendSpan = uniforms.uBendSpan;
  const forearmMaterial = bendMaterial(
    new MeshStandardMaterial({
      color: HAND_TONE,
      roughness: 0.58,
      vertexColors: true,
      transparent: true,
      depthWrite: false,
    }),
    forearmUniforms,
  );
  const forearm = new Mesh(createForearmGeometry(rig, [1, 1, 1]), forearmMaterial);
  forearm.name = `forearm_${handedness}`;
  forearm.frustumCulled = false;
  rig.root.add(forearm);
  return { rig, uniforms, forearmUniforms, materials: [skin, forearmMaterial], forearm };
}
