/**
 * Drawing a stroke with a pointer (mouse, finger or pen): a press on the skin starts a trace,
 * moves record it, lifting ends it. A press beside the leg is left to the orbit controls, and so
 * is any mouse button but the main one, so the view can still be turned, panned and zoomed.
 *
 * The listeners sit on the canvas itself, which receives the press before the controls do (they
 * listen on the canvas's parent), so the controls can be switched off in time.
 */
import { Vector3, type Camera, type Object3D } from 'three';
import type { LegChart } from '../../anatomy/chart';
import type { LegSide, PressureLevel } from '../../anatomy/names';
import type { Trace } from '../../practice/traceFile';
import type { SkinSurface } from '../surface';
import { addLivePoint, clearLiveLine, type LiveLine } from './liveLine';
import { setControlsEnabled } from './orbitLock';
import { samplePressure } from './pointerPressure';
import { pickSkin } from './skinPicker';
import {
  finishRecording,
  recordPoint,
  startRecording,
  type SkinHit,
  type TraceRecorder,
} from './traceRecorder';

/** The live line floats this far above the skin (m), clear of the zone colours. */
const LIVE_LIFT_M = 0.003;
const point = new Vector3();
const normal = new Vector3();

export interface GestureScene {
  camera: Camera;
  /** Looked up on each press: the model may be swapped. */
  skin: () => Object3D | null;
  space: () => Object3D | null;
  chart: LegChart;
  surface: SkinSurface;
  controls: () => unknown;
  live: LiveLine;
  invalidate: () => void;
}

/** How far beside the leg a press still starts a stroke (CSS px), searched nearest first. */
const NEAR_MISS_RADII_PX = [8, 16, 24];
const NEAR_MISS_DIRECTIONS = 8;

export interface GestureInput {
  leg: () => LegSide;
  pressure: () => PressureLevel;
  usePenPressure: () => boolean;
  onStart: () => void;
  /** A finished stroke (never a tap: those draw nothing). */
  onTrace: (trace: Trace) => void;
  onEnd: () => void;
}

function showPoint(scene: GestureScene, hit: SkinHit, connect: boolean): void {
  scene.surface.pointAt(hit.s, hit.theta, point, normal);
  addLivePoint(scene.live, point.addScaledVector(normal, LIVE_LIFT_M), connect);
}

/** Listens on `element` (the canvas); returns the function that stops listening. */
export function attachTraceGesture(
  element: HTMLElement,
  scene: GestureScene,
  input: GestureInput,
): () => void {
  let active: { pointerId: number; recorder: TraceRecorder } | null = null;

  const pick = (event: PointerEvent): SkinHit | null => {
    const skin = scene.skin();
    const space = scene.space();
    if (!skin || !space) return null;
    return pickSkin(element, event.clientX, event.clientY, {
      camera: scene.camera,
      skin,
      space,
      chart: scene.chart,
    });
  };
  // A press that lands just beside the leg meant the leg: it draws from the nearest edge
  // instead of flipping the view (only a press well clear of the leg turns it).
  const nearMiss = (event: PointerEvent): SkinHit | null => {
    const skin = scene.skin();
    const space = scene.space();
    if (!skin || !space) return null;
    for (const radius of NEAR_MISS_RADII_PX) {
      for (let k = 0; k < NEAR_MISS_DIRECTIONS; k += 1) {
        const angle = (2 * Math.PI * k) / NEAR_MISS_DIRECTIONS;
        const hit = pickSkin(
          element,
          event.clientX + radius * Math.cos(angle),
          event.clientY + radius * Math.sin(angle),
          { camera: scene.camera, skin, space, chart: scene.chart },
        );
        if (hit) return hit;
      }
    }
    return null;
  };
  const pressureOf = (event: PointerEvent) =>
    samplePressure(event, input.pressure(), input.usePenPressure());

  const onDown = (event: PointerEvent) => {
    if (active || !event.isPrimary) return;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const hit = pick(event) ?? nearMiss(event);
    if (!hit) return;
    setControlsEnabled(scene.controls(), false);
    try {
      element.setPointerCapture(event.pointerId);
    } catch {
      // A pointer that is already gone (or a synthetic one): its moves over the canvas still count.
    }
    event.preventDefault();
    active = {
      pointerId: event.pointerId,
      recorder: startRecording(input.leg(), event.timeStamp, hit, pressureOf(event)),
    };
    clearLiveLine(scene.live);
    showPoint(scene, hit, false);
    input.onStart();
  };

  const onMove = (event: PointerEvent) => {
    if (!active || event.pointerId !== active.pointerId) return;
    const events = event.getCoalescedEvents?.() ?? [];
    for (const each of events.length > 0 ? events : [event]) {
      const hit = pick(each);
      const outcome = recordPoint(active.recorder, each.timeStamp, hit, pressureOf(each));
      if (hit && (outcome === 'added' || outcome === 'resumed')) {
        showPoint(scene, hit, outcome === 'added');
      }
    }
    scene.invalidate();
  };

  const onEnd = (event: PointerEvent) => {
    if (!active || event.pointerId !== active.pointerId) return;
    const { recorder } = active;
    active = null;
    if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
    setControlsEnabled(scene.controls(), true);
    clearLiveLine(scene.live);
    const trace = finishRecording(recorder);
    if (trace) input.onTrace(trace);
    input.onEnd();
    scene.invalidate();
  };

  element.addEventListener('pointerdown', onDown);
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerup', onEnd);
  element.addEventListener('pointercancel', onEnd);
  element.addEventListener('lostpointercapture', onEnd);
  return () => {
    element.removeEventListener('pointerdown', onDown);
    element.removeEventListener('pointermove', onMove);
    element.removeEventListener('pointerup', onEnd);
    element.removeEventListener('pointercancel', onEnd);
    element.removeEventListener('lostpointercapture', onEnd);
    if (active) setControlsEnabled(scene.controls(), true);
    active = null;
  };
}
