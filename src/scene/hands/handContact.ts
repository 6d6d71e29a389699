/**
 * Contact between a rigged hand and the skin, solved once per stroke at stations along the
 * hand's path (never per frame): how high the palm sits and how much it wraps so it rests on
 * the skin without sinking, and how far each finger and the thumb bend until the pad touches.
 * The frame only interpolates between stations.
 */
import { Matrix4, Vector2, Vector3 } from 'three';
import { shapeFor, type HandActivity } from '../../protocol/motion/handShapes';
import { bendPoint, type BendParams } from './handBend';
import { handObstacle, solveConform, type HandObstacle } from './handConform';
import { applyShape, DIGIT_COUNT, THUMB_DIGIT, type HandRig } from './handRig';
import type { SkinProbe } from './skinProbe';

/** Clearance kept between a resting pad or palm and the skin (m). */
export const REST_CLEARANCE_M = 0.0008;
/** Clearance between the stacked hand's palm and the back of the lower hand (m). */
export const STACK_CLEARANCE_M = 0.002;
/**
 * The highest the palm's centre rests over the skin (m): where a rigid palm would have to rise
 * off a bump (malleoli, tibia, knee) to clear it, it stays down and the soft hand molds round
 * the bump instead (handConform.ts).
 */
export const MAX_CENTRE_LIFT_M = 0.0015;
/** The lowest: where the skin falls away under the palm's centre it still comes down onto it. */
const MIN_CENTRE_LIFT_M = 0.0005;

const DS = 0.01;
const DTHETA = 2;
const up = new Vector3();
const around = new Vector3();
const ahead = new Vector3();
const aheadNormal = new Vector3();
const dir = new Vector3();
const xAxis = new Vector3();

/**
 * The hand frame on the skin at chart (s, θ), fingers turned `heading` degrees from "up the
 * leg" toward increasing θ; origin on the skin, +y along the outward normal. Writes `out`.
 */
export function skinFrame(
  probe: SkinProbe,
  s: number,
  theta: number,
  heading: number,
  point: Vector3,
  normal: Vector3,
  out: Matrix4,
): Matrix4 {
  probe.pointAt(s, theta, point, normal);
  const sAhead = s + DS <= 1 ? s + DS : s - DS;
  probe.pointAt(sAhead, theta, ahead, aheadNormal);
  up.subVectors(ahead, point);
  if (sAhead < s) up.negate();
  up.addScaledVector(normal, -up.dot(normal)).normalize();
  // Round the leg: across "up" in the skin's plane, turned toward increasing θ (at the toe's
  // pole every θ is the same point, so keep the cross product's own side there).
  probe.pointAt(s, theta + DTHETA, ahead, aheadNormal);
  ahead.sub(point);
  around.crossVectors(normal, up).normalize();
  if (ahead.dot(around) < 0) around.negate();
  const h = (heading * Math.PI) / 180;
  dir.copy(up).multiplyScalar(Math.cos(h)).addScaledVector(around, Math.sin(h)).normalize();
  xAxis.crossVectors(normal, dir).normalize();
  out.makeBasis(xAxis, normal, dir);
  out.setPosition(point);
  return out;
}

/** The tightest wrap a palm takes (1/m): a 3.5 cm radius, about a slim ankle's. */
const MAX_CURVATURE = 1 / 0.035;

/**
 * Girth curvature at level s: 2π over the leg's perimeter there (1/m). Smooth along s, unlike
 * the mesh's own curvature over the tibial crest; capped where the girth vanishes (the toe).
 */
export function girthCurvature(probe: SkinProbe, s: number): number {
  const a = new Vector3();
  const b = new Vector3();
  const n = new Vector3();
  let perimeter = 0;
  probe.pointAt(s, 0, a, n);
  for (let t = 10; t <= 360; t += 10) {
    probe.pointAt(s, t, b, n);
    perimeter += a.distanceTo(b);
    a.copy(b);
  }
  return perimeter > 0 ? Math.min(MAX_CURVATURE, (2 * Math.PI) / perimeter) : MAX_CURVATURE;
}

/** What the solver settles for one hand at one place. Stride 3 + digits in a table. */
export const STATION_STRIDE = 2 + DIGIT_COUNT;
const LIFT = 0;
const CURVATURE = 1;
const EXTRA = 2;

export interface StationInput {
  rig: HandRig;
  probe: SkinProbe;
  activity: HandActivity;
  layer: 0 | 1;
  s: number;
  theta: number;
  heading: number;
  scale: number;
  /** For the stacked hand: the lower hand's station (lift and curvature). */
  lower?: { lift: number; k: number; dorsum: number };
  /** Where the drawn frame sits from the station's (s, θ): the stacked hand's shift. */
  shift?: { s: number; theta: number };
  /** The wrap to take (1/m) instead of searching one. */
  k?: number;
}

/** The wrap across the palm for an activity: across the leg, so along x or z of the hand. */
export function bendFor(rig: HandRig, heading: number, k: number, out: BendParams): BendParams {
  const h = (heading * Math.PI) / 180;
  // The leg's axis in the hand frame is (sin h, 0, cos h); the wrap runs across it.
  out.across.set(Math.cos(h), -Math.sin(h));
  out.k = k;
  if (Math.abs(Math.sin(h)) > 0.5) {
    // Fingers round the leg: only the palm wraps; fingers and wrist carry on straight.
    const a = rig.knuckleZ * -Math.sign(Math.sin(h));
    const b = rig.wristZ * -Math.sign(Math.sin(h));
    out.spanMin = Math.min(a, b);
    out.spanMax = Math.max(a, b);
  } else {
    out.spanMin = -1;
    out.spanMax = 1;
  }
  return out;
}

/**
 * Every how many palm points the solver tests, and the wraps it tries (× girth curvature). The
 * leg's cross-section is no circle (flat over the inner shin, sharp over the tibial crest and the
 * malleoli), so the girth's wrap alone left palms up to 35 mm over the skin; of these wraps the
 * solver keeps the one that lets the palm's centre down closest (measured on the demonstration,
 * right leg: pressing palms more than 3 mm off 112 -> 72 moments, through each other 50 -> 39).
 */
const CURVATURE_FACTORS = [0, 0.3, 0.6, 0.9, 1.2, 1.6, 2.0, 2.5, 3.0];
/** The wraps are compared on every 4th palm point; the one kept is then measured on all. */
const SEARCH_STRIDE = 4;

/** Just under the skin probe's reach (skinProbe.ts): distances at or past it mean "far". */
const FAR_REACH_M = 0.059;

const frame = new Matrix4();
const point = new Vector3();
const normal = new Vector3();
const p = new Vector3();
const bend: BendParams = { k: 0, across: new Vector2(1, 0), spanMin: -1, spanMax: 1 };
const shape = new Float64Array(32);
const extra = new Float64Array(DIGIT_COUNT);

/**
 * The lift (m) that rests the palm, wrapped by curvature k, on the skin: clearance minus the
 * lowest signed distance of every `stride`-th palm point at lift 0. A palm nowhere near the skin
 * (every point beyond the probe's reach) is not pulled in: 0.
 */
function palmLift(input: StationInput, k: number, stride: number): number {
  bendFor(input.rig, input.heading, k, bend);
  const pts = input.rig.palmPoints;
  let min = Infinity;
  for (let i = 0; i < pts.length; i += 3 * stride) {
    p.set(pts[i]!, pts[i + 1]!, pts[i + 2]!);
    bendPoint(p, bend);
    p.multiplyScalar(input.scale).applyMatrix4(frame);
    min = Math.min(min, input.probe.signedDistance(p));
  }
  return Number.isFinite(min) && min < FAR_REACH_M ? REST_CLEARANCE_M - min : 0;
}

/** The lowest signed distance to the skin of a digit's palm-side vertices, as posed now. */
function digitDistance(input: StationInput, digit: number, lift: number, wide = false): number {
  const { rig } = input;
  rig.root.updateMatrixWorld(true);
  const mesh = rig.mesh;
  const pos = mesh.geometry.getAttribute('position');
  const list = (wide ? rig.digitGuard : rig.digitVertices)[digit]!;
  let min = Infinity;
  for (let i = 0; i < list.length; i++) {
    const v = list[i]!;
    p.fromBufferAttribute(pos, v);
    mesh.applyBoneTransform(v, p);
    p.applyMatrix4(rig.meshToHand);
    bendPoint(p, bend);
    p.y += lift / input.scale;
    p.multiplyScalar(input.scale).applyMatrix4(frame);
    min = Math.min(min, input.probe.signedDistance(p));
  }
  return min;
}

/** Solves one station; writes lift, curvature and per-digit flexion into `out` at `at`. */
export function solveStation(input: StationInput, out: Float64Array, at: number): void {
  const { rig, probe, activity } = input;
  skinFrame(probe, input.s, input.theta, input.heading, point, normal, frame);
  const kGirth = girthCurvature(probe, input.s) * input.scale;
  // Solved at the firmest squeeze, so a releasing hand loosens off the skin, never into it.
  shapeFor(activity, 1, shape);
  let lift: number;
  let k: number;
  if (input.layer === 1 && input.lower) {
    // On the back of the lower hand: its height, its wrap widened by the hand's thickness.
    lift = input.lower.lift + input.lower.dorsum * input.scale + STACK_CLEARANCE_M;
    const r = 1 / input.lower.k + input.lower.dorsum;
    k = input.lower.k > 1e-4 ? 1 / r : 0;
  } else {
    let best = Infinity;
    k = input.k ?? 0;
    for (const f of input.k === undefined ? CURVATURE_FACTORS : []) {
      const l = palmLift(input, kGirth * f, SEARCH_STRIDE);
      if (l < best) [best, k] = [l, kGirth * f];
    }
    // The palm's centre rests just over the skin, whatever the palm around it meets.
    const centre = probe.signedDistance(point);
    lift = Math.min(
      MAX_CENTRE_LIFT_M - centre,
      Math.max(MIN_CENTRE_LIFT_M - centre, palmLift(input, k, 1)),
    );
  }
  out[at + LIFT] = lift;
  out[at + CURVATURE] = k;
  bendFor(rig, input.heading, k, bend);
  extra.fill(0);
  if (input.layer === 0) {
    // Each digit bends (the thumb swings) until its palm side just touches the skin: the most
    // bend that keeps every tested vertex outside.
    const range = activity === 'knead' ? [-1.0, 1.0] : [-0.6, 0.45];
    for (let digit = 0; digit < DIGIT_COUNT; digit++) {
      let lo = range[0]!;
      let hi = range[1]!;
      if (digit === THUMB_DIGIT) hi = activity === 'knead' ? 0.8 : 0.2;
      for (let step = 0; step < 9; step++) {
        const mid = (lo + hi) / 2;
        extra[digit] = mid;
        applyShape(rig, shape, extra);
        if (digitDistance(input, digit, lift) > REST_CLEARANCE_M) lo = mid;
        else hi = mid;
      }
      extra[digit] = lo;
    }
    // Where even straight fingers would meet a bump (the knee), the fingers mold onto it
    // (handConform.ts): the palm stays on the skin.
  }
  for (let d = 0; d < DIGIT_COUNT; d++) out[at + EXTRA + d] = extra[d]!;
}

/**
 * A hand's stations along one stroke: from level s0 to s1 at a fixed θ and heading, evenly in s.
 * `at(s)` and `conformAt(s)` interpolate (allocation-free, into the caller's arrays).
 */
export class ContactTable {
  constructor(
    readonly s0: number,
    readonly s1: number,
    readonly data: Float64Array,
    /** Per station, each vertex's molding displacement (handConform.ts), hand frame. */
    readonly conform: Float32Array,
    /** Per station, the hand's vertices as posed there (model space): what the other hand meets. */
    readonly posed: Float32Array,
  ) {}

  get count(): number {
    return this.data.length / STATION_STRIDE;
  }

  /** Lower station index and the fraction toward the next, for level s. */
  private place(s: number): number {
    const n = this.count;
    const span = this.s1 - this.s0;
    const f = n < 2 || Math.abs(span) < 1e-9 ? 0 : ((s - this.s0) / span) * (n - 1);
    return Math.min(n - 1, Math.max(0, f));
  }

  /** Interpolated station at level s, written into `out` (length STATION_STRIDE). */
  at(s: number, out: Float64Array): Float64Array {
    const n = this.count;
    const x = this.place(s);
    const i = Math.max(0, Math.min(n - 2, Math.floor(x)));
    const t = n < 2 ? 0 : x - i;
    for (let k = 0; k < STATION_STRIDE; k++) {
      const a = this.data[i * STATION_STRIDE + k]!;
      const b = this.data[Math.min(n - 1, i + 1) * STATION_STRIDE + k]!;
      out[k] = a + (b - a) * t;
    }
    return out;
  }

  /** The molding displacement at level s, × `weight`, added into `out` (3 × vertex count). */
  addConformAt(s: number, weight: number, out: Float32Array): Float32Array {
    const n = this.count;
    const len = out.length;
    const x = this.place(s);
    const i = Math.max(0, Math.min(n - 2, Math.floor(x)));
    const t = n < 2 ? 0 : x - i;
    const a = i * len;
    const b = Math.min(n - 1, i + 1) * len;
    const c = this.conform;
    for (let k = 0; k < len; k++)
      out[k] = out[k]! + (c[a + k]! + (c[b + k]! - c[a + k]!) * t) * weight;
    return out;
  }
}

export const STATION_LIFT = LIFT;
export const STATION_CURVATURE = CURVATURE;
export const STATION_EXTRA = EXTRA;

/**
 * Between two stations the hand takes in-between values, which over a bump (the knee) can
 * sink where neither station does: each station keeps the higher lift and the straighter
 * fingers of itself and its neighbours, so the hand may float a little but never sinks.
 */
function safeBetweenStations(data: Float64Array, count: number): Float64Array {
  const out = data.slice();
  for (let i = 0; i < count; i++) {
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= count) continue;
      const a = i * STATION_STRIDE;
      const b = j * STATION_STRIDE;
      out[a + LIFT] = Math.max(out[a + LIFT]!, data[b + LIFT]!);
      for (let d = 0; d < DIGIT_COUNT; d++) {
        out[a + EXTRA + d] = Math.min(out[a + EXTRA + d]!, data[b + EXTRA + d]!);
      }
    }
  }
  return out;
}

/** Stations on either side whose wraps a station's is averaged with. */
const WRAP_WINDOW = 4;
const placed = new Matrix4();
const liftBy = new Matrix4();
const scaleBy = new Matrix4();

/**
 * The drawn hand frame of a station (scale included), as the frame draws it: on the skin at the
 * station's (s, θ) moved by the stack's shift, lifted along the normal.
 */
function stationMatrix(input: StationInput, lift: number, out: Matrix4): Matrix4 {
  const shift = input.shift ?? { s: 0, theta: 0 };
  skinFrame(
    input.probe,
    input.s + shift.s,
    input.theta + shift.theta,
    input.heading,
    point,
    normal,
    out,
  );
  out.premultiply(liftBy.makeTranslation(normal.x * lift, normal.y * lift, normal.z * lift));
  return out.multiply(scaleBy.makeScale(input.scale, input.scale, input.scale));
}

/** The other hand of the pair on the same stroke, already solved: the obstacle at each station. */
export interface OtherHand {
  table: ContactTable;
  index: ArrayLike<number>;
}

/** Stations of one hand along a stroke; `thetaAt` says where round the leg it is at each level. */
export function solveTable(
  base: Omit<StationInput, 's' | 'lower' | 'theta'>,
  thetaAt: (s: number) => number,
  s0: number,
  s1: number,
  count: number,
  lowerTable?: { table: ContactTable; dorsum: number },
  other?: OtherHand,
): ContactTable {
  const data = new Float64Array(count * STATION_STRIDE);
  const scratch = new Float64Array(STATION_STRIDE);
  const levelAt = (i: number) => (count < 2 ? s0 : s0 + ((s1 - s0) * i) / (count - 1));
  for (let i = 0; i < count; i++) {
    const s = levelAt(i);
    const lower = lowerTable
      ? (() => {
          lowerTable.table.at(s, scratch);
          return { lift: scratch[LIFT]!, k: scratch[CURVATURE]!, dorsum: lowerTable.dorsum };
        })()
      : undefined;
    solveStation({ ...base, s, theta: thetaAt(s), lower }, data, i * STATION_STRIDE);
  }
  if (base.layer === 0) {
    // The wrap that fits best jumps from station to station over the bumps, and a hand whose
    // wrap changes between stations sinks there: each station takes its neighbours' mean wrap
    // and is solved again with it (the molding fits the rest).
    const ks = Array.from({ length: count }, (_, i) => data[i * STATION_STRIDE + CURVATURE]!);
    for (let i = 0; i < count; i++) {
      let sum = 0;
      let n = 0;
      for (let j = i - WRAP_WINDOW; j <= i + WRAP_WINDOW; j++) {
        if (j < 0 || j >= count) continue;
        sum += ks[j]!;
        n++;
      }
      const s = levelAt(i);
      solveStation({ ...base, s, theta: thetaAt(s), k: sum / n }, data, i * STATION_STRIDE);
    }
  }
  const safe = safeBetweenStations(data, count);
  // With the rigid hand settled, each station molds it onto the skin and off the other hand.
  const vertexCount = base.rig.mesh.geometry.getAttribute('position').count;
  const stride = vertexCount * 3;
  const conform = new Float32Array(count * stride);
  const posed = new Float32Array(count * stride);
  const row = new Float32Array(stride);
  const rowPosed = new Float64Array(stride);
  const otherRows = other && other.table.count === count ? other : undefined;
  for (let i = 0; i < count; i++) {
    const s = levelAt(i);
    const input: StationInput = { ...base, s, theta: thetaAt(s) };
    const at = i * STATION_STRIDE;
    shapeFor(base.activity, 1, shape);
    for (let d = 0; d < DIGIT_COUNT; d++) extra[d] = safe[at + EXTRA + d]!;
    applyShape(base.rig, shape, extra);
    bendFor(base.rig, base.heading, safe[at + CURVATURE]!, bend);
    stationMatrix(input, safe[at + LIFT]!, placed);
    let obstacle: HandObstacle | undefined;
    if (otherRows) {
      const slice = otherRows.table.posed.subarray(i * stride, (i + 1) * stride);
      obstacle = handObstacle(slice, otherRows.index);
    }
    solveConform(
      { rig: base.rig, bend, matrix: placed, probe: base.probe, obstacle },
      row,
      rowPosed,
    );
    conform.set(row, i * stride);
    posed.set(rowPosed, i * stride);
  }
  return new ContactTable(s0, s1, safe, conform, posed);
}
