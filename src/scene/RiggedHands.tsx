/**
 * The practitioner's two hands: rigged WebXR hands (@webxr-input-profiles/assets, MIT,
 * © 2019 Amazon), served from the app's own origin and loaded with the scene. Each frame they
 * take the lesson's pose — flat gliding palms side by side, kneading grasps one above the other,
 * palm over palm — resting on the skin, molded to it, fingers closed until the pads touch (solved
 * per stroke when the timeline changes). Rings under the palms show the stroke's pressure — one
 * ring light, two moderate, three firm — and swell with each squeeze or pulse.
 */
import { useFrame, useLoader, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  Group,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  RingGeometry,
  Vector2,
  Vector3,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import leftHandUrl from '@webxr-input-profiles/assets/dist/profiles/generic-hand/left.glb?url';
import rightHandUrl from '@webxr-input-profiles/assets/dist/profiles/generic-hand/right.glb?url';
import type { LegModel } from '../anatomy/legModel';
import { LegChart } from '../anatomy/chart';
import { PRESSURE_LEVELS } from '../anatomy/names';
import type { HandPose, Timeline } from '../protocol/timeline';
import { playbackClock } from '../state/clock';
import { lessonPose } from './flow/lessonPose';
import { handMatrix } from './handFrame';
import { createForearmGeometry } from './hands/forearm';
import { bendMaterial, setBendUniforms, type BendUniforms } from './hands/handBend';
import { HandMotion, modelHand } from './hands/handMotion';
import { rigHand, type Handedness, type HandRig } from './hands/handRig';
import { skinProbeOf } from './hands/skinProbe';
import type { SkinSurface } from './surface';

/** The practitioner's skin: darker and warmer than the leg's, so the hands never melt into it. */
export const HAND_TONE = '#92593a';
const RING_RADII = [0.05, 0.062, 0.074];
const HANDEDNESS: Handedness[] = ['left', 'right'];

const ringPoint = new Vector3();
const ringNormal = new Vector3();
const ringMatrix = new Matrix4();

/** Rings under a palm on the skin: as many as the pressure level, swelling with each press. */
function placeRings(
  ringGroup: Group | null,
  hand: HandPose,
  layer: number,
  surface: SkinSurface,
  handScale: number,
): void {
  if (!ringGroup) return;
  const swell = 1 + 0.18 * hand.compression;
  handMatrix(
    surface,
    hand.s,
    hand.theta,
    0.003,
    handScale * swell,
    ringPoint,
    ringNormal,
    ringMatrix,
  );
  ringGroup.matrix.copy(ringMatrix);
  ringGroup.matrixWorldNeedsUpdate = true;
  // The stacked hand presses through the lower one: one set of rings.
  ringGroup.visible = hand.contact && layer < 0.5;
  const count = PRESSURE_LEVELS.indexOf(hand.pressure) + 1;
  ringGroup.children.forEach((ring, i) => (ring.visible = i < count));
}

interface Props {
  timeline: Timeline;
  surface: SkinSurface;
  model: LegModel;
  handScale: number;
}

interface DrawnHand {
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

function buildHand(scene: Group, handedness: Handedness): DrawnHand {
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

export function RiggedHands({ timeline, surface, model, handScale }: Props) {
  const [leftGltf, rightGltf] = useLoader(GLTFLoader, [leftHandUrl, rightHandUrl]);
  const hands = useMemo(
    () => ({
      left: buildHand(leftGltf!.scene, 'left'),
      right: buildHand(rightGltf!.scene, 'right'),
    }),
    [leftGltf, rightGltf],
  );
  const probe = useMemo(() => skinProbeOf(model.skin, LegChart.fromModel(model)), [model]);
  const motion = useMemo(
    () => new HandMotion({ left: hands.left.rig, right: hands.right.rig }, probe, handScale),
    [hands, probe, handScale],
  );
  const invalidate = useThree((s) => s.invalidate);
  // Contact is solved per stroke when the timeline changes, never per frame: one stroke per
  // task, nearest to the playhead first, so the page stays responsive while it settles. Each
  // next stroke waits for the browser's next frame: back to back (each a long task on a software
  // GPU) they kept the on-demand frames from drawing, and the hands showed only at the next
  // change (seen as more triangles after a lost context was restored). A frame is asked for
  // only when the stroke solved is the one on screen.
  useEffect(() => {
    motion.plan(timeline, playbackClock.t);
    let timer = 0;
    let frame = 0;
    const work = () => {
      const more = motion.solveNext();
      const solved = motion.lastSolved;
      if (solved && HandMotion.shows(timeline, solved, playbackClock.t)) invalidate();
      if (more) frame = requestAnimationFrame(() => (timer = window.setTimeout(work, 0)));
    };
    // The hands just mounted (or the lesson changed): draw them now, not at the next change.
    invalidate();
    timer = window.setTimeout(work, 0);
    return () => {
      window.clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [motion, timeline, invalidate]);

  const rings = { left: useRef<Group>(null), right: useRef<Group>(null) };
  const ringGeometries = useMemo(
    () => RING_RADII.map((r) => new RingGeometry(r - 0.004, r, 48).rotateX(-Math.PI / 2)),
    [],
  );
  const ringMaterial = useMemo(
    () =>
      new MeshBasicMaterial({
        color: '#ffffff',
        transparent: true,
        opacity: 0.95,
        toneMapped: false,
      }),
    [],
  );

  useEffect(
    () => () => {
      for (const h of HANDEDNESS) {
        hands[h].materials.forEach((m) => m.dispose());
        hands[h].forearm.geometry.dispose();
        hands[h].rig.mesh.geometry.dispose();
      }
      ringGeometries.forEach((g) => g.dispose());
      ringMaterial.dispose();
    },
    [hands, ringGeometries, ringMaterial],
  );

  useFrame(() => {
    const pose = lessonPose(timeline, playbackClock.t); // the wrong-way demo runs strokes down
    motion.update(timeline, pose, pose.t);
    for (const side of ['left', 'right'] as const) {
      const drawn = hands[modelHand(side, pose.leg)];
      const state = motion.state[side];
      setBendUniforms(drawn.uniforms, state.bend);
      placeRings(rings[side].current, pose[side], state.layer, surface, handScale);
    }
  });

  return (
    <group name="hands">
      <primitive object={hands.left.rig.root} />
      <primitive object={hands.right.rig.root} />
      {(['left', 'right'] as const).map((side) => (
        <group key={side} ref={rings[side]} matrixAutoUpdate={false} name={`pressure_${side}`}>
          {ringGeometries.map((g, i) => (
            <mesh key={i} geometry={g} material={ringMaterial} renderOrder={2} />
          ))}
        </group>
      ))}
    </group>
  );
}
