/**
 * One practitioner's hand as drawn: the rigged WebXR hand cloned from its glTF, worn with the
 * hand's skin (bent to wrap round the leg by `handBend`), and its forearm, which shares the
 * hand's wrap. Plain three.js, so the bench's reference page draws the very same hands.
 */
import {
  BufferAttribute,
  DynamicDrawUsage,
  Matrix4,
  Mesh,
  MeshStandardMaterial,
  Vector2,
  Vector3,
  type Object3D,
} from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { createForearmGeometry } from './forearm';
import { bendMaterial, CONFORM_ATTRIBUTE, type BendUniforms } from './handBend';
import { rigHand, type Handedness, type HandRig } from './handRig';

/** The practitioner's skin: darker and warmer than the leg's, so the hands never melt into it. */
export const HAND_TONE = '#92593a';

export interface DrawnHand {
  rig: HandRig;
  uniforms: BendUniforms;
  forearmUniforms: BendUniforms;
  materials: MeshStandardMaterial[];
  forearm: Mesh;
  /** Each vertex's molding onto the skin (handConform.ts), written from the hand's state. */
  conform: BufferAttribute;
  /** The wrist's end vertices: the forearm moves as they do, on average. */
  wristVertices: Int32Array;
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
    'per-vertex',
  );
  rig.mesh.material = skin;
  // The clone shares the loaded geometry: this hand gets its own, with its molding.
  rig.mesh.geometry = rig.mesh.geometry.clone();
  const vertexCount = rig.mesh.geometry.getAttribute('position').count;
  const conform = new BufferAttribute(new Float32Array(vertexCount * 3), 3);
  conform.setUsage(DynamicDrawUsage);
  rig.mesh.geometry.setAttribute(CONFORM_ATTRIBUTE, conform);
  const forearmUniforms = bendUniforms(new Matrix4());
  // The forearm shares the hand's wrap (the same value objects), in its own space.
  forearmUniforms.uBendK = uniforms.uBendK;
  forearmUniforms.uBendAcross = uniforms.uBendAcross;
  forearmUniforms.uBendSpan = uniforms.uBendSpan;
  forearmUniforms.uConformShift = { value: new Vector3() };
  const forearmMaterial = bendMaterial(
    new MeshStandardMaterial({
      color: HAND_TONE,
      roughness: 0.58,
      vertexColors: true,
      transparent: true,
      depthWrite: false,
    }),
    forearmUniforms,
    'shift',
  );
  const forearm = new Mesh(createForearmGeometry(rig, [1, 1, 1]), forearmMaterial);
  forearm.name = `forearm_${handedness}`;
  forearm.frustumCulled = false;
  rig.root.add(forearm);
  const rest = new Vector3();
  const wrist: number[] = [];
  for (let i = 0; i < vertexCount; i++) {
    rest.fromBufferAttribute(rig.mesh.geometry.getAttribute('position'), i);
    if (rest.applyMatrix4(rig.meshToHand).z < rig.wristZ + WRIST_BAND_M) wrist.push(i);
  }
  return {
    rig,
    uniforms,
    forearmUniforms,
    materials: [skin, forearmMaterial],
    forearm,
    conform,
    wristVertices: Int32Array.from(wrist),
  };
}

/** How far up the hand from the wrist's end (m) the vertices the forearm follows reach. */
const WRIST_BAND_M = 0.006;

/** Draws a hand's molding as the frame worked it out (copies, allocates nothing). */
export function setConform(hand: DrawnHand, conform: Float32Array): void {
  (hand.conform.array as Float32Array).set(conform);
  hand.conform.needsUpdate = true;
  const shift = hand.forearmUniforms.uConformShift!.value.set(0, 0, 0);
  const list = hand.wristVertices;
  for (let k = 0; k < list.length; k++) {
    const i = list[k]! * 3;
    shift.x += conform[i]!;
    shift.y += conform[i + 1]!;
    shift.z += conform[i + 2]!;
  }
  if (list.length > 0) shift.divideScalar(list.length);
}
