/**
 * A rigged WebXR hand (@webxr-input-profiles/assets, generic-hand; MIT, © 2019 Amazon) made
 * poseable by joint angles. Its 25 joints come as siblings under the armature (hand tracking
 * writes world poses); each finger is re-parented into a chain wrist → metacarpal → … → tip with
 * `Object3D.attach`, which keeps the bind pose, so a finger bends by local rotations.
 *
 * The rig's root is the "hand frame": origin on the palm's underside under the middle of the
 * palm, +y out of the back of the hand, +z toward the fingertips, +x toward the thumb of a right
 * hand (toward the little finger of a left hand). Units: metres.
 */
import { Bone, Group, Matrix4, Quaternion, Vector3, type Object3D, type SkinnedMesh } from 'three';
import {
  FINGER_JOINTS,
  FINGERS,
  SPREAD,
  THUMB_ABDUCTION,
  THUMB_FLEX_IP,
  THUMB_FLEX_MCP,
  THUMB_OPPOSITION,
  THUMB_TUCK,
  type HandShape,
} from '../../protocol/motion/handShapes';

export type Handedness = 'left' | 'right';

/** The five digits in the solver's order: the four fingers, then the thumb. */
export const DIGIT_COUNT = 5;
export const THUMB_DIGIT = 4;

export interface HandRig {
  handedness: Handedness;
  /** Place this group on the skin; everything else hangs under it. */
  root: Group;
  mesh: SkinnedMesh;
  /** Mesh space (the armature's) → hand frame, fixed. */
  meshToHand: Matrix4;
  /** Per finger: the proximal, intermediate and distal phalanges (the joints that bend). */
  fingerBones: Bone[][];
  thumbBones: { metacarpal: Bone; proximal: Bone; distal: Bone };
  /** Every posed bone's bind rotation, to rotate from. */
  bindRotations: Map<Bone, Quaternion>;
  /** Per digit (fingers then thumb): the vertices on its palm side that meet the skin first. */
  digitVertices: Int32Array[];
  /** Per digit: a wider set (the palm side and both flanks), for the final check. */
  digitGuard: Int32Array[];
  /** Points on the palm's underside (hand frame): what rests on the skin. */
  palmPoints: Float64Array;
  /** The palm's vertex nearest its contact point (the hand frame's origin). */
  contactVertex: number;
  /** Height of the back of the hand over the palm's contact point (m). */
  dorsumHeight: number;
  /** The wrist's end cap: centre (hand frame) and half-sizes across (x) and through (y). */
  wristCap: { centre: Vector3; halfWidth: number; halfThickness: number };
  /** z of the knuckles and of the wrist in the hand frame: the palm's span along the hand. */
  knuckleZ: number;
  wristZ: number;
}

/** How many palm-side vertices of each bone of a digit the contact solver tests. */
const VERTICES_PER_BONE = 3;
/** And per side (down, and down toward either flank) for the final check. */
const GUARD_PER_SIDE = 4;

const JOINT = {
  finger: ['metacarpal', 'phalanx-proximal', 'phalanx-intermediate', 'phalanx-distal', 'tip'],
  thumb: ['metacarpal', 'phalanx-proximal', 'phalanx-distal', 'tip'],
} as const;

function bone(armature: Object3D, name: string): Bone {
  const found = armature.getObjectByName(name);
  if (!(found instanceof Bone)) throw new Error(`hand model: no joint ${name}`);
  return found;
}

function chain(parent: Object3D, bones: Bone[]): void {
  let at = parent;
  for (const b of bones) {
    at.attach(b);
    at = b;
  }
}

/** Index of the bone that weighs most on each vertex. */
function dominantBones(mesh: SkinnedMesh): Int32Array {
  const idx = mesh.geometry.getAttribute('skinIndex');
  const wt = mesh.geometry.getAttribute('skinWeight');
  const out = new Int32Array(idx.count);
  for (let v = 0; v < idx.count; v++) {
    let best = 0;
    for (let k = 1; k < 4; k++) if (wt.getComponent(v, k) > wt.getComponent(v, best)) best = k;
    out[v] = idx.getComponent(v, best);
  }
  return out;
}

/**
 * Builds the rig from a loaded generic-hand glTF scene (it takes the scene's objects over).
 */
export function rigHand(scene: Object3D, handedness: Handedness): HandRig {
  scene.updateMatrixWorld(true);
  let mesh: SkinnedMesh | null = null;
  scene.traverse((o) => {
    if ((o as SkinnedMesh).isSkinnedMesh) mesh = o as SkinnedMesh;
  });
  if (!mesh) throw new Error('hand model: no skinned mesh');
  const skinned: SkinnedMesh = mesh;
  const armature = skinned.parent;
  if (!armature) throw new Error('hand model: mesh without armature');

  const wrist = bone(armature, 'wrist');
  const fingerChains = FINGERS.map((f) =>
    JOINT.finger.map((j) => bone(armature, `${f}-finger-${j}`)),
  );
  const thumbChain = JOINT.thumb.map((j) => bone(armature, `thumb-${j}`));
  for (const c of fingerChains) chain(wrist, c);
  chain(wrist, thumbChain);

  // The hand frame, first at the wrist: the joint's axes turned half round y (fingers +z).
  const frame = wrist.matrixWorld.clone().multiply(new Matrix4().makeRotationY(Math.PI));
  const armatureToFrame = frame.clone().invert().multiply(armature.matrixWorld);

  // Bind-pose vertices in that frame, to measure the palm.
  const pos = skinned.geometry.getAttribute('position');
  const meshToFrame = armatureToFrame.clone().multiply(skinned.matrix);
  const verts = new Float64Array(pos.count * 3);
  const v = new Vector3();
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(meshToFrame);
    verts.set([v.x, v.y, v.z], i * 3);
  }
  const inFrame = (b: Object3D) =>
    new Vector3().setFromMatrixPosition(b.matrixWorld).applyMatrix4(frame.clone().invert());
  const middle = fingerChains[1]!;
  const knuckle = inFrame(middle[1]!);
  const wristAt = inFrame(wrist);
  const palmX = knuckle.x;
  const palmZ = wristAt.z + (knuckle.z - wristAt.z) * 0.55;

  // Contact point: the lowest vertex under the middle of the palm.
  let contactY = Infinity;
  for (let i = 0; i < pos.count; i++) {
    const x = verts[i * 3]!;
    const y = verts[i * 3 + 1]!;
    const z = verts[i * 3 + 2]!;
    if (Math.abs(x - palmX) < 0.012 && Math.abs(z - palmZ) < 0.012)
      contactY = Math.min(contactY, y);
  }
  const contact = new Vector3(palmX, contactY, palmZ);
  const handFrame = frame.clone().multiply(new Matrix4().makeTranslation(contact));
  const meshToHand = handFrame
    .clone()
    .invert()
    .multiply(armature.matrixWorld)
    .multiply(skinned.matrix);
  for (let i = 0; i < verts.length; i += 3) {
    verts[i] = verts[i]! - contact.x;
    verts[i + 1] = verts[i + 1]! - contact.y;
    verts[i + 2] = verts[i + 2]! - contact.z;
  }
  let contactVertex = 0;
  let nearest = Infinity;
  for (let i = 0; i < pos.count; i++) {
    const d = Math.hypot(verts[i * 3]!, verts[i * 3 + 1]!, verts[i * 3 + 2]!);
    if (d < nearest) [nearest, contactVertex] = [d, i];
  }
  const kZ = knuckle.z - contact.z;
  const wZ = wristAt.z - contact.z;

  const bones = skinned.skeleton.bones;
  const owner = dominantBones(skinned);
  // The thumb's metacarpal moves with the thumb's shape: not part of the resting palm.
  const palmBones = new Set<Bone>([wrist, ...fingerChains.map((c) => c[0]!)]);

  // The palm's underside and the back of the hand over the contact point.
  const palm: number[] = [];
  let dorsum = 0;
  for (let i = 0; i < pos.count; i++) {
    const x = verts[i * 3]!;
    const y = verts[i * 3 + 1]!;
    const z = verts[i * 3 + 2]!;
    const b = bones[owner[i]!];
    if (Math.abs(x) < 0.02 && Math.abs(z) < 0.025) dorsum = Math.max(dorsum, y);
    if (b && palmBones.has(b) && y < 0.015 && z < kZ + 0.004) palm.push(x, y, z);
  }

  // Each digit's palm-side vertices: per bone of the digit, the few lowest in the hand frame
  // (the pads and the palm side of each phalanx).
  const digitBones = [...fingerChains.map((c) => c.slice(1)), thumbChain];
  // Lowest first along a direction in the hand's x–y plane (straight down, or down and to a side).
  const lowest = (list: number[], sx: number, n: number) =>
    [...list]
      .sort(
        (a, c) => verts[a * 3 + 1]! + sx * verts[a * 3]! - (verts[c * 3 + 1]! + sx * verts[c * 3]!),
      )
      .slice(0, n);
  const digitVertices: Int32Array[] = [];
  const digitGuard: Int32Array[] = [];
  for (const chainBones of digitBones) {
    const picked: number[] = [];
    const guard = new Set<number>();
    for (const b of chainBones) {
      const mine: number[] = [];
      for (let i = 0; i < pos.count; i++) if (bones[owner[i]!] === b) mine.push(i);
      picked.push(...lowest(mine, 0, VERTICES_PER_BONE));
      for (const sx of [0, 0.8, -0.8])
        lowest(mine, sx, GUARD_PER_SIDE).forEach((v) => guard.add(v));
    }
    digitVertices.push(Int32Array.from(picked));
    digitGuard.push(Int32Array.from(guard));
  }

  // The wrist's cut end.
  let capW = 0;
  let capY0 = Infinity;
  let capY1 = -Infinity;
  let capX = 0;
  let capN = 0;
  for (let i = 0; i < pos.count; i++) {
    const z = verts[i * 3 + 2]!;
    if (z > wZ + 0.006) continue;
    const x = verts[i * 3]!;
    const y = verts[i * 3 + 1]!;
    capX += x;
    capN++;
    capY0 = Math.min(capY0, y);
    capY1 = Math.max(capY1, y);
  }
  capX /= Math.max(1, capN);
  for (let i = 0; i < pos.count; i++) {
    const z = verts[i * 3 + 2]!;
    if (z > wZ + 0.006) continue;
    capW = Math.max(capW, Math.abs(verts[i * 3]! - capX));
  }
  const capT = (capY1 - capY0) / 2;
  let capZ = Infinity;
  for (let i = 2; i < verts.length; i += 3) capZ = Math.min(capZ, verts[i]!);

  const root = new Group();
  root.name = `hand_${handedness}`;
  root.matrixAutoUpdate = false;
  armature.removeFromParent();
  armature.matrix.copy(handFrame.clone().invert().multiply(armature.matrixWorld));
  armature.matrix.decompose(armature.position, armature.quaternion, armature.scale);
  root.add(armature);
  skinned.frustumCulled = false;
  skinned.name = `hand_mesh_${handedness}`;

  const bindRotations = new Map<Bone, Quaternion>();
  for (const b of [...fingerChains.flat(), ...thumbChain])
    bindRotations.set(b, b.quaternion.clone());

  return {
    handedness,
    root,
    mesh: skinned,
    meshToHand,
    fingerBones: fingerChains.map((c) => [c[1]!, c[2]!, c[3]!]),
    thumbBones: { metacarpal: thumbChain[0]!, proximal: thumbChain[1]!, distal: thumbChain[2]! },
    bindRotations,
    digitVertices,
    digitGuard,
    palmPoints: Float64Array.from(palm),
    contactVertex,
    dorsumHeight: dorsum,
    wristCap: {
      centre: new Vector3(capX, (capY0 + capY1) / 2, capZ),
      halfWidth: capW,
      halfThickness: capT,
    },
    knuckleZ: kZ,
    wristZ: wZ,
  };
}

const X = new Vector3(1, 0, 0);
const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);
const turn = new Quaternion();
const turn2 = new Quaternion();

function setJoint(rig: HandRig, b: Bone, flex: number, side: number): void {
  const bind = rig.bindRotations.get(b);
  if (!bind) return;
  // Joint axes: fingertips toward −z, back of the hand +y; flexion turns the tip toward −y.
  b.quaternion.copy(bind).multiply(turn.setFromAxisAngle(X, -flex));
  if (side !== 0) b.quaternion.multiply(turn2.setFromAxisAngle(Y, side));
}

/** Fingers' place in the fan, from the thumb side. */
const FAN = [1.5, 0.5, -0.5, -1.5];

/**
 * Bends the rig's joints to `shape`, with `extra` flexion (radians) added per digit (the
 * contact solver's correction; fingers then thumb). Allocates nothing.
 */
export function applyShape(rig: HandRig, shape: HandShape, extra?: ArrayLike<number>): void {
  const hand = rig.handedness === 'right' ? 1 : -1;
  for (let f = 0; f < rig.fingerBones.length; f++) {
    const bones = rig.fingerBones[f]!;
    const add = extra ? extra[f]! : 0;
    for (let j = 0; j < FINGER_JOINTS; j++) {
      const weight = j === 0 ? 1 : j === 1 ? 0.8 : 0.4;
      const side = j === 0 ? hand * FAN[f]! * shape[SPREAD]! : 0;
      setJoint(rig, bones[j]!, shape[f * FINGER_JOINTS + j]! + add * weight, side);
    }
  }
  const thumb = rig.thumbBones;
  const add = extra ? extra[THUMB_DIGIT]! : 0;
  const bind = rig.bindRotations.get(thumb.metacarpal);
  if (bind) {
    // Measured on the model: about the metacarpal's own y the thumb swings down out of the
    // palm's plane (toward where the fingers curl; + y on a right hand, − y on a left), about
    // its z it rolls to face the fingers. The solver's correction swings it down.
    // The tuck turns the whole thumb about the palm's normal (the wrist's y, which is the hand
    // frame's), toward the index finger.
    thumb.metacarpal.quaternion
      .setFromAxisAngle(Y, -hand * shape[THUMB_TUCK]!)
      .multiply(bind)
      .multiply(turn.setFromAxisAngle(Y, hand * (shape[THUMB_ABDUCTION]! + add)))
      .multiply(turn2.setFromAxisAngle(Z, hand * shape[THUMB_OPPOSITION]!));
  }
  setJoint(rig, thumb.proximal, shape[THUMB_FLEX_MCP]!, 0);
  setJoint(rig, thumb.distal, shape[THUMB_FLEX_IP]!, 0);
}
