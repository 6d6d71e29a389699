/**
 * The hand-posture close-up: on request, the camera moves to frame both hands of the current
 * stroke from where its technique reads best — gliding palms from in front and below, so the
 * flat hands and fingers leading up the leg show; the kneading grasp from the wrists' side and
 * above, so the fingers hooked round the calf and the opposed thumbs show; palm over palm from
 * above and to the side, so the top hand shows lying on the back of the lower one. Instant when the user prefers reduced motion.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3, type Object3D } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { clipAt } from '../protocol/sample';
import type { StrokeKind } from '../protocol/schema';
import { playbackClock } from '../state/clock';
import { useHandCloseUpStore } from '../state/handCloseUpStore';
import { usePlaybackStore } from '../state/playbackStore';
import { prefersReducedMotion } from './reducedMotion';

const MOVE_SECONDS = 0.7;
const DISTANCE_M: Record<StrokeKind, number> = { glide: 0.62, knead: 0.58, compress: 0.5 };

const mid = new Vector3();
const normal = new Vector3();
const fingers = new Vector3();
const across = new Vector3();
const axis = new Vector3();
const dir = new Vector3();
const fromPos = new Vector3();
const fromTarget = new Vector3();
const toPos = new Vector3();
const toTarget = new Vector3();
const worldUp = new Vector3(0, 1, 0);

function column(o: Object3D, i: number, out: Vector3): Vector3 {
  return out.setFromMatrixColumn(o.matrixWorld, i).normalize();
}

/** Camera position and target for the hands now, or false when they are not in the scene. */
export function closeUpPose(
  left: Object3D,
  right: Object3D,
  kind: StrokeKind,
  outPos: Vector3,
  outTarget: Vector3,
): boolean {
  left.updateWorldMatrix(true, false);
  right.updateWorldMatrix(true, false);
  mid.setFromMatrixPosition(left.matrixWorld);
  outTarget.setFromMatrixPosition(right.matrixWorld);
  mid.add(outTarget).multiplyScalar(0.5);
  normal
    .copy(column(left, 1, dir))
    .add(column(right, 1, dir))
    .normalize();
  column(right, 2, fingers);
  column(right, 0, across);
  // The leg's axis near the hands: world up, kept out of the skin's normal.
  axis.copy(worldUp).addScaledVector(normal, -worldUp.dot(normal)).normalize();
  switch (kind) {
    case 'glide':
      dir.copy(normal).multiplyScalar(0.82).addScaledVector(axis, -0.57);
      break;
    case 'knead':
      dir
        .copy(normal)
        .multiplyScalar(0.7)
        .addScaledVector(fingers, -0.6)
        .addScaledVector(axis, 0.38);
      break;
    case 'compress':
      // Three-quarters from above the stack (the design's palm over palm): from the side the
      // two hands read as a clap, not as one hand pressing on the other.
      dir
        .copy(normal)
        .multiplyScalar(0.75)
        .addScaledVector(across, 0.55)
        .addScaledVector(axis, -0.3);
      break;
  }
  dir.normalize();
  outTarget.copy(mid).addScaledVector(normal, 0.02);
  outPos.copy(outTarget).addScaledVector(dir, DISTANCE_M[kind]);
  return Number.isFinite(outPos.x);
}

export function HandCloseUp() {
  const request = useHandCloseUpStore((s) => s.request);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const move = useRef({ active: false, elapsed: 0 });

  useEffect(() => {
    if (request === 0 || !controls) return;
    const timeline = usePlaybackStore.getState().timeline;
    const left = scene.getObjectByName('hand_left');
    const right = scene.getObjectByName('hand_right');
    if (!timeline || !left || !right) return;
    const kind = clipAt(timeline, playbackClock.t).strokeKind;
    if (!closeUpPose(left, right, kind, toPos, toTarget)) return;
    if (prefersReducedMotion()) {
      camera.position.copy(toPos);
      controls.target.copy(toTarget);
      controls.update();
      invalidate();
      return;
    }
    fromPos.copy(camera.position);
    fromTarget.copy(controls.target);
    move.current = { active: true, elapsed: 0 };
    invalidate();
  }, [request, controls, scene, camera, invalidate]);

  useFrame((_, delta) => {
    const m = move.current;
    if (!m.active || !controls) return;
    m.elapsed = Math.min(MOVE_SECONDS, m.elapsed + delta);
    const k = m.elapsed / MOVE_SECONDS;
    const ease = k * k * (3 - 2 * k);
    camera.position.lerpVectors(fromPos, toPos, ease);
    controls.target.lerpVectors(fromTarget, toTarget, ease);
    controls.update();
    if (k >= 1) m.active = false;
    invalidate();
  });

  return null;
}
