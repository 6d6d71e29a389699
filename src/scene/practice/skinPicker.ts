/**
 * The skin under a screen point: a ray from the camera against the skin mesh, the hit taken
 * into the model's own space (undoing the leg's pose and the left leg's mirroring) and read on
 * the chart as a right leg, which is how chart coordinates are defined for both legs.
 */
import { Raycaster, Vector2, Vector3, type Camera, type Intersection, type Object3D } from 'three';
import type { LegChart } from '../../anatomy/chart';
import type { SkinHit } from './traceRecorder';

const raycaster = new Raycaster();
const ndc = new Vector2();
const local = new Vector3();
const hits: Intersection[] = [];

export interface PickScene {
  camera: Camera;
  /** The skin mesh (named 'skin' in the model). */
  skin: Object3D;
  /** An object whose local space is the model's space (a group beside the model). */
  space: Object3D;
  chart: LegChart;
}

/** Where on the canvas a client point falls, in normalised device coordinates. */
function toNdc(element: Element, clientX: number, clientY: number): Vector2 | null {
  const rect = element.getBoundingClientRect();
  if (rect.width <= 0 || rect.height <= 0) return null;
  return ndc.set(
    ((clientX - rect.left) / rect.width) * 2 - 1,
    -((clientY - rect.top) / rect.height) * 2 + 1,
  );
}

/** The nearest skin hit along the ray through a client point, in world space. */
export function rayToSkin(
  element: Element,
  clientX: number,
  clientY: number,
  scene: Pick<PickScene, 'camera' | 'skin'>,
): Intersection | null {
  const at = toNdc(element, clientX, clientY);
  if (!at || !scene.skin.visible) return null;
  raycaster.setFromCamera(at, scene.camera);
  hits.length = 0;
  raycaster.intersectObject(scene.skin, false, hits);
  return hits[0] ?? null;
}

export function pickSkin(
  element: Element,
  clientX: number,
  clientY: number,
  scene: PickScene,
): SkinHit | null {
  const hit = rayToSkin(element, clientX, clientY, scene);
  if (!hit) return null;
  scene.space.updateWorldMatrix(true, false);
  scene.space.worldToLocal(local.copy(hit.point));
  const chart = scene.chart.chartAt([local.x, local.y, local.z], 'right');
  return { s: chart.s, theta: chart.theta, position: [local.x, local.y, local.z] };
}
