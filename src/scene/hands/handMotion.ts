/**
 * Drives the two rigged hands from the lesson's pose: each frame it places each hand's frame
 * on the skin, sets its wrap and joint angles, and blends shapes across strokes and lifted
 * returns. Everything heavy (contact) is solved per stroke when the timeline is prepared; a
 * frame only interpolates, and allocates nothing.
 */
import { Matrix4, Vector2, Vector3 } from 'three';
import { lerpDegrees } from '../../anatomy/chartAngle';
import type { LegSide } from '../../anatomy/names';
import {
  fingerHeading,
  palmThetaOffset,
  STACK_SHIFT_DEGREES,
  STACK_SHIFT_S,
  stackLayer,
  topHand,
} from '../../protocol/motion/handArrangement';
import { handThetaAt, placeHands } from '../../protocol/motion/handPlacement';
import {
  blendShapes,
  RELAXED_SHAPE,
  SHAPE_LENGTH,
  shapeFor,
  type HandActivity,
} from '../../protocol/motion/handShapes';
import { sample } from '../../protocol/sample';
import type {
  Clip,
  HandPose,
  HandSide,
  Pose,
  ReturnClip,
  StrokeClip,
  Timeline,
} from '../../protocol/timeline';
import type { BendParams } from './handBend';
import {
  bendFor,
  ContactTable,
  skinFrame,
  solveTableSteps,
  STATION_CURVATURE,
  STATION_EXTRA,
  STATION_LIFT,
  STATION_STRIDE,
} from './handContact';
import { HAND_CLEARANCE_M, handObstacle } from './handConform';
import { applyShape, DIGIT_COUNT, type Handedness, type HandRig } from './handRig';
import { posedVertices } from './posedVertices';
import type { SkinProbe } from './skinProbe';

/** Stations per stroke and hand: at least this many, and at most `STATION_SPACING_S` apart. */
export const STATIONS = 24;
/**
 * Along a long glide the soft hand's molding changes fast as bumps (the malleoli, the knee) pass
 * under it; stations this close (in s, about 9 mm of leg) keep what lies between them molded.
 */
const STATION_SPACING_S = 0.008;
/** How deep the hand presses into the soft skin at full squeeze or pulse (m). */
export const PRESS_DEPTH_M = 0.0018;
/** Height of the lifted hands' arc over the skin on a return (m). */
export const RETURN_LIFT_M = 0.035;
/** How steeply the return's arc leaves and meets the skin (× a half sine, capped at full lift). */
const RETURN_RISE = 3;
/**
 * Moments of a lifted return at which the hands are checked against the skin (solved with the
 * strokes on either side): where the relaxed hand would dip into the leg it is lifted higher.
 */
const RETURN_STATIONS = 32;
/** Times the upper hand is raised and checked again where the two hands meet on a return. */
const RETURN_HAND_ROUNDS = 4;
/** Clearance the lifted hand keeps over the skin at those moments (m). */
const RETURN_CLEARANCE_M = 0.003;

/** Which model hand draws the practitioner's `side` hand: the scene mirrors the left leg. */
export function modelHand(side: HandSide, leg: LegSide): Handedness {
  if (leg === 'right') return side;
  return side === 'left' ? 'right' : 'left';
}

interface StrokeContact {
  table: ContactTable;
  startCompression: number;
}

/**
 * Contact solved by one HandMotion, as plain data (structured-cloneable, its arrays copies) for
 * another to adopt: a worker's solve handed to the page's hands.
 */
export interface SolvedContact {
  contacts: {
    key: string;
    startCompression: number;
    s0: number;
    s1: number;
    levels: Float64Array;
    data: Float64Array;
    conform: Float32Array;
    posed: Float32Array;
  }[];
  /** Lifted returns' rises by their key (see `returnKey`). */
  rises: { key: string; rise: Float64Array }[];
}

/** What a frame works out for one hand, kept for tests and probes. */
export interface HandState {
  activity: HandActivity;
  layer: number;
  /** The hand frame in the model's space, scale included (root matrix of the rig). */
  matrix: Matrix4;
  bend: BendParams;
  shape: Float64Array;
  extra: Float64Array;
  /** Each vertex's molding onto the skin and off the other hand (hand frame; handConform.ts). */
  conform: Float32Array;
  contact: boolean;
}

function newState(vertexCount: number): HandState {
  return {
    activity: 'lifted',
    layer: 0,
    matrix: new Matrix4(),
    bend: { k: 0, across: new Vector2(1, 0), spanMin: -1, spanMax: 1 },
    shape: new Float64Array(SHAPE_LENGTH),
    extra: new Float64Array(DIGIT_COUNT),
    conform: new Float32Array(vertexCount * 3),
    contact: false,
  };
}

/**
 * Both hands, in a constant walked by index: a frame's loop over them allocates no array, and no
 * iterator before the engine optimises the loop.
 */
export const HAND_SIDES: readonly HandSide[] = ['left', 'right'];

const smooth = (f: number) => f * f * (3 - 2 * f);

/**
 * The highest level a palm is drawn at: a hand's length below the top of the model, so the
 * fingers never reach past the leg's cut end (the model has no hip or trunk to lie on).
 */
export const TOP_PALM_S = 0.85;
const drawnLevel = (s: number) => Math.min(TOP_PALM_S, s);
const point = new Vector3();
const normal = new Vector3();
const lift = new Matrix4();
const scaleM = new Matrix4();
const stA = new Float64Array(STATION_STRIDE);
const stB = new Float64Array(STATION_STRIDE);
const shapeA = new Float64Array(SHAPE_LENGTH);
const shapeB = new Float64Array(SHAPE_LENGTH);

export class HandMotion {
  private readonly contacts = new Map<string, StrokeContact>();
  private readonly keys = new WeakMap<StrokeClip, Record<HandSide, string>>();
  private readonly pending: { clip: StrokeClip; side: HandSide }[] = [];
  /** Per lifted return and hand: how much higher (m) it goes at each return station. */
  private readonly returnRise = new Map<string, Float64Array>();
  /** The same, found by the return clip (a frame looks it up without building its key). */
  private readonly riseOf = new WeakMap<ReturnClip, Partial<Record<HandSide, Float64Array>>>();
  private timeline: Timeline | null = null;
  /** Keys of the contacts and return rises solved here since `takeSolved` last asked. */
  private readonly freshContacts: string[] = [];
  private readonly freshRises: string[] = [];
  readonly state: Record<HandSide, HandState>;
  /** The stroke `solveNext` or `solveFor` last finished (null when nothing was left). */
  lastSolved: StrokeClip | null = null;
  /** The stroke and hand being solved in steps, and its steps left. */
  private current: { clip: StrokeClip; steps: Generator<void, void, void> } | null = null;

  /** True when the hands drawn at time `t` take their contact from `clip` (it or a return by it). */
  static shows(timeline: Timeline, clip: StrokeClip, t: number): boolean {
    const before = timeline.clips[clip.index - 1] ?? clip;
    const after = timeline.clips[clip.index + 1] ?? clip;
    return t >= before.start && t <= after.start + after.duration;
  }

  constructor(
    private readonly rigs: Record<Handedness, HandRig>,
    private readonly probe: SkinProbe,
    private readonly scale: number,
  ) {
    const count = rigs.left.mesh.geometry.getAttribute('position').count;
    this.state = { left: newState(count), right: newState(count) };
  }

  /**
   * Strokes on the same lane share their contact (warm-up and closing often do). The key is
   * made once per stroke: a frame looks it up and builds no string.
   */
  private key(clip: StrokeClip, side: HandSide): string {
    let keys = this.keys.get(clip);
    if (keys === undefined) {
      const { sFrom, sTo, theta } = clip.lane;
      const lane = `${clip.leg}|${clip.kind}|${sFrom}|${sTo}|${theta}|${clip.cycles}`;
      keys = { left: `${lane}|left`, right: `${lane}|right` };
      this.keys.set(clip, keys);
    }
    return keys[side];
  }

  /**
   * Lists the strokes of the timeline whose contact is not solved yet, nearest to `t` first
   * (each lower hand before the hand stacked on it). `solveNext` then solves them one by one.
   */
  plan(timeline: Timeline, t = 0): void {
    // A stroke of another lesson half solved is dropped (its steps belong to that lesson).
    if (timeline !== this.timeline) this.current = null;
    this.timeline = timeline;
    this.linkReturns(timeline);
    const strokes = timeline.clips.filter((c): c is StrokeClip => c.kind !== 'return');
    strokes.sort((a, b) => Math.abs(a.start - t) - Math.abs(b.start - t));
    this.pending.length = 0;
    const queued = new Set<string>();
    for (const clip of strokes) {
      // The lower hand first, so the stacked hand can rest on it.
      const order: HandSide[] =
        topHand(clip.leg) === 'right' ? ['left', 'right'] : ['right', 'left'];
      for (const side of order) {
        const key = this.key(clip, side);
        if (this.contacts.has(key) || queued.has(key)) continue;
        queued.add(key);
        this.pending.push({ clip, side });
      }
    }
  }

  /**
   * Whether a planned stroke not solved yet is shown within `seconds` of lesson time from `t`
   * (before, during or after it). Allocates nothing: it may be asked every frame.
   */
  pendingWithin(t: number, seconds: number): boolean {
    if (this.current) return true;
    for (const { clip } of this.pending) {
      const distance = Math.max(0, clip.start - t, t - (clip.start + clip.duration));
      if (distance <= seconds) return true;
    }
    return false;
  }

  /** Solves the next planned stroke and hand (or the rest of the one begun); false when nothing is left. */
  solveNext(): boolean {
    return this.solveFor(Infinity, () => 0, true);
  }

  /**
   * Solves in steps of a few ms until `budgetMs` (by `now`, ms) has passed, or (with `one`) a
   * stroke is finished; a stroke left half solved goes on at the next call. True while work is
   * left. `lastSolved` is the stroke finished in this call, if any (else null).
   */
  solveFor(budgetMs: number, now: () => number, one = false): boolean {
    const end = now() + budgetMs;
    this.lastSolved = null;
    for (;;) {
      if (!this.current) {
        const job = this.pending.shift();
        if (!job) return false;
        if (this.contacts.has(this.key(job.clip, job.side))) continue;
        this.current = { clip: job.clip, steps: this.solveSteps(job.clip, job.side) };
      }
      const { clip, steps } = this.current;
      while (!steps.next().done) if (now() >= end) return true;
      this.current = null;
      this.lastSolved = clip;
      if (one || now() >= end) return this.pending.length > 0;
    }
  }

  private *solveSteps(clip: StrokeClip, side: HandSide): Generator<void, void, void> {
    const key = this.key(clip, side);
    const start = placeHands(clip.kind, clip.lane, clip.leg, 0, clip.cycles);
    const end = placeHands(clip.kind, clip.lane, clip.leg, 1, clip.cycles);
    const layer = stackLayer(clip.kind, side, clip.leg);
    const rig = this.rigs[modelHand(side, clip.leg)];
    const other = side === 'left' ? 'right' : 'left';
    const otherContact = this.contacts.get(this.key(clip, other));
    const lower = layer === 1 ? otherContact : undefined;
    const otherRig = this.rigs[modelHand(other, clip.leg)];
    const table = yield* solveTableSteps(
      {
        rig,
        probe: this.probe,
        activity: clip.kind,
        layer,
        heading: fingerHeading(clip.kind, layer),
        scale: this.scale,
        shift: { s: STACK_SHIFT_S * layer, theta: STACK_SHIFT_DEGREES * layer },
        press: PRESS_DEPTH_M,
      },
      (s) => handThetaAt(clip.kind, clip.lane, clip.leg, side, s) + palmThetaOffset(clip.kind),
      drawnLevel(start[side].s),
      drawnLevel(end[side].s),
      Math.max(
        STATIONS,
        Math.ceil(
          Math.abs(drawnLevel(end[side].s) - drawnLevel(start[side].s)) / STATION_SPACING_S,
        ) + 1,
      ),
      lower ? { table: lower.table, dorsum: otherRig.dorsumHeight } : undefined,
      otherContact
        ? { table: otherContact.table, index: otherRig.mesh.geometry.getIndex()!.array }
        : undefined,
    );
    this.contacts.set(key, { table, startCompression: start[side].compression });
    this.freshContacts.push(key);
    // The lifted returns on either side, once both their strokes are solved.
    const timeline = this.timeline;
    if (timeline) {
      for (const near of [timeline.clips[clip.index - 1], timeline.clips[clip.index + 1]]) {
        if (near?.kind === 'return') yield* this.solveReturn(timeline, near);
      }
    }
  }

  private returnKey(timeline: Timeline, clip: ReturnClip, side: HandSide): string | null {
    const prev = timeline.clips[clip.index - 1];
    const next = timeline.clips[clip.index + 1];
    const a = prev && prev.kind !== 'return' ? this.key(prev, side) : '-';
    const b = next && next.kind !== 'return' ? this.key(next, side) : '-';
    if ((a !== '-' && !this.contacts.has(a)) || (b !== '-' && !this.contacts.has(b))) return null;
    const { from, to } = clip;
    return `${a}>${b}|${from[side].s}|${from[side].theta}|${to[side].s}|${to[side].theta}|${clip.duration}`;
  }

  /**
   * How much higher each hand goes along a lifted return so it never dips into the skin, nor
   * into the other hand: both come down together, and the relaxed hands' curled fingers and
   * thumbs reach toward each other (or, between two palm-over-palm strokes, the top hand rides
   * on the lower one). Where they meet, the upper hand (the stacked one, else the right) rises.
   */
  private *solveReturn(timeline: Timeline, clip: ReturnClip): Generator<void, void, void> {
    const leftKey = this.returnKey(timeline, clip, 'left');
    const rightKey = this.returnKey(timeline, clip, 'right');
    if (leftKey === null || rightKey === null) return;
    const keys = { left: leftKey, right: rightKey };
    const found = this.riseOf.get(clip) ?? {};
    this.riseOf.set(clip, found);
    const knownLeft = this.returnRise.get(keys.left);
    const knownRight = this.returnRise.get(keys.right);
    if (knownLeft && knownRight) {
      found.left = knownLeft;
      found.right = knownRight;
      return;
    }
    const count = this.state.left.conform.length / 3;
    const scratch = { left: newState(count), right: newState(count) };
    const vertices = { left: new Float64Array(count * 3), right: new Float64Array(count * 3) };
    const need = {
      left: new Float64Array(RETURN_STATIONS + 1),
      right: new Float64Array(RETURN_STATIONS + 1),
    };
    const index = this.rigs.left.mesh.geometry.getIndex()!.array;
    const way = new Vector3();
    const pose = (side: HandSide, at: ReturnType<typeof sample>, t: number) => {
      const rig = this.rigs[modelHand(side, clip.leg)];
      this.updateHand(timeline, clip, side, at[side], t, rig, scratch[side], need[side]);
      applyShape(rig, scratch[side].shape, scratch[side].extra);
      posedVertices(
        rig,
        scratch[side].matrix,
        scratch[side].bend,
        vertices[side],
        scratch[side].conform,
      );
    };
    for (let i = 0; i <= RETURN_STATIONS; i++) {
      const t = clip.start + (clip.duration * i) / RETURN_STATIONS;
      const at = sample(timeline, t);
      if (timeline.clips[at.clipIndex] !== clip) continue;
      for (const side of ['left', 'right'] as const) {
        pose(side, at, t);
        let worst = Infinity;
        const v = vertices[side];
        for (let k = 0; k < v.length; k += 3) {
          point.set(v[k]!, v[k + 1]!, v[k + 2]!);
          // Only closer than the clearance matters: the query stops there.
          worst = Math.min(worst, this.probe.signedDistance(point, undefined, RETURN_CLEARANCE_M));
        }
        need[side][i] = Math.max(0, RETURN_CLEARANCE_M - worst);
      }
      pose('left', at, t);
      pose('right', at, t);
      yield;
      // The upper hand rises until neither hand's vertices are inside the other.
      const upper: HandSide = scratch.left.layer > scratch.right.layer + 0.01 ? 'left' : 'right';
      const lower: HandSide = upper === 'left' ? 'right' : 'left';
      for (let round = 0; round < RETURN_HAND_ROUNDS; round++) {
        let deepest = 0;
        const lowerHand = handObstacle(vertices[lower], index);
        const upperHand = handObstacle(vertices[upper], index);
        for (const [mine, theirs] of [
          [vertices[upper], lowerHand],
          [vertices[lower], upperHand],
        ] as const) {
          for (let k = 0; k < mine.length; k += 3) {
            point.set(mine[k]!, mine[k + 1]!, mine[k + 2]!);
            deepest = Math.max(deepest, theirs.depth(point, way));
          }
        }
        if (deepest === 0) break;
        need[upper][i] = need[upper][i]! + deepest + HAND_CLEARANCE_M;
        pose(upper, at, t);
        yield;
      }
    }
    for (const side of ['left', 'right'] as const) {
      const key = keys[side];
      const n = need[side];
      // Each station keeps its neighbours' rise too: the hand is between them most of the time.
      const rise = n.map((_, i) => Math.max(n[i - 1] ?? 0, n[i]!, n[i + 1] ?? 0));
      this.returnRise.set(key, rise);
      this.freshRises.push(key);
      found[side] = rise;
    }
  }

  /**
   * What was solved here since last asked, copied as plain data for another HandMotion's
   * `adopt` (the worker posts it to the page; the copies can be transferred).
   */
  takeSolved(): SolvedContact {
    const contacts = this.freshContacts.map((key) => {
      const { table, startCompression } = this.contacts.get(key)!;
      return {
        key,
        startCompression,
        s0: table.s0,
        s1: table.s1,
        levels: table.levels.slice(),
        data: table.data.slice(),
        conform: table.conform.slice(),
        posed: table.posed.slice(),
      };
    });
    const rises = this.freshRises.map((key) => ({ key, rise: this.returnRise.get(key)!.slice() }));
    this.freshContacts.length = 0;
    this.freshRises.length = 0;
    return { contacts, rises };
  }

  /**
   * Takes contact solved elsewhere (`takeSolved` of another HandMotion on the same rigs, skin and
   * scale) as if solved here: its strokes leave the plan, the returns between them rise.
   */
  adopt(solved: SolvedContact): void {
    for (const c of solved.contacts) {
      if (this.contacts.has(c.key)) continue;
      const table = new ContactTable(c.s0, c.s1, c.levels, c.data, c.conform, c.posed);
      this.contacts.set(c.key, { table, startCompression: c.startCompression });
    }
    for (const { key, rise } of solved.rises) {
      if (!this.returnRise.has(key)) this.returnRise.set(key, rise);
    }
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const { clip, side } = this.pending[i]!;
      if (this.contacts.has(this.key(clip, side))) this.pending.splice(i, 1);
    }
    if (this.timeline) this.linkReturns(this.timeline);
  }

  /** Gives the lifted returns of `timeline` the rises already known for them (by key). */
  private linkReturns(timeline: Timeline): void {
    if (this.returnRise.size === 0) return;
    for (const clip of timeline.clips) {
      if (clip.kind !== 'return') continue;
      for (const side of ['left', 'right'] as const) {
        const key = this.returnKey(timeline, clip, side);
        const rise = key === null ? undefined : this.returnRise.get(key);
        if (!rise) continue;
        const found = this.riseOf.get(clip) ?? {};
        found[side] = rise;
        this.riseOf.set(clip, found);
      }
    }
  }

  /** Solves contact for every stroke of the timeline at once (tests, tools). */
  prepare(timeline: Timeline): void {
    this.plan(timeline);
    while (this.solveNext());
  }

  private contactOf(clip: Clip | undefined, side: HandSide): StrokeContact | null {
    if (!clip || clip.kind === 'return') return null;
    return this.contacts.get(this.key(clip, side)) ?? null;
  }

  /** Works out both hands for `pose` (a moment of `timeline`) and poses the rigs. */
  update(timeline: Timeline, pose: Pose, t: number): void {
    const clip = timeline.clips[pose.clipIndex];
    if (!clip) return;
    for (let i = 0; i < HAND_SIDES.length; i++) {
      const side = HAND_SIDES[i]!;
      const rig = this.rigs[modelHand(side, pose.leg)];
      const rise = clip.kind === 'return' ? (this.riseOf.get(clip)?.[side] ?? null) : null;
      this.updateHand(timeline, clip, side, pose[side], t, rig, this.state[side], rise);
      rig.root.name = side === 'left' ? 'hand_left' : 'hand_right'; // the practitioner's side
      rig.root.matrix.copy(this.state[side].matrix);
      rig.root.matrixWorldNeedsUpdate = true;
      applyShape(rig, this.state[side].shape, this.state[side].extra);
    }
  }

  private updateHand(
    timeline: Timeline,
    clip: Clip,
    side: HandSide,
    hand: HandPose,
    t: number,
    rig: HandRig,
    out: HandState,
    rise: Float64Array | null,
  ): void {
    let heading: number;
    let thetaOffset: number;
    let liftM: number;
    // Round the leg where the hand is; above the highest drawn level the palm stops there, θ too
    // (a finishing stroke bends on toward the groin), as its contact was solved.
    let theta = hand.theta;
    if (clip.kind !== 'return') {
      if (hand.s > TOP_PALM_S)
        theta = handThetaAt(clip.kind, clip.lane, clip.leg, side, TOP_PALM_S);
      const contact = this.contactOf(clip, side);
      if (contact) contact.table.at(drawnLevel(hand.s), stA);
      else stA.fill(0);
      out.activity = clip.kind;
      out.layer = stackLayer(clip.kind, side, clip.leg);
      heading = fingerHeading(clip.kind, out.layer);
      thetaOffset = palmThetaOffset(clip.kind);
      liftM = stA[STATION_LIFT]! - hand.compression * PRESS_DEPTH_M;
      shapeFor(clip.kind, hand.compression, out.shape);
      out.contact = true;
      bendFor(rig, heading, stA[STATION_CURVATURE]!, out.bend);
      for (let d = 0; d < DIGIT_COUNT; d++) out.extra[d] = stA[STATION_EXTRA + d]!;
      out.conform.fill(0);
      contact?.table.addConformAt(drawnLevel(hand.s), 1, out.conform);
    } else {
      const prev = timeline.clips[clip.index - 1];
      const next = timeline.clips[clip.index + 1];
      const samePrev = prev && prev.kind !== 'return' && prev.leg === clip.leg ? prev : undefined;
      const nextStroke = next && next.kind !== 'return' ? next : undefined;
      const to = this.contactOf(nextStroke, side);
      const from = this.contactOf(samePrev, side) ?? to;
      const fromKind: HandActivity = samePrev?.kind ?? nextStroke?.kind ?? 'lifted';
      const toKind: HandActivity = nextStroke?.kind ?? 'lifted';
      const u = clip.duration > 0 ? Math.min(1, Math.max(0, (t - clip.start) / clip.duration)) : 1;
      const f = smooth(u);
      // Leaving a stroke whose palm stopped at the highest drawn level, from where it stopped.
      const left = clip.from[side];
      if (samePrev && left.s > TOP_PALM_S) {
        const stopped = handThetaAt(samePrev.kind, samePrev.lane, samePrev.leg, side, TOP_PALM_S);
        theta = lerpDegrees(stopped, clip.to[side].theta, f);
      }
      if (from) from.table.at(drawnLevel(hand.s), stA);
      else stA.fill(0);
      if (to) to.table.at(drawnLevel(hand.s), stB);
      else stB.fill(0);
      for (let k = 0; k < STATION_STRIDE; k++) stA[k] = stA[k]! + (stB[k]! - stA[k]!) * f;
      const headingFrom = fingerHeading(fromKind, stackLayer(fromKind, side, clip.leg));
      heading =
        headingFrom + (fingerHeading(toKind, stackLayer(toKind, side, clip.leg)) - headingFrom) * f;
      const offsetFrom = palmThetaOffset(fromKind);
      thetaOffset = offsetFrom + (palmThetaOffset(toKind) - offsetFrom) * f;
      out.layer =
        stackLayer(fromKind, side, clip.leg) * (1 - f) + stackLayer(toKind, side, clip.leg) * f;
      // Lifted clear of the skin in an arc that rises at once and comes down only at the very
      // end (the relaxed hand's curled fingers and hanging thumb reach below the palm, and the
      // hand crosses places its stations were not solved for); the first settle comes from above.
      const arc = samePrev ? Math.min(1, RETURN_RISE * Math.sin(Math.PI * u)) : 1 - f;
      liftM = stA[STATION_LIFT]! + RETURN_LIFT_M * arc;
      if (rise) {
        const x = u * RETURN_STATIONS;
        const i = Math.min(RETURN_STATIONS - 1, Math.floor(x));
        liftM += rise[i]! + (rise[i + 1]! - rise[i]!) * (x - i);
      }
      out.activity = 'lifted';
      out.contact = false;
      // Open shape of the stroke left → relaxed → the shape the next stroke starts with.
      shapeFor(fromKind, from?.startCompression ?? 0, shapeA);
      shapeFor(toKind, to?.startCompression ?? 0, shapeB);
      if (!samePrev) blendShapes(RELAXED_SHAPE, shapeB, f, out.shape);
      else if (u < 0.5) blendShapes(shapeA, RELAXED_SHAPE, smooth(u * 2), out.shape);
      else blendShapes(RELAXED_SHAPE, shapeB, smooth(u * 2 - 1), out.shape);
      bendFor(rig, heading, stA[STATION_CURVATURE]!, out.bend);
      // The fingers' contact correction fades while the hand is in the air.
      const touch = 1 - arc;
      for (let d = 0; d < DIGIT_COUNT; d++) out.extra[d] = stA[STATION_EXTRA + d]! * touch;
      // So does the molding.
      out.conform.fill(0);
      from?.table.addConformAt(drawnLevel(hand.s), (1 - f) * touch, out.conform);
      to?.table.addConformAt(drawnLevel(hand.s), f * touch, out.conform);
    }
    const stacked = out.layer;
    skinFrame(
      this.probe,
      drawnLevel(hand.s + STACK_SHIFT_S * stacked),
      theta + thetaOffset + STACK_SHIFT_DEGREES * stacked,
      heading,
      point,
      normal,
      out.matrix,
    );
    scaleM.makeScale(this.scale, this.scale, this.scale);
    out.matrix.premultiply(
      lift.makeTranslation(normal.x * liftM, normal.y * liftM, normal.z * liftM),
    );
    out.matrix.multiply(scaleM);
  }
}
