/**
 * A soft hand molds onto what it rests on: per-vertex displacements (in the hand frame, after
 * the wrap) that bring every vertex sunk into the skin, or into the other hand, back out to
 * it. Each push spreads smoothly to the vertices near it on the hand at rest (distance across
 * the hand, not through it), so the back of the hand follows the palm under it and nothing
 * crumples. Solved at the contact stations (never per frame); a frame interpolates the
 * stations' displacements, drawn by the bend shader (handBend.ts) and mirrored on the CPU by
 * posedVertices, so the tests measure what is drawn.
 */
import {
  Box3,
  BufferAttribute,
  BufferGeometry,
  DoubleSide,
  Matrix3,
  Matrix4,
  Ray,
  Vector3,
} from 'three';
import { MeshBVH, type HitPointInfo } from 'three-mesh-bvh';
import type { BendParams } from './handBend';
import type { HandRig } from './handRig';
import { posedVertices } from './posedVertices';
import type { SkinProbe } from './skinProbe';

/** Where a molded vertex comes to rest over the skin (m). */
export const SKIN_CLEARANCE_M = 0.0012;
/** And over the other hand (m): hands interpolated between stations keep clear of each other. */
export const HAND_CLEARANCE_M = 0.004;
/** How far across the hand at rest (m) one vertex's push spreads, fading to nothing. */
const SPREAD_RADIUS_M = 0.024;
/**
 * Within this distance (m, across the hand at rest) of the palm's contact point, pushes from
 * other vertices fade in: the palm's centre stays where the contact put it, on the skin.
 */
const PIN_RADIUS_M = 0.02;
const PIN_CORE_M = 0.008;
/** Rounds of push and re-measure (the pushes of neighbours point different ways). */
const ROUNDS = 10;
/** After the first round only vertices that were this near the skin (m) are measured again. */
const NEAR_M = 0.004;
/**
 * How far a vertex's skin query looks (m): past NEAR_M a vertex only counts as far, so past
 * twice that the answer is the same (and `clear` a lower bound still), and found sooner.
 */
const CONFORM_REACH_M = 2 * NEAR_M;

/** The other hand as posed at a station: how deep (m) a point is inside it, and its vertices. */
export interface HandObstacle {
  depth(p: Vector3, outward: Vector3): number;
  /** A lower bound (m) of p's distance to the hand's surface, up to `OBSTACLE_REACH_M`. */
  clearance(p: Vector3): number;
  vertices: ArrayLike<number>;
}

/** How far (m) `clearance` looks: past it a point is "far" from the other hand. */
const OBSTACLE_REACH_M = 0.02;

/**
 * An inside test (ray crossings) over a hand's posed vertices and its mesh's triangles. The
 * bounding-volume hierarchy is built only when a point falls inside the hand's box: most
 * stations' hands never come near each other.
 */
export function handObstacle(
  vertices: ArrayLike<number>,
  index: ArrayLike<number>,
): HandObstacle & { lastFace(): number } {
  const box = new Box3().makeEmpty();
  const corner = new Vector3();
  for (let i = 0; i < vertices.length; i += 3)
    box.expandByPoint(corner.set(vertices[i]!, vertices[i + 1]!, vertices[i + 2]!));
  let bvh: MeshBVH | null = null;
  const tree = (): MeshBVH => {
    if (bvh) return bvh;
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(Float32Array.from(vertices), 3));
    geometry.setIndex(new BufferAttribute(Uint32Array.from(index), 1));
    bvh = new MeshBVH(geometry);
    return bvh;
  };
  const hit: HitPointInfo = { point: new Vector3(), distance: 0, faceIndex: 0 };
  return {
    vertices,
    lastFace: () => hit.faceIndex,
    clearance(p) {
      const out = box.distanceToPoint(p);
      if (out > 0) return Math.min(out, OBSTACLE_REACH_M);
      return tree().closestPointToPoint(p, hit, 0, OBSTACLE_REACH_M)
        ? hit.distance
        : OBSTACLE_REACH_M;
    },
    depth(p, outward) {
      if (!box.containsPoint(p) || !insideByVote(tree(), p)) return 0;
      if (!tree().closestPointToPoint(p, hit) || hit.distance < 1e-7) return 0;
      outward.subVectors(hit.point, p).divideScalar(hit.distance);
      return hit.distance;
    },
  };
}

/**
 * Three rays in unrelated directions: a point is inside when at least two cross the surface an
 * odd number of times. One ray is fooled where it grazes an edge or a seam of the posed mesh:
 * measured on the front thigh compression, a single ray put 20 of the lower hand's vertices
 * 20-31 mm "inside" the stacked hand, which the two other rays saw outside.
 */
const VOTE_RAYS = [
  new Ray(new Vector3(), new Vector3(0.5773, 0.5774, 0.5773)),
  new Ray(new Vector3(), new Vector3(-0.3, 0.9, 0.31).normalize()),
  new Ray(new Vector3(), new Vector3(0.8, -0.2, -0.56).normalize()),
];

function insideByVote(bvh: MeshBVH, p: Vector3): boolean {
  let odd = 0;
  for (let r = 0; r < VOTE_RAYS.length; r++) {
    const ray = VOTE_RAYS[r]!;
    ray.origin.copy(p);
    if (bvh.raycast(ray, DoubleSide).length % 2 === 1) odd++;
    if (odd === 2) return true;
    if (odd + (VOTE_RAYS.length - 1 - r) < 2) return false;
  }
  return false;
}

/** Per rig: each vertex's place across the hand at rest (x and z of the hand frame). */
const restPlaces = new WeakMap<HandRig, Float64Array>();

function restPlace(rig: HandRig): Float64Array {
  const known = restPlaces.get(rig);
  if (known) return known;
  const pos = rig.mesh.geometry.getAttribute('position');
  const out = new Float64Array(pos.count * 2);
  const v = new Vector3();
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(rig.meshToHand);
    out[i * 2] = v.x;
    out[i * 2 + 1] = v.z;
  }
  restPlaces.set(rig, out);
  return out;
}

/**
 * 0 within `PIN_CORE_M` of the palm's contact point (pushes repeated round after round would
 * otherwise add up there), growing to 1 at PIN_RADIUS_M across the hand from it.
 */
function pinAt(rest: Float64Array, v: number): number {
  const r = Math.hypot(rest[v * 2]!, rest[v * 2 + 1]!);
  const f = Math.min(1, Math.max(0, (r - PIN_CORE_M) / (PIN_RADIUS_M - PIN_CORE_M)));
  return f * f;
}

const o = new Vector3();
const up = new Vector3();

/** Adds a push for each face of this hand (posed) that the other hand's vertices are inside. */
function overlapOf(
  rest: Float64Array,
  obstacle: HandObstacle,
  posed: Float64Array,
  index: ArrayLike<number>,
  probe: SkinProbe,
  sunk: number[],
  need: number[],
  way: number[],
  far: Float32Array,
  moved: number,
  round: number,
  away: Float32Array,
): void {
  const mine = handObstacle(posed, index);
  const theirs = obstacle.vertices;
  for (let i = 0; i < theirs.length; i += 3) {
    // Outside this hand at first and farther from it than any of its vertices has moved since.
    if (round > 0 && far[i / 3]! > moved) continue;
    o.set(theirs[i]!, theirs[i + 1]!, theirs[i + 2]!);
    const depth = mine.depth(o, up);
    if (round === 0) far[i / 3] = depth > 0 ? 0 : mine.clearance(o);
    if (depth <= 0) continue;
    // The way off the leg at one of the other hand's vertices (they stay put): asked once.
    const j = i / 3;
    if (far[j] !== -1) {
      probe.signedDistance(o, up);
      away[i] = up.x;
      away[i + 1] = up.y;
      away[i + 2] = up.z;
      far[j] = -1;
    } else up.fromArray(away, i);
    const face = mine.lastFace();
    for (let c = 0; c < 3; c++) {
      const v = index[face * 3 + c]!;
      // Not at the palm's centre, which stays on the skin: the other hand keeps what it has
      // there rather than lift this palm off the leg.
      sunk.push(v);
      need.push((depth + HAND_CLEARANCE_M) * pinAt(rest, v));
      way.push(up.x, up.y, up.z);
    }
  }
}

export interface ConformInput {
  /** The rig with its joints posed as drawn. */
  rig: HandRig;
  bend: BendParams;
  /** Hand frame → model space, scale included (the rig root's matrix). */
  matrix: Matrix4;
  probe: SkinProbe;
  /** The other hand where it may meet this one. */
  obstacle?: HandObstacle;
  /**
   * A station solved before (its molded vertices and their `clear`): the skin distance is
   * 1-Lipschitz, so a vertex that was far from the skin there and moved little since is known
   * to be far without asking the skin.
   */
  near?: SolvedStation;
}

/** A solved station's molded vertices (model space) and, per vertex, a lower bound (m) of its distance to the skin. */
export interface SolvedStation {
  posed: ArrayLike<number>;
  clear: Float32Array;
}

/** The lowest skin distance vertex i at p can have, from what a solved station knows (m). */
export function clearFrom(station: SolvedStation, i: number, p: Vector3): number {
  const dx = p.x - station.posed[i * 3]!;
  const dy = p.y - station.posed[i * 3 + 1]!;
  const dz = p.z - station.posed[i * 3 + 2]!;
  return station.clear[i]! - Math.sqrt(dx * dx + dy * dy + dz * dz);
}

const p = new Vector3();
const d = new Vector3();
const dirSkin = new Vector3();
const dirHand = new Vector3();
const toHand = new Matrix3();
const fromHand = new Matrix3();
const inverse = new Matrix4();

/**
 * Writes each vertex's displacement (hand frame, before the hand's scale; length 3 × vertex
 * count) into `out`, the posed vertices with it applied (model space) into `posed`, and with
 * `clear`, a lower bound of each posed vertex's distance to the skin (m).
 */
export function solveConform(
  input: ConformInput,
  out: Float32Array,
  posed: Float64Array,
  clear?: Float32Array,
): void {
  const { rig, probe, obstacle } = input;
  const n = rig.mesh.geometry.getAttribute('position').count;
  const index = rig.mesh.geometry.getIndex()!.array;
  const rest = restPlace(rig);
  const base = posedVertices(rig, input.matrix, input.bend, new Float64Array(n * 3));
  fromHand.setFromMatrix4(input.matrix);
  toHand.setFromMatrix4(inverse.copy(input.matrix).invert());
  out.fill(0);
  const sunk: number[] = [];
  const need: number[] = [];
  const way: number[] = [];
  const r2 = SPREAD_RADIUS_M * SPREAD_RADIUS_M;
  const first = new Float64Array(n);
  // Per vertex, outside the other hand at first and at least this far (m) from it; and per
  // vertex of the other hand, the same for this hand: until pushes move them that far, no
  // need to ask again.
  const handFar = new Float32Array(n);
  const theirFar = new Float32Array(obstacle ? obstacle.vertices.length / 3 : 0);
  const away = new Float32Array(obstacle ? obstacle.vertices.length : 0);
  for (let round = 0; round <= ROUNDS; round++) {
    sunk.length = need.length = way.length = 0;
    // How far the vertex molded most has moved so far (m).
    let moved = 0;
    for (let i = 0; i < n; i++) {
      d.fromArray(out, i * 3).applyMatrix3(fromHand);
      const shift = d.length();
      if (shift > moved) moved = shift;
      p.fromArray(base, i * 3).add(d);
      posed[i * 3] = p.x;
      posed[i * 3 + 1] = p.y;
      posed[i * 3 + 2] = p.z;
      if (round === ROUNDS) continue;
      // Pushes only ever move a vertex out: one far from the skin at first stays clear of it.
      if (round > 0 && first[i]! > NEAR_M && !obstacle) continue;
      d.set(0, 0, 0);
      // Known far from the skin (past NEAR_M): no push from it, and not measured again.
      const known = round === 0 && input.near ? clearFrom(input.near, i, p) : -Infinity;
      const skin =
        round > 0 && first[i]! > NEAR_M
          ? SKIN_CLEARANCE_M
          : known > NEAR_M
            ? known
            : probe.signedDistance(p, dirSkin, CONFORM_REACH_M);
      if (round === 0) first[i] = skin;
      if (skin < SKIN_CLEARANCE_M) d.addScaledVector(dirSkin, SKIN_CLEARANCE_M - skin);
      let inHand = 0;
      if (obstacle && (round === 0 || handFar[i]! <= shift)) {
        inHand = obstacle.depth(p, dirHand);
        if (round === 0) handFar[i] = inHand > 0 ? 0 : obstacle.clearance(p);
      }
      // Off the other hand by going over it (away from the leg), never down into the skin; the
      // palm's centre stays on the skin even where the other hand's edge lies under it.
      if (inHand > 0) {
        // The way off the skin, where the query above did not find it (far, or past its reach).
        if (first[i]! > NEAR_M || skin >= CONFORM_REACH_M) probe.signedDistance(p, dirSkin);
        d.addScaledVector(dirSkin, (inHand + HAND_CLEARANCE_M) * pinAt(rest, i));
      }
      const amount = d.length();
      if (amount < 1e-5) continue;
      sunk.push(i);
      need.push(amount);
      way.push(d.x / amount, d.y / amount, d.z / amount);
    }
    // The other hand's vertices inside this one (a fingertip through the palm between this
    // hand's vertices): the faces they are in go up over them.
    if (obstacle && round < ROUNDS) {
      overlapOf(rest, obstacle, posed, index, probe, sunk, need, way, theirFar, moved, round, away);
    }
    if (round === ROUNDS || sunk.length === 0) break;
    // Each vertex takes the largest faded push of those near it, in their blended direction.
    for (let v = 0; v < n; v++) {
      const x = rest[v * 2]!;
      const z = rest[v * 2 + 1]!;
      const pin = pinAt(rest, v);
      let most = 0;
      d.set(0, 0, 0);
      for (let k = 0; k < sunk.length; k++) {
        const j = sunk[k]!;
        const dx = rest[j * 2]! - x;
        const dz = rest[j * 2 + 1]! - z;
        const q = (dx * dx + dz * dz) / r2;
        if (q >= 1) continue;
        const m = need[k]! * (1 - q) * (1 - q) * (j === v ? 1 : pin);
        if (m > most) most = m;
        d.x += m * way[k * 3]!;
        d.y += m * way[k * 3 + 1]!;
        d.z += m * way[k * 3 + 2]!;
      }
      if (most === 0) continue;
      d.normalize().multiplyScalar(most).applyMatrix3(toHand);
      out[v * 3] = out[v * 3]! + d.x;
      out[v * 3 + 1] = out[v * 3 + 1]! + d.y;
      out[v * 3 + 2] = out[v * 3 + 2]! + d.z;
    }
  }
  if (!clear) return;
  // Moved by its molding since it was measured: farther from what it measured by at most that.
  for (let i = 0; i < n; i++) {
    const dx = posed[i * 3]! - base[i * 3]!;
    const dy = posed[i * 3 + 1]! - base[i * 3 + 1]!;
    const dz = posed[i * 3 + 2]! - base[i * 3 + 2]!;
    clear[i] = first[i]! - Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
}
