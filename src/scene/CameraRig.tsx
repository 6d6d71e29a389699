/**
 * Orbit controls with limits, and smooth moves to the camera presets. Moves are instant when
 * the user prefers reduced motion. While `follow` is on, the preset follows the stroke being
 * shown (see followCamera.ts); turning the view by hand stops following.
 */
import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { TOUCH, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { onClockTime, playbackClock } from '../state/clock';
import { usePlaybackStore } from '../state/playbackStore';
import { useSetupStore } from '../state/setupStore';
import { useViewStore } from '../state/viewStore';
import { cameraPose } from './cameraPresets';
import { followPreset } from './followCamera';
import { prefersReducedMotion } from './reducedMotion';

const MOVE_SECONDS = 0.7;
const fromPos = new Vector3();
const fromTarget = new Vector3();
const toPos = new Vector3();
const toTarget = new Vector3();

export function CameraRig({ followLesson = true }: { followLesson?: boolean }) {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const preset = useViewStore((s) => s.camera);
  const request = useViewStore((s) => s.cameraRequest);
  const leg = useViewStore((s) => s.leg);
  const settingUp = useSetupStore((s) => s.showingSetup);
  const move = useRef({ active: false, elapsed: 0 });
  const dragging = useRef(false);
  /** The view when a drag began, put back if the browser takes the drag for a page scroll. */
  const dragStart = useRef({ position: new Vector3(), target: new Vector3(), follow: false });
  useFollowTheLesson(followLesson);

  // On a phone in Watch a vertical swipe scrolls the page (touch-action: pan-y). The first few
  // moves reach the controls before the browser decides and cancels the pointer: they turned the
  // leg and stopped the camera following. A cancelled drag leaves the view as it found it.
  useEffect(() => {
    const c = controls.current;
    const element = c?.domElement;
    if (!c || !element) return;
    const onCancel = () => {
      const start = dragStart.current;
      camera.position.copy(start.position);
      c.target.copy(start.target);
      c.update();
      if (start.follow) useViewStore.getState().setFollow(true);
      invalidate();
    };
    element.addEventListener('pointercancel', onCancel);
    return () => element.removeEventListener('pointercancel', onCancel);
  }, [camera, invalidate]);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const pose = cameraPose(settingUp ? 'setup' : preset, leg);
    toPos.set(...pose.position);
    toTarget.set(...pose.target);
    if (prefersReducedMotion() || request === 0) {
      camera.position.copy(toPos);
      c.target.copy(toTarget);
      c.update();
      invalidate();
      return;
    }
    fromPos.copy(camera.position);
    fromTarget.copy(c.target);
    move.current = { active: true, elapsed: 0 };
    invalidate();
  }, [preset, request, leg, settingUp, camera, invalidate]);

  useFrame((_, delta) => {
    const m = move.current;
    const c = controls.current;
    if (!m.active || !c) return;
    m.elapsed = Math.min(MOVE_SECONDS, m.elapsed + delta);
    const k = m.elapsed / MOVE_SECONDS;
    const ease = k * k * (3 - 2 * k);
    camera.position.lerpVectors(fromPos, toPos, ease);
    c.target.lerpVectors(fromTarget, toTarget, ease);
    c.update();
    if (k >= 1) m.active = false;
    invalidate();
  });

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={false}
      minDistance={0.35}
      maxDistance={4}
      minPolarAngle={0.05}
      maxPolarAngle={Math.PI - 0.05}
      target={[0, 0.46, 0.02]}
      // Two fingers pinch to zoom and turn together; one finger turns (or, on a phone in Watch,
      // scrolls the page: see touch-action in screens.css).
      touches={{ ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_ROTATE }}
      onStart={() => {
        if (!dragging.current) {
          dragStart.current.position.copy(camera.position);
          dragStart.current.target.copy(controls.current!.target);
          dragStart.current.follow = useViewStore.getState().follow;
        }
        dragging.current = true;
      }}
      onEnd={() => {
        dragging.current = false;
      }}
      onChange={() => {
        // A turn or zoom by the user (not one of the rig's own moves) takes over the camera.
        if (dragging.current && useViewStore.getState().follow) {
          useViewStore.getState().setFollow(false);
        }
      }}
    />
  );
}

/** While `follow` is on, asks for the preset of the stroke under the playhead. */
function useFollowTheLesson(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const apply = () => {
      const view = useViewStore.getState();
      const { timeline } = usePlaybackStore.getState();
      if (!view.follow || timeline === null) return;
      const preset = followPreset(timeline, playbackClock.t);
      if (preset !== null && preset !== view.camera) view.followTo(preset);
    };
    apply();
    const offClock = onClockTime(apply);
    const offView = useViewStore.subscribe((s, p) => {
      if (s.follow && !p.follow) apply();
    });
    const offPlayback = usePlaybackStore.subscribe((s, p) => {
      if (s.timeline !== p.timeline) apply();
    });
    return () => {
      offClock();
      offView();
      offPlayback();
    };
  }, [enabled]);
}
