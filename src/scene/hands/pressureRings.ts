/**
 * The pressure rings under a palm: one ring light, two moderate, three firm, drawn on the skin
 * inside the palm's modelled footprint (`zoneUnderHand`), so that a ring never lies over skin
 * that allows less than the pressure it shows. Larger rings drawn round the hand (as before)
 * reached the shin, the kneecap and the femoral triangle while the hand under them was correctly
 * held clear of them.
 *
 * The rings follow the skin (placed through the chart, not in a flat plane) and are drawn over the
 * hands (no depth test), so the palm pressing them does not hide them; a ring on skin that faces
 * away from the eye (the far side of the leg) is not drawn. Plain three.js, so the bench's
 * reference page draws the same rings.
 */
import {
  BufferAttribute,
  BufferGeometry,
  DoubleSide,
  Group,
  Mesh,
  MeshBasicMaterial,
  Vector3,
  type Object3D,
} from 'three';
import { PRESSURE_LEVELS } from '../../anatomy/names';
import { PALM_HALF_WIDTH_DEGREES } from '../../anatomy/handSize';
import type { HandPose } from '../../protocol/timeline';
import type { SkinSurface } from '../surface';

/**
 * Each ring's size as a fraction of the footprint's half-sizes, outer (the light ring) first, at
 * full squeeze. The outer ring stays within 0.8 of the rim: up to there `zoneUnderHand` is sure
 * to find a lighter zone cutting into the palm (its sixteen rim points leave notches beyond).
 */
export const RING_FRACTIONS = [0.8, 0.66, 0.52] as const;
/** How much smaller the rings are between squeezes (they swell with each press). */
const REST_SCALE = 0.85;
/** Points round each ring. */
const RING_POINTS = 48;
/** The ring's band, in metres across the skin. */
const BAND_M = 0.004;
/** Lift off the skin, metres: clear of the skin's own triangles. */
const LIFT_M = 0.003;

/** A closed band: an outer and an inner vertex per point, two triangles between points. */
function bandGeometry(): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(RING_POINTS * 6), 3));
  geometry.setAttribute('skinNormal', new BufferAttribute(new Float32Array(RING_POINTS * 6), 3));
  const index: number[] = [];
  for (let i = 0; i < RING_POINTS; i++) {
    const a = 2 * i;
    const b = 2 * ((i + 1) % RING_POINTS);
    index.push(a, a + 1, b, b, a + 1, b + 1);
  }
  geometry.setIndex(index);
  return geometry;
}

function ringMaterial(): MeshBasicMaterial {
  const material = new MeshBasicMaterial({
    color: '#ffffff',
    transparent: true,
    opacity: 0.95,
    toneMapped: false,
    depthWrite: false,
    depthTest: false,
    // Whether the ring faces the eye is the skin's normal's business (the shader), not winding.
    side: DoubleSide,
    // One pass for both sides: a flat band of one colour looks the same, and three's default
    // for transparent double-sided materials (back pass, front pass) marks the material for a
    // program lookup twice a frame.
    forceSinglePass: true,
  });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader =
      `attribute vec3 skinNormal;\nvarying float vFacing;\n${shader.vertexShader}`.replace(
        '#include <project_vertex>',
        `#include <project_vertex>
      vFacing = dot(normalize(normalMatrix * skinNormal), normalize(-mvPosition.xyz));`,
      );
    shader.fragmentShader = `varying float vFacing;\n${shader.fragmentShader}`.replace(
      'void main() {',
      'void main() {\n  if (vFacing < 0.0) discard;',
    );
  };
  return material;
}

/** One hand's rings: a group of three bands in the leg's space (its matrix stays identity). */
export function createPressureRings(name: string): Group {
  const group = new Group();
  group.name = name;
  const material = ringMaterial();
  for (let i = 0; i < RING_FRACTIONS.length; i++) {
    const ring = new Mesh(bandGeometry(), material);
    ring.renderOrder = 2;
    // The band moves every frame; its bounds would be stale.
    ring.frustumCulled = false;
    group.add(ring);
  }
  return group;
}

export function disposePressureRings(group: Object3D): void {
  group.traverse((object) => {
    if (object instanceof Mesh) {
      object.geometry.dispose();
      (object.material as MeshBasicMaterial).dispose();
    }
  });
}

const centre = new Vector3();
const normal = new Vector3();
const a = new Vector3();
const b = new Vector3();
const scratchNormal = new Vector3();
const forward = new Vector3();
const side = new Vector3();

/** Writes the skin point at (s, θ) into `out`, its normal into scratch. */
function skinPoint(surface: SkinSurface, s: number, theta: number, out: Vector3): Vector3 {
  surface.pointAt(Math.min(1, Math.max(0, s)), theta, out, scratchNormal);
  return out;
}

/**
 * Writes one ring's band round a palm at chart (s, θ): an ellipse in the skin's plane at the
 * palm's centre, as long as the footprint's `fraction` along the leg (`halfPalmS` each way) and
 * as wide as its `fraction` round it (PALM_HALF_WIDTH_DEGREES each way), measured on this
 * leg's skin. Flat rather than laid through the chart, which folds it into a scribble over the
 * foot; drawn over what lies above it, it needs no wrapping to be seen.
 */
export function writeRing(
  positions: Float32Array,
  normals: Float32Array,
  surface: SkinSurface,
  s: number,
  theta: number,
  halfPalmS: number,
  fraction: number,
): void {
  surface.pointAt(s, theta, centre, normal);
  skinPoint(surface, s + fraction * halfPalmS, theta, a);
  skinPoint(surface, s - fraction * halfPalmS, theta, b);
  forward.subVectors(a, b);
  const halfLength = forward.length() / 2;
  skinPoint(surface, s, theta + fraction * PALM_HALF_WIDTH_DEGREES, a);
  skinPoint(surface, s, theta - fraction * PALM_HALF_WIDTH_DEGREES, b);
  const halfWidth = a.distanceTo(b) / 2;
  forward.addScaledVector(normal, -forward.dot(normal));
  if (forward.lengthSq() < 1e-12) forward.set(0, 1, 0);
  forward.normalize();
  side.crossVectors(normal, forward).normalize();
  for (let i = 0; i < RING_POINTS; i++) {
    const angle = (2 * Math.PI * i) / RING_POINTS;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    for (let edge = 0; edge < 2; edge++) {
      // The outer edge, then the inner edge a band's width inside it.
      const inset = edge === 0 ? 0 : BAND_M;
      const along = Math.max(0, halfLength - inset) * cos;
      const around = Math.max(0, halfWidth - inset) * sin;
      const at = 6 * i + 3 * edge;
      positions[at] = centre.x + forward.x * along + side.x * around + normal.x * LIFT_M;
      positions[at + 1] = centre.y + forward.y * along + side.y * around + normal.y * LIFT_M;
      positions[at + 2] = centre.z + forward.z * along + side.z * around + normal.z * LIFT_M;
      normals[at] = normal.x;
      normals[at + 1] = normal.y;
      normals[at + 2] = normal.z;
    }
  }
}

/** The fraction of the footprint that ring `index` covers at this moment of the press. */
export function ringFraction(index: number, compression: number): number {
  return RING_FRACTIONS[index]! * (REST_SCALE + (1 - REST_SCALE) * compression);
}

/** How many rings a pressure shows: one light, two moderate, three firm. */
export function ringCount(pressure: HandPose['pressure']): number {
  return PRESSURE_LEVELS.indexOf(pressure) + 1;
}

/**
 * Places a hand's rings for this frame: shown while the hand presses the skin, one set for a
 * stacked pair (the top hand presses through the lower one).
 */
export function placePressureRings(
  group: Group | null,
  hand: HandPose,
  layer: number,
  surface: SkinSurface,
  halfPalmS: number,
): void {
  if (!group) return;
  group.visible = hand.contact && layer < 0.5;
  if (!group.visible) return;
  const count = ringCount(hand.pressure);
  // An index loop: no closure a frame (the rings are placed every frame for each hand).
  const rings = group.children;
  for (let i = 0; i < rings.length; i++) {
    const child = rings[i]!;
    child.visible = i < count;
    if (!child.visible || !(child instanceof Mesh)) continue;
    const geometry = child.geometry as BufferGeometry;
    const positions = geometry.getAttribute('position') as BufferAttribute;
    const normals = geometry.getAttribute('skinNormal') as BufferAttribute;
    writeRing(
      positions.array as Float32Array,
      normals.array as Float32Array,
      surface,
      hand.s,
      hand.theta,
      halfPalmS,
      ringFraction(i, hand.compression),
    );
    positions.needsUpdate = true;
    normals.needsUpdate = true;
  }
}
