/** The plain data of a timeline: clips in time order, and the pose of the hands at a moment. */
import type { AspectName, LegSide, PressureLevel } from '../../anatomy/names';
import type { ChartPoint } from '../../anatomy/regions';
import type { GirthProfile } from '../../anatomy/girthProfile';
import type { ZoneAt } from '../zoneUnderHand';
import type { StrokeKind, Technique } from '../schema';

export type HandSide = 'left' | 'right';
export type HandPair = Readonly<Record<HandSide, ChartPoint>>;

/** Where a stroke runs on the chart: along one aspect (θ) from one level (s) to a higher one. */
export interface Lane {
  sFrom: number;
  sTo: number;
  theta: number;
  aspect: AspectName;
  /** The last stretch turns toward a place: from level `sFrom` the lane's θ bends to `theta`. */
  finish?: { sFrom: number; theta: number };
  /**
   * The leg's levels the gliding hands follow (handArrangement.ts): the malleoli's s, the
   * shank's length, the toe tip's s and a hand's width in s. Absent: the spread is the same all
   * along and the palms may start at the lane's very start.
   */
  limb?: {
    malleoliS: number;
    shankS: number;
    toeS: number;
    handS: number;
    /** The leg's girth along the chart; absent, the palms keep a fixed spread. */
    girth?: GirthProfile;
  };
}

interface ClipBase {
  /** Position in `Timeline.clips`. */
  index: number;
  /** Seconds from the start of the timeline. */
  start: number;
  duration: number;
  leg: LegSide;
  phaseIndex: number;
  phaseId: string;
  technique: Technique;
  pressure: PressureLevel;
  /** The stroke being made, or for a return the stroke the hands are returning to begin. */
  strokeId: string;
  strokeKind: StrokeKind;
}

/** Hands on the skin, moving along a lane toward the heart. */
export interface StrokeClip extends ClipBase {
  kind: StrokeKind;
  lane: Lane;
  /** Kneading squeezes or compression pulses in this pass (1 for a glide). */
  cycles: number;
}

/**
 * Hands lifted, travelling back to the start of the next lane (never gliding back down). The
 * first clip of a timeline is a return too: the hands settling on the first lane.
 */
export interface ReturnClip extends ClipBase {
  kind: 'return';
  from: HandPair;
  to: HandPair;
}

export type Clip = StrokeClip | ReturnClip;

export interface Timeline {
  mode: 'demo' | 'session';
  /** Legs in the order they are massaged. */
  legs: LegSide[];
  /** Seconds. */
  duration: number;
  /** In time order; each starts where the previous one ends. */
  clips: Clip[];
  /** Phase by phase and leg by leg, for a scrubber with phase segments. */
  spans: PhaseSpan[];
  /**
   * The zone map the hands keep to: at every moment each hand presses no more than the zone
   * under it allows, and lifts where it says keep off. Absent when built without zones.
   */
  zones?: TimelineZones;
}

/** The zones of the leg and the size of a palm on it (`halfPalmS`, chart s). */
export interface TimelineZones {
  at: ZoneAt;
  halfPalmS: number;
}

export interface HandPose {
  phaseIndex: number;
  phaseId: string;
  technique: Technique;
  strokeKind: StrokeKind;
  /** The lane the hand is working on (or, lifted, returning to). */
  strokeId: string;
  /** Along the lane, 0 at its start and 1 at its end; 0 while returning. */
  progress: number;
  s: number;
  theta: number;
  /** The phase's pressure held to the zone under the hand (light over bone near the skin). */
  pressure: PressureLevel;
  /** False while the hands are lifted: between strokes, and over places kept off. */
  contact: boolean;
  /**
   * When the timeline knows the leg's girth: half the palm's width round the leg at the hand,
   * degrees, and the skin's mm per degree there, for the flow model's press
   * (physiology/handContact.ts).
   */
  palmSpreadDeg?: number;
  skinMmPerDegree?: number;
  /** How hard the hand presses right now, 0 (resting or lifted) to 1 (full squeeze or pulse). */
  compression: number;
}

export interface Pose {
  /** The moment sampled, after clamping into [0, duration]. */
  t: number;
  clipIndex: number;
  leg: LegSide;
  phaseIndex: number;
  phaseId: string;
  left: HandPose;
  right: HandPose;
}

/** A stretch of time in one phase on one leg, for a scrubber with phase segments. */
export interface PhaseSpan {
  phaseIndex: number;
  phaseId: string;
  leg: LegSide;
  start: number;
  end: number;
}
