/**
 * Placing a mark by pointing: a click or tap on the skin (a press that hardly moves) calls
 * `onPlace` with the chart place under it. A press that drags turns the view as usual and places
 * nothing. Returns the function that detaches it.
 */
import type { Camera, Object3D } from 'three';
import type { LegChart } from '../../anatomy/chart';
import { pickSkin } from '../practice/skinPicker';

/** A press that moves further than this (px) is a drag, not a click. */
const CLICK_SLOP_PX = 6;

export interface PlacementScene {
  camera: Camera;
  skin: () => Object3D | null;
  /** An object whose local space is the model's space. */
  space: () => Object3D | null;
  chart: LegChart;
}

export function attachMarkPlacement(
  element: HTMLElement,
  scene: PlacementScene,
  onPlace: (place: { s: number; theta: number }) => void,
): () => void {
  const previousCursor = element.style.cursor;
  element.style.cursor = 'crosshair';
  let down: { x: number; y: number; id: number } | null = null;
  const onDown = (event: PointerEvent) => {
    down = { x: event.clientX, y: event.clientY, id: event.pointerId };
  };
  const onUp = (event: PointerEvent) => {
    const start = down;
    down = null;
    if (start === null || start.id !== event.pointerId) return;
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > CLICK_SLOP_PX) return;
    const skin = scene.skin();
    const space = scene.space();
    if (skin === null || space === null) return;
    const hit = pickSkin(element, event.clientX, event.clientY, {
      camera: scene.camera,
      skin,
      space,
      chart: scene.chart,
    });
    if (hit !== null) onPlace({ s: hit.s, theta: hit.theta });
  };
  element.addEventListener('pointerdown', onDown);
  element.addEventListener('pointerup', onUp);
  return () => {
    element.style.cursor = previousCursor;
    element.removeEventListener('pointerdown', onDown);
    element.removeEventListener('pointerup', onUp);
  };
}
