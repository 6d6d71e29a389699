/**
 * A short forearm that hides the hand model's flat wrist cap: an elliptical tube from inside the
 * wrist back toward the elbow, rising a little off the skin, fading out so it never reaches the
 * edge of the picture as a cut. Built in the hand frame (see handRig.ts).
 */
import { BufferGeometry, Float32BufferAttribute } from 'three';
import type { HandRig } from './handRig';

const LENGTH_M = 0.13;
/** How far the tube reaches into the wrist, past its cap. */
const OVERLAP_M = 0.014;
const RISE_RADIANS = (22 * Math.PI) / 180;
const AROUND = 28;
const ALONG = 12;

export function createForearmGeometry(rig: HandRig, rgb: readonly [number, number, number]) {
  const cap = rig.wristCap;
  const positions: number[] = [];
  const normals: number[] = [];
  const colors: number[] = [];
  const index: number[] = [];
  const cosR = Math.cos(RISE_RADIANS);
  const sinR = Math.sin(RISE_RADIANS);
  for (let j = 0; j <= ALONG; j++) {
    const t = j / ALONG;
    const back = -OVERLAP_M + t * (LENGTH_M + OVERLAP_M);
    const widen = 1 + 0.18 * t;
    const a = (cap.halfWidth + 0.002) * widen;
    const b = (cap.halfThickness + 0.002) * widen;
    // Opaque over the wrist, then fading to nothing.
    const alpha = t < 0.45 ? 1 : Math.max(0, 1 - (t - 0.45) / 0.55) ** 1.5;
    for (let i = 0; i <= AROUND; i++) {
      const phi = (i / AROUND) * Math.PI * 2;
      const x = a * Math.cos(phi);
      const y = b * Math.sin(phi);
      // Along −z from the cap, turned up by the rise about x.
      const zz = cap.centre.z - back * cosR;
      const yy = cap.centre.y + y + back * sinR;
      positions.push(cap.centre.x + x, yy, zz);
      const nx = Math.cos(phi) / a;
      const ny = Math.sin(phi) / b;
      const len = Math.hypot(nx, ny);
      normals.push(nx / len, ny / len, 0);
      colors.push(rgb[0], rgb[1], rgb[2], alpha);
    }
  }
  for (let j = 0; j < ALONG; j++) {
    for (let i = 0; i < AROUND; i++) {
      const a = j * (AROUND + 1) + i;
      const b = a + AROUND + 1;
      // Counter-clockwise seen from outside: the tube's outside is its front.
      index.push(a, b, a + 1, a + 1, b, b + 1);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  g.setAttribute('normal', new Float32BufferAttribute(normals, 3));
  g.setAttribute('color', new Float32BufferAttribute(colors, 4));
  g.setIndex(index);
  g.computeBoundingSphere();
  return g;
}
