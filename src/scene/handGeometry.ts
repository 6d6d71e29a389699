/**
 * A stylised but recognisable hand built from capsules: palm, four fingers and a thumb.
 * Local frame: the palm rests on the skin at the origin, the back of the hand faces +Y (away
 * from the skin), the fingers point +Z (the direction of the stroke). Units: metres.
 */
import {
  BufferGeometry,
  CapsuleGeometry,
  Matrix4,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export type Handedness = 'left' | 'right';

interface Digit {
  /** Base of the digit on the palm, in the right hand's frame (x toward the thumb side). */
  base: [number, number, number];
  length: number;
  radius: number;
  /** Splay away from straight ahead, radians, positive toward the thumb. */
  splay: number;
  /** Curl toward the skin, radians. */
  curl: number;
}

// Proportions from an average adult hand (~19 cm long, ~8.5 cm palm width), stylised.
const DIGITS: Digit[] = [
  { base: [-0.031, 0.012, 0.045], length: 0.055, radius: 0.0085, splay: -0.12, curl: 0.18 },
  { base: [-0.011, 0.013, 0.05], length: 0.068, radius: 0.009, splay: -0.04, curl: 0.16 },
  { base: [0.01, 0.013, 0.05], length: 0.074, radius: 0.0092, splay: 0.02, curl: 0.16 },
  { base: [0.03, 0.012, 0.046], length: 0.066, radius: 0.0088, splay: 0.08, curl: 0.18 },
  // Thumb: from the base of the palm, out to the side and forward.
  { base: [0.04, 0.01, -0.015], length: 0.06, radius: 0.011, splay: 0.75, curl: 0.1 },
];

const up = new Vector3(0, 1, 0);

function digitGeometry(d: Digit): BufferGeometry {
  const g = new CapsuleGeometry(d.radius, d.length, 4, 10);
  // Capsule runs along +Y; lay it along +Z from its base.
  g.translate(0, d.length / 2 + d.radius, 0);
  const tilt = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), Math.PI / 2 + d.curl);
  const splay = new Quaternion().setFromAxisAngle(up, d.splay);
  const m = new Matrix4().compose(
    new Vector3(...d.base),
    splay.multiply(tilt),
    new Vector3(1, 1, 1),
  );
  g.applyMatrix4(m);
  return g;
}

function palmGeometry(): BufferGeometry {
  const g = new SphereGeometry(0.05, 24, 14);
  // Flattened ellipsoid: 9 cm wide, 2.6 cm thick, 10 cm long.
  g.scale(0.9, 0.26, 1.0);
  g.translate(0, 0.013, 0);
  return g;
}

export function createHandGeometry(hand: Handedness): BufferGeometry {
  const parts = [palmGeometry(), ...DIGITS.map(digitGeometry)];
  for (const g of parts) g.deleteAttribute('uv');
  const merged = mergeGeometries(parts);
  for (const p of parts) p.dispose();
  if (!merged) throw new Error('could not build the hand geometry');
  // The thumb of a right hand, palm down and fingers ahead, is on +x here; the left hand is
  // its mirror. Mirroring flips the winding, so reverse each triangle to keep faces outward.
  if (hand === 'left') {
    merged.scale(-1, 1, 1);
    const index = merged.getIndex();
    if (index) {
      for (let i = 0; i < index.count; i += 3) {
        const b = index.getX(i + 1);
        index.setX(i + 1, index.getX(i + 2));
        index.setX(i + 2, b);
      }
    }
  }
  merged.computeBoundingSphere();
  return merged;
}
