/**
 * A stylised but recognisable hand: a rounded palm, four fingers and a thumb.
 * Local frame: the palm rests on the skin at the origin, the back of the hand faces +Y (away
 * from the skin), the fingers point +Z (the direction of the stroke). Units: metres.
 */
import { BufferGeometry, CapsuleGeometry, Matrix4, Quaternion, Vector3 } from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

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

// Proportions of an average adult hand (about 19 cm long, palm 8.5 cm wide), stylised: fingers
// together and gently curved onto the skin, as in a gliding or kneading hand.
const DIGITS: Digit[] = [
  { base: [-0.032, 0, 0.046], length: 0.058, radius: 0.0085, splay: -0.06, curl: 0.16 },
  { base: [-0.011, 0, 0.05], length: 0.07, radius: 0.0092, splay: -0.02, curl: 0.14 },
  { base: [0.011, 0, 0.05], length: 0.076, radius: 0.0095, splay: 0.01, curl: 0.14 },
  { base: [0.032, 0, 0.047], length: 0.068, radius: 0.009, splay: 0.04, curl: 0.16 },
  // Thumb: from the heel of the palm on the thumb side, out and forward, lying flat.
  { base: [0.04, -0.002, -0.018], length: 0.052, radius: 0.0115, splay: 0.62, curl: 0.05 },
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
  // 8.6 cm wide, 2.6 cm thick, 10.5 cm long, with softly rounded edges.
  const box = new RoundedBoxGeometry(0.086, 0.026, 0.105, 4, 0.012);
  box.deleteAttribute('uv');
  // The rounded box comes unindexed; the capsules are indexed, and merging needs one kind.
  const g = mergeVertices(box);
  box.dispose();
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
