/**
 * The flow layer's simulation, advanced once per frame: the flow model stepped with the hands of
 * the lesson (or of its wrong-way version), dots carried along, and the valve the hands push
 * toward picked out. Plain mutable data and module functions, so the component only calls in.
 *
 * Time: while the lesson plays, the model runs on lesson time (it follows the playback speed);
 * when the playhead jumps (a seek, a loop) it takes one frame of wall time with the hands where
 * they now are; when nothing moves it runs on wall time with no hands, so the resting return of
 * blood toward the heart still shows.
 */
import {
  compressionFromHands,
  createFlowState,
  step,
  type Compression,
  type FlowState,
} from '../../physiology';
import type { Pose, Timeline } from '../../protocol/motion/types';
import type { FlowGeometry } from './flowGeometry';
import { poseAt } from './lessonPose';
import {
  DOT_MIN_RADIUS_M,
  DOT_PER_VEIN_RADIUS,
  DOT_SPACING_DIAMETERS,
  DOT_SPEED_SCALE,
} from './flowLook';
import {
  advectParticles,
  createParticles,
  veinCellsOf,
  type Particles,
  type VeinCells,
} from './particles';
import { valveAhead } from './valveFocus';

export interface FlowSim {
  readonly geometry: FlowGeometry;
  readonly cells: VeinCells;
  readonly particles: Particles;
  /** Stepped in place (its buffers are reused every frame). */
  readonly state: FlowState;
  /** Playhead at the last frame, s (NaN before the first). */
  lastT: number;
  /** Valve the hands push toward this frame, or −1. */
  focus: number;
  /** Valve shown in the close-up: the last one focused (a calf valve of the GSV at first). */
  featured: number;
  /** Lowest flow any valve has let through since the last reset, mL/s (for checks). */
  minValveFlowMlPerS: number;
  /** Frames stepped. */
  frames: number;
  /** Simulated seconds of the last frame. */
  lastSeconds: number;
}

/** One frame's inputs. */
export interface FlowFrameInput {
  /** Wall time since the last frame, s. */
  delta: number;
  /** The playhead, s. */
  t: number;
  playing: boolean;
  /** null, or the lesson's hands are not shown (setup step, practice): no hands on the leg. */
  timeline: Timeline | null;
  wrongWay: boolean;
}

/** Longest wall-time frame simulated (a stalled tab must not run the model for seconds). */
const MAX_WALL_FRAME_S = 0.1;
/** Longest lesson-time frame simulated while playing (fast playback on a slow machine). */
const MAX_LESSON_FRAME_S = 0.5;
const NO_HANDS: readonly Compression[] = [];

function dotSpacingMm(geometry: FlowGeometry, vein: number): number {
  const radiusM = geometry.paths[vein]?.radii[0] ?? 0;
  const dot = Math.max(DOT_MIN_RADIUS_M, DOT_PER_VEIN_RADIUS * radiusM);
  return 2 * dot * 1000 * DOT_SPACING_DIAMETERS;
}

/** The first valve of the great saphenous vein above the ankle: where a lesson starts. */
function firstFeatured(geometry: FlowGeometry): number {
  const i = geometry.valves.findIndex((v) => !v.deep && v.s > 0.3);
  return Math.max(0, i);
}

export function createFlowSim(geometry: FlowGeometry): FlowSim {
  return {
    geometry,
    cells: veinCellsOf(geometry.layout),
    particles: createParticles(geometry.layout, (v) => dotSpacingMm(geometry, v)),
    state: createFlowState(geometry.network),
    lastT: NaN,
    focus: -1,
    featured: firstFeatured(geometry),
    minValveFlowMlPerS: 0,
    frames: 0,
    lastSeconds: 0,
  };
}

/** How long to simulate this frame, and whether the hands press. */
export function frameTiming(
  input: FlowFrameInput,
  lastT: number,
): { seconds: number; hands: boolean } {
  const wall = Math.min(Math.max(input.delta, 0), MAX_WALL_FRAME_S);
  const moved = input.t !== lastT;
  if (input.timeline === null || !moved) return { seconds: wall, hands: false };
  const lesson = input.t - lastT;
  if (input.playing && lesson > 0 && lesson <= MAX_LESSON_FRAME_S) {
    return { seconds: lesson, hands: true };
  }
  return { seconds: wall, hands: true };
}

function poseOf(input: FlowFrameInput, timeline: Timeline): Pose {
  return poseAt(timeline, input.t, input.wrongWay);
}

/** Advances the simulation by one frame (allocates only the pose, its hands' array and compressions). */
export function advanceFlow(sim: FlowSim, input: FlowFrameInput): void {
  const { seconds, hands } = frameTiming(input, sim.lastT);
  sim.lastT = input.t;
  const pose = hands && input.timeline ? poseOf(input, input.timeline) : null;
  const handPair = pose ? [pose.left, pose.right] : null; // one array for both readers
  const compressions = handPair ? compressionFromHands(handPair) : NO_HANDS;
  const { network, layout, valves } = sim.geometry;
  step(network, sim.state, compressions, seconds, sim.state);
  advectParticles(sim.particles, layout, sim.cells, sim.state, seconds, DOT_SPEED_SCALE);
  sim.focus = handPair ? valveAhead(valves, handPair, input.wrongWay ? -1 : 1) : -1;
  if (sim.focus >= 0) sim.featured = sim.focus;
  const valveFlows = sim.state.valveFlowMlPerS;
  for (let v = 0; v < valveFlows.length; v++) {
    if (valveFlows[v]! < sim.minValveFlowMlPerS) sim.minValveFlowMlPerS = valveFlows[v]!;
  }
  sim.frames += 1;
  sim.lastSeconds = seconds;
}
