/**
 * Contact between a rigged hand and the skin, solved once per stroke at stations along the
 * hand's path (never per frame): how high the palm sits and how much it wraps so it rests on
 * the skin without sinking, and how far each finger and the thumb bend until the pad touches.
 * The frame only interpolates between stations.
 */
import { Matrix4, Vector2, Vector3 } from 'three';
import { shapeFor, type HandActivity } from '../../protocol/motion/handShapes';
import { bendPoint, type BendParams } from './handBend';
import {
  clearFrom,
  handObstacle,
  solveConform,
  type HandObstacle,
  type SolvedStation,
} from './handConform';
import { applyShape, DIGIT_COUNT, THUMB_DIGIT, type HandRig } from './handRig';
import { posedVertices } from './posedVertices';
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
  /** Only the wrap (the lower hand; all a first pass needs): no lift, the digits straight. */
  wrapOnly?: boolean;
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
    // Only a point closer than the lowest so far counts: its query stops at that distance.
    min = Math.min(min, input.probe.signedDistance(p, undefined, min > 0 ? min : undefined));
  }
  return Number.isFinite(min) && min < FAR_REACH_M ? REST_CLEARANCE_M - min : 0;
}

/**
 * How far the digits' skin queries look (m): the solver only asks whether a digit is clear of
 * the skin by the rest clearance, so past twice that the answer is the same, and found sooner.
 */
const DIGIT_REACH_M = 2 * REST_CLEARANCE_M;

/**
 * The lowest signed distance to the skin of a digit's palm-side vertices, as posed now (at most
 * DIGIT_REACH_M).
 */
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
    min = Math.min(min, input.probe.signedDistance(p, undefined, DIGIT_REACH_M));
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
    if (input.wrapOnly) {
      out.fill(0, at, at + STATION_STRIDE);
      out[at + CURVATURE] = k;
      return;
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
 * A hand's stations along one stroke, from level s0 to s1 at the levels `levels` (in order from
 * s0 to s1; closer where the hand's molding changes fast). `at(s)`, `addConformAt(s)` and
 * `posedAt(s)` interpolate (allocation-free, into the caller's arrays).
 */
export class ContactTable {
  constructor(
    readonly s0: number,
    readonly s1: number,
    readonly levels: Float64Array,
    readonly data: Float64Array,
    /** Per station, each vertex's molding displacement (handConform.ts), hand frame. */
    readonly conform: Float32Array,
    /** Per station, the hand's vertices as posed there (model space): what the other hand meets. */
    readonly posed: Float32Array,
  ) {}

  get count(): number {
    return this.levels.length;
  }

  private lower = 0;
  private fraction = 0;

  /** Finds the station at or below level s and the fraction toward the next (no allocation). */
  private place(s: number): void {
    const n = this.count;
    const dir = this.s1 >= this.s0 ? 1 : -1;
    const x = (s - this.s0) * dir;
    const lv = this.levels;
    if (n < 2 || x <= 0) {
      this.lower = 0;
      this.fraction = 0;
      return;
    }
    if (x >= (lv[n - 1]! - this.s0) * dir) {
      this.lower = n - 2;
      this.fraction = 1;
      return;
    }
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((lv[mid]! - this.s0) * dir <= x) lo = mid;
      else hi = mid;
    }
    const span = lv[hi]! - lv[lo]!;
    this.lower = lo;
    this.fraction = Math.abs(span) < 1e-12 ? 0 : (s - lv[lo]!) / span;
  }

  /** Interpolated station at level s, written into `out` (length STATION_STRIDE). */
  at(s: number, out: Float64Array): Float64Array {
    this.place(s);
    const i = this.lower;
    const t = this.fraction;
    const j = Math.min(this.count - 1, i + 1);
    for (let k = 0; k < STATION_STRIDE; k++) {
      const a = this.data[i * STATION_STRIDE + k]!;
      const b = this.data[j * STATION_STRIDE + k]!;
      out[k] = a + (b - a) * t;
    }
    return out;
  }

  private static blendRows(
    rows: Float32Array,
    i: number,
    j: number,
    t: number,
    weight: number,
    out: Float32Array,
  ): void {
    const len = out.length;
    const a = i * len;
    const b = j * len;
    for (let k = 0; k < len; k++)
      out[k] = out[k]! + (rows[a + k]! + (rows[b + k]! - rows[a + k]!) * t) * weight;
  }

  /** The molding displacement at level s, × `weight`, added into `out` (3 × vertex count). */
  addConformAt(s: number, weight: number, out: Float32Array): Float32Array {
    this.place(s);
    ContactTable.blendRows(
      this.conform,
      this.lower,
      Math.min(this.count - 1, this.lower + 1),
      this.fraction,
      weight,
      out,
    );
    return out;
  }

  /** The hand's vertices about as posed at level s (interpolated between stations), into `out`. */
  posedAt(s: number, out: Float32Array): Float32Array {
    out.fill(0);
    this.place(s);
    ContactTable.blendRows(
      this.posed,
      this.lower,
      Math.min(this.count - 1, this.lower + 1),
      this.fraction,
      1,
      out,
    );
    return out;
  }
}

export const STATION_LIFT = LIFT;
export const STATION_CURVATURE = CURVATURE;
export const STATION_EXTRA = EXTRA;

/** Stations on either side whose wraps a station's is averaged with. */
const WRAP_WINDOW = 4;
/**
 * Between two stations the drawn hand takes in-between molding; where it would sink deeper than
 * this (m, pressing) or meet the other hand, a station is added half-way, up to `REFINE_ROUNDS`
 * times over.
 */
const REFINE_SINK_M = 0.0015;
const REFINE_ROUNDS = 3;
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

interface Station extends SolvedStation {
  s: number;
  data: Float64Array;
  conform: Float32Array;
  posed: Float32Array;
}

/**
 * Stations of one hand along a stroke; `thetaAt` says where round the leg it is at each level.
 * `press` (m) is how far the frame presses the hand in at most (handMotion.ts). Solved in
 * steps: it yields after each station solved or molded and each pair of stations checked (a few
 * ms each), so the page can draw between them; returns the table. Between steps the rigs may be
 * posed by others: each step poses them itself.
 */
export function* solveTableSteps(
  base: Omit<StationInput, 's' | 'lower' | 'theta'> & { press: number },
  thetaAt: (s: number) => number,
  s0: number,
  s1: number,
  count: number,
  lowerTable?: { table: ContactTable; dorsum: number },
  other?: OtherHand,
): Generator<void, ContactTable, void> {
  const { rig, probe } = base;
  const vertexCount = rig.mesh.geometry.getAttribute('position').count;
  const stride = vertexCount * 3;
  const scratch = new Float64Array(STATION_STRIDE);
  const lowerAt = (s: number) => {
    if (!lowerTable) return undefined;
    lowerTable.table.at(s, scratch);
    return { lift: scratch[LIFT]!, k: scratch[CURVATURE]!, dorsum: lowerTable.dorsum };
  };
  const rigidAt = (s: number, k?: number, wrapOnly = false): Float64Array => {
    const row = new Float64Array(STATION_STRIDE);
    solveStation({ ...base, s, theta: thetaAt(s), lower: lowerAt(s), k, wrapOnly }, row, 0);
    return row;
  };
  // The other hand at the same moment: the same fraction of its own stroke.
  const otherPosed = new Float32Array(stride);
  const obstacleAt = (s: number): HandObstacle | undefined => {
    if (!other) return undefined;
    const f = Math.abs(s1 - s0) < 1e-9 ? 0 : (s - s0) / (s1 - s0);
    other.table.posedAt(other.table.s0 + (other.table.s1 - other.table.s0) * f, otherPosed);
    return handObstacle(otherPosed, other.index);
  };
  const pose = (s: number, data: Float64Array, lift: number) => {
    shapeFor(base.activity, 1, shape);
    for (let d = 0; d < DIGIT_COUNT; d++) extra[d] = data[EXTRA + d]!;
    applyShape(rig, shape, extra);
    bendFor(rig, base.heading, data[CURVATURE]!, bend);
    stationMatrix({ ...base, s, theta: thetaAt(s) }, lift, placed);
  };
  const row = new Float32Array(stride);
  const rowPosed = new Float64Array(stride);
  // `near`: a station molded before, next to this one; the skin is asked only about vertices
  // that may be near it.
  const mold = (st: Station, near?: Station) => {
    pose(st.s, st.data, st.data[LIFT]!);
    const obstacle = obstacleAt(st.s);
    solveConform({ rig, bend, matrix: placed, probe, obstacle, near }, row, rowPosed, st.clear);
    st.conform.set(row);
    st.posed.set(rowPosed);
  };
  const station = (s: number, data: Float64Array): Station => ({
    s,
    data,
    conform: new Float32Array(stride),
    posed: new Float32Array(stride),
    clear: new Float32Array(vertexCount),
  });

  const levelAt = (i: number) => (count < 2 ? s0 : s0 + ((s1 - s0) * i) / (count - 1));
  let stations: Station[] = [];
  for (let i = 0; i < count; i++) {
    // Solved again below with its neighbours' wrap (the lower hand): only the wrap now.
    stations.push(station(levelAt(i), rigidAt(levelAt(i), undefined, base.layer === 0)));
    yield;
  }
  if (base.layer === 0) {
    // The wrap that fits best jumps from station to station over the bumps, and a hand whose
    // wrap changes between stations sinks there: each station takes its neighbours' mean wrap
    // and is solved again with it (the molding fits the rest).
    const ks = stations.map((st) => st.data[CURVATURE]!);
    const again: Station[] = [];
    for (let i = 0; i < count; i++) {
      let sum = 0;
      let n = 0;
      for (let j = i - WRAP_WINDOW; j <= i + WRAP_WINDOW; j++) {
        if (j < 0 || j >= count) continue;
        sum += ks[j]!;
        n++;
      }
      again.push(station(stations[i]!.s, rigidAt(stations[i]!.s, sum / n)));
      yield;
    }
    stations = again;
  }
  // The straighter fingers of each station and its neighbours: a finger bending between two
  // stations over a bump would otherwise sink.
  const extras = stations.map((st) => st.data.slice(EXTRA));
  stations.forEach((st, i) => {
    for (const j of [i - 1, i + 1]) {
      const e = extras[j];
      if (!e) continue;
      for (let d = 0; d < DIGIT_COUNT; d++)
        st.data[EXTRA + d] = Math.min(st.data[EXTRA + d]!, e[d]!);
    }
  });
  // With the rigid hand settled, each station molds it onto the skin and off the other hand.
  for (let i = 0; i < stations.length; i++) {
    mold(stations[i]!, stations[i - 1]);
    yield;
  }

  // Where the hand drawn half-way between two stations would sink or meet the other hand, a
  // station is added there.
  const mid = station(0, new Float64Array(STATION_STRIDE));
  const drawn = new Float64Array(stride);
  const q = new Vector3();
  const way = new Vector3();
  const fails = (a: Station, b: Station): boolean => {
    mid.s = (a.s + b.s) / 2;
    for (let k = 0; k < STATION_STRIDE; k++) mid.data[k] = (a.data[k]! + b.data[k]!) / 2;
    for (let k = 0; k < stride; k++) mid.conform[k] = (a.conform[k]! + b.conform[k]!) / 2;
    pose(mid.s, mid.data, mid.data[LIFT]! - base.press);
    posedVertices(rig, placed, bend, drawn, mid.conform);
    const obstacle = obstacleAt(mid.s);
    for (let v = 0; v < vertexCount; v++) {
      q.fromArray(drawn, v * 3);
      // Asked only where the stations on either side cannot rule a sinking out.
      const known = Math.max(clearFrom(a, v, q), clearFrom(b, v, q));
      if (
        known < -REFINE_SINK_M &&
        probe.signedDistance(q, undefined, REFINE_SINK_M) < -REFINE_SINK_M
      )
        return true;
      if (obstacle && obstacle.depth(q, way) > 0.001) return true;
    }
    if (!obstacle) return false;
    const mine = handObstacle(drawn, rig.mesh.geometry.getIndex()!.array);
    const theirs = obstacle.vertices;
    for (let v = 0; v < theirs.length; v += 3) {
      q.set(theirs[v]!, theirs[v + 1]!, theirs[v + 2]!);
      if (mine.depth(q, way) > 0.001) return true;
    }
    return false;
  };
  // Pairs found sound are not checked again in later rounds.
  const soundPair = new WeakMap<Station, Station>();
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    const next: Station[] = [stations[0]!];
    let added = 0;
    for (let i = 1; i < stations.length; i++) {
      const a = stations[i - 1]!;
      const b = stations[i]!;
      if (soundPair.get(a) === b) {
        next.push(b);
        continue;
      }
      const failed = fails(a, b);
      yield;
      if (!failed) {
        soundPair.set(a, b);
      } else {
        const s = (a.s + b.s) / 2;
        const data =
          base.layer === 0 ? rigidAt(s, (a.data[CURVATURE]! + b.data[CURVATURE]!) / 2) : rigidAt(s);
        for (let d = 0; d < DIGIT_COUNT; d++) {
          data[EXTRA + d] = Math.min(data[EXTRA + d]!, a.data[EXTRA + d]!, b.data[EXTRA + d]!);
        }
        const st = station(s, data);
        mold(st, a);
        yield;
        next.push(st);
        added++;
      }
      next.push(b);
    }
    stations = next;
    if (added === 0) break;
  }

  const n = stations.length;
  const data = new Float64Array(n * STATION_STRIDE);
  const conform = new Float32Array(n * stride);
  const posed = new Float32Array(n * stride);
  stations.forEach((st, i) => {
    data.set(st.data, i * STATION_STRIDE);
    conform.set(st.conform, i * stride);
    posed.set(st.posed, i * stride);
  });
  return new ContactTable(
    s0,
    s1,
    Float64Array.from(stations.map((st) => st.s)),
    data,
    conform,
    posed,
  );
}
