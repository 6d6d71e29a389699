/**
 * The shape of a hand for each technique, as joint angles: how far each finger and the thumb
 * bend at each joint, how far the fingers spread and how far the thumb swings out. Plain numbers
 * in a fixed layout so a frame can blend two shapes into a caller-owned array without allocating.
 *
 * Angles in radians; positive flexion bends toward the palm. Proximal's own reading of the seed
 * guide's techniques (flat gliding palms, kneading that grasps the muscle, palm-over-palm
 * compression through the heel of the hand) — the guide gives no joint angles.
 */
import type { StrokeKind } from '../schema';

export const FINGERS = ['index', 'middle', 'ring', 'pinky'] as const;
export type Finger = (typeof FINGERS)[number];

/** Layout: 4 fingers × 3 joints (knuckle, middle, end), then the thumb's 5 numbers. */
export const FINGER_JOINTS = 3;
const THUMB_OFFSET = FINGERS.length * FINGER_JOINTS;
/**
 * Thumb: roll to face the fingers (opposition), swing down out of the palm's plane toward the
 * fingers' side (palmar abduction; negative lifts it into the palm's plane), then 2 flexions.
 */
export const THUMB_OPPOSITION = THUMB_OFFSET;
export const THUMB_ABDUCTION = THUMB_OFFSET + 1;
export const THUMB_FLEX_MCP = THUMB_OFFSET + 2;
export const THUMB_FLEX_IP = THUMB_OFFSET + 3;
/** How far the fingers fan apart (radians between neighbours; negative draws them together). */
export const SPREAD = THUMB_OFFSET + 4;
/**
 * How far the thumb is drawn in across the palm's plane toward the index finger (radians): the
 * model's rest thumb sticks out ~44 mm past the palm's edge, into the other hand when two palms
 * glide side by side.
 */
export const THUMB_TUCK = SPREAD + 1;
export const SHAPE_LENGTH = THUMB_TUCK + 1;

export type HandShape = Float64Array;

/** What the hands are doing: a stroke kind, or lifted between strokes. */
export type HandActivity = StrokeKind | 'lifted';

const deg = Math.PI / 180;

interface ShapeSpec {
  /** Knuckle, middle and end joint of each finger (degrees). */
  fingers: Record<Finger, readonly [number, number, number]>;
  thumb: { opposition: number; abduction: number; mcp: number; ip: number; tuck?: number };
  spread: number;
}

function build(spec: ShapeSpec): HandShape {
  const out = new Float64Array(SHAPE_LENGTH);
  FINGERS.forEach((finger, i) => {
    spec.fingers[finger].forEach((a, j) => (out[i * FINGER_JOINTS + j] = a * deg));
  });
  out[THUMB_OPPOSITION] = spec.thumb.opposition * deg;
  out[THUMB_ABDUCTION] = spec.thumb.abduction * deg;
  out[THUMB_FLEX_MCP] = spec.thumb.mcp * deg;
  out[THUMB_FLEX_IP] = spec.thumb.ip * deg;
  out[SPREAD] = spec.spread * deg;
  out[THUMB_TUCK] = (spec.thumb.tuck ?? 0) * deg;
  return out;
}

const same = (a: number, b: number, c: number) =>
  ({ index: [a, b, c], middle: [a, b, c], ring: [a, b, c], pinky: [a, b, c] }) as const;

/** The flat hands' thumb, drawn in beside the index finger (degrees). */
const TUCK_DEG = 30;

/**
 * Effleurage: palm flat, fingers straight and together, thumb alongside. The fingers' small
 * bends are set per place by the contact solver so the pads follow the skin.
 */
export const FLAT_SHAPE: HandShape = build({
  fingers: same(2, 4, 2),
  thumb: { opposition: 0, abduction: -18, mcp: 4, ip: 4, tuck: TUCK_DEG },
  spread: -3,
});

/** Kneading, open: a C — fingers hooked round one side of the muscle, thumb out on the other. */
export const GRASP_SHAPE: HandShape = build({
  fingers: {
    index: [34, 40, 18],
    middle: [36, 42, 18],
    ring: [38, 44, 18],
    pinky: [40, 46, 20],
  },
  thumb: { opposition: 30, abduction: 40, mcp: 10, ip: 12 },
  spread: -1,
});

/** Kneading, squeezing: fingers and thumb drawn toward each other round the muscle. */
export const SQUEEZE_SHAPE: HandShape = build({
  fingers: {
    index: [40, 50, 26],
    middle: [42, 52, 26],
    ring: [44, 54, 26],
    pinky: [46, 56, 28],
  },
  thumb: { opposition: 36, abduction: 48, mcp: 22, ip: 24 },
  spread: -2,
});

/** Compression: fingers lifted a little so the heel of the hand carries the pressure. */
export const HEEL_SHAPE: HandShape = build({
  fingers: same(-6, 4, 2),
  thumb: { opposition: 0, abduction: -15, mcp: 2, ip: 2, tuck: TUCK_DEG },
  spread: -2,
});

/** Lifted between strokes: the relaxed half-curl of a hand at rest. */
export const RELAXED_SHAPE: HandShape = build({
  fingers: {
    index: [18, 24, 10],
    middle: [22, 28, 12],
    ring: [26, 30, 12],
    pinky: [30, 32, 14],
  },
  thumb: { opposition: 8, abduction: 0, mcp: 10, ip: 10 },
  spread: 2,
});

/** The open shape of an activity (no squeeze). */
export function baseShape(activity: HandActivity): HandShape {
  switch (activity) {
    case 'glide':
      return FLAT_SHAPE;
    case 'knead':
      return GRASP_SHAPE;
    case 'compress':
      return HEEL_SHAPE;
    case 'lifted':
      return RELAXED_SHAPE;
  }
}

/** Writes a + (b − a)·f into `out` (f clamped to [0, 1]) and returns it. */
export function blendShapes(a: HandShape, b: HandShape, f: number, out: HandShape): HandShape {
  const t = Math.min(1, Math.max(0, f));
  // Written so each end is exact: (1 − t)·a + t·b.
  for (let i = 0; i < SHAPE_LENGTH; i++) out[i] = (1 - t) * a[i]! + t * b[i]!;
  return out;
}

/**
 * The shape of a hand doing `activity` while squeezing or pressing at `compression` (0–1):
 * kneading closes from the open grasp toward the squeeze; the other activities keep their shape.
 */
export function shapeFor(activity: HandActivity, compression: number, out: HandShape): HandShape {
  if (activity === 'knead') return blendShapes(GRASP_SHAPE, SQUEEZE_SHAPE, compression, out);
  out.set(baseShape(activity));
  return out;
}

/** Mean flexion of the four fingers over their three joints (radians). */
export function meanFingerFlexion(shape: HandShape): number {
  let sum = 0;
  for (let i = 0; i < THUMB_OFFSET; i++) sum += shape[i]!;
  return sum / THUMB_OFFSET;
}

/**
 * What a shape reads as, from its angles alone: a flat hand (fingers nearly straight), a
 * grasp (fingers hooked and the thumb swung out to oppose them), or a loose, curled hand.
 */
export function readShape(shape: HandShape): 'flat' | 'grasp' | 'curled' {
  const flexion = meanFingerFlexion(shape);
  if (flexion < 8 * deg) return 'flat';
  if (shape[THUMB_OPPOSITION]! > 15 * deg && flexion > 25 * deg) return 'grasp';
  return 'curled';
}
