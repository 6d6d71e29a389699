/**
 * The protocol as time: a demonstration (a few strokes of each phase at Proximal's tempo) or a
 * real session (each phase given its share of the chosen minutes, leg by leg). The result is
 * plain data; `sample.ts` turns a moment of it into the pose of the hands.
 */
import { halfPalmS } from '../anatomy/handSize';
import { LEG_SIDES, type LegSide } from '../anatomy/names';
import type { ChartLandmarks } from '../anatomy/regions';
import type { GirthProfile } from '../anatomy/girthProfile';
import type { ZoneAt } from './zoneUnderHand';
import { laneOf } from './motion/lanes';
import { COMPRESS_PULSE_SECONDS, KNEAD_CYCLE_SECONDS, RETURN_SECONDS } from './motion/pacing';
import { placeHands } from './motion/handPlacement';
import { sessionBudget } from './motion/sessionBudget';
import { workedLane } from './motion/strokeReach';
import type { Clip, HandPair, Lane, PhaseSpan, StrokeClip, Timeline } from './motion/types';
import type { Protocol, Stroke, StrokeKind } from './schema';

export type * from './motion/types';

interface ZoneOptions {
  /**
   * The zone at each place on this leg (protocol rules, tissue depth, the user's keep-off marks):
   * deep strokes keep to where they may press, every hand presses no more than the zone under it
   * allows and lifts over places kept off. Without it every hand keeps its phase's pressure.
   */
  zoneAt?: ZoneAt;
  /**
   * The leg's girth along the chart (anatomy/girthProfile.ts): the gliding palms sit side by
   * side a palm's width apart round the leg at every level. Without it they keep a fixed spread.
   */
  girth?: GirthProfile;
}

export type TimelineOptions = ZoneOptions &
  (
    | {
        mode: 'demo';
        landmarks: ChartLandmarks;
        /** The leg shown; the right by default. */
        leg?: LegSide;
      }
    | {
        mode: 'session';
        landmarks: ChartLandmarks;
        /** Wanted length; clamped into the protocol's session and per-leg bounds. */
        sessionMinutes: number;
        /** Legs in the order massaged; none given means both, right then left. */
        legs: readonly LegSide[];
      }
  );

/** One pass along a lane, with the lifted return that comes before it. */
interface Pass {
  leg: LegSide;
  phaseIndex: number;
  stroke: Stroke;
  strokeSeconds: number;
  returnSeconds: number;
}

function cyclesFor(kind: StrokeKind, seconds: number): number {
  if (kind === 'glide') return 1;
  const cycle = kind === 'knead' ? KNEAD_CYCLE_SECONDS : COMPRESS_PULSE_SECONDS;
  return Math.max(1, Math.round(seconds / cycle));
}

function demoPasses(protocol: Protocol, leg: LegSide): Pass[] {
  return protocol.phases.flatMap((phase, phaseIndex) =>
    Array.from({ length: phase.pacing.demoStrokes }, (_, i) => ({
      leg,
      phaseIndex,
      stroke: phase.strokes[i % phase.strokes.length] ?? phase.strokes[0],
      strokeSeconds: phase.pacing.strokeSeconds,
      returnSeconds: RETURN_SECONDS,
    })).filter((p): p is Pass => p.stroke !== undefined),
  );
}

/** Each phase gets its weighted share of a leg's minutes, filled with whole passes. */
function sessionPasses(protocol: Protocol, minutes: number, legs: readonly LegSide[]): Pass[] {
  const { perLegMinutes } = sessionBudget(protocol.timing, minutes, legs.length);
  const totalWeight = protocol.phases.reduce((sum, p) => sum + p.pacing.sessionWeight, 0);
  return legs.flatMap((leg) =>
    protocol.phases.flatMap((phase, phaseIndex) => {
      const phaseSeconds = (perLegMinutes * 60 * phase.pacing.sessionWeight) / totalWeight;
      const unit = phase.pacing.strokeSeconds + RETURN_SECONDS;
      const count = Math.max(1, Math.round(phaseSeconds / unit));
      // Stretch the tempo slightly so the passes fill the phase's share exactly.
      const scale = phaseSeconds / (count * unit);
      return Array.from({ length: count }, (_, i) => ({
        leg,
        phaseIndex,
        stroke: phase.strokes[i % phase.strokes.length] ?? phase.strokes[0],
        strokeSeconds: phase.pacing.strokeSeconds * scale,
        returnSeconds: RETURN_SECONDS * scale,
      })).filter((p): p is Pass => p.stroke !== undefined);
    }),
  );
}

function handsAt(clip: StrokeClip, u: number): HandPair {
  const placed = placeHands(clip.kind, clip.lane, clip.leg, u, clip.cycles);
  return {
    left: { s: placed.left.s, theta: placed.left.theta },
    right: { s: placed.right.s, theta: placed.right.theta },
  };
}

function phaseSpansOf(clips: readonly Clip[]): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  for (const clip of clips) {
    const last = spans[spans.length - 1];
    const end = clip.start + clip.duration;
    if (last && last.phaseIndex === clip.phaseIndex && last.leg === clip.leg) last.end = end;
    else {
      spans.push({
        phaseIndex: clip.phaseIndex,
        phaseId: clip.phaseId,
        leg: clip.leg,
        start: clip.start,
        end,
      });
    }
  }
  return spans;
}

/** The lane one kind of pass works; a session repeats the same few many times. */
function laneShaper(
  landmarks: ChartLandmarks,
  zoneAt: ZoneAt | undefined,
  girth: GirthProfile | undefined,
) {
  const cache = new Map<string, Lane>();
  const halfPalm = halfPalmS(landmarks);
  return (pass: Pass, pressure: StrokeClip['pressure']): Lane => {
    const key = [pass.phaseIndex, pass.stroke.id].join('|');
    const cached = cache.get(key);
    if (cached) return cached;
    const lane = laneOf(pass.stroke, landmarks, girth);
    const worked = zoneAt ? workedLane(lane, pass.stroke.kind, pressure, zoneAt, halfPalm) : lane;
    cache.set(key, worked);
    return worked;
  };
}

function assemble(
  protocol: Protocol,
  passes: readonly Pass[],
  landmarks: ChartLandmarks,
  zoneAt: ZoneAt | undefined,
  girth: GirthProfile | undefined,
): Clip[] {
  const laneFor = laneShaper(landmarks, zoneAt, girth);
  const clips: Clip[] = [];
  let time = 0;
  let previous: StrokeClip | null = null;
  for (const pass of passes) {
    const phase = protocol.phases[pass.phaseIndex];
    if (!phase) continue;
    const common = {
      leg: pass.leg,
      phaseIndex: pass.phaseIndex,
      phaseId: phase.id,
      technique: phase.technique,
      pressure: phase.pressure,
      strokeId: pass.stroke.id,
      strokeKind: pass.stroke.kind,
    };
    const stroke: StrokeClip = {
      ...common,
      index: clips.length + 1,
      start: time + pass.returnSeconds,
      duration: pass.strokeSeconds,
      kind: pass.stroke.kind,
      lane: laneFor(pass, phase.pressure),
      cycles: cyclesFor(pass.stroke.kind, pass.strokeSeconds),
    };
    const to = handsAt(stroke, 0);
    // Across legs there is no path on one chart: the hands arrive where the next lane starts.
    const from = previous && previous.leg === pass.leg ? handsAt(previous, 1) : to;
    clips.push({
      ...common,
      index: clips.length,
      start: time,
      duration: pass.returnSeconds,
      kind: 'return',
      from,
      to,
    });
    clips.push(stroke);
    time = stroke.start + stroke.duration;
    previous = stroke;
  }
  return clips;
}

function orderedLegs(legs: readonly LegSide[]): LegSide[] {
  const unique = legs.filter((leg, i) => LEG_SIDES.includes(leg) && legs.indexOf(leg) === i);
  return unique.length > 0 ? unique : [...LEG_SIDES];
}

export function buildTimeline(protocol: Protocol, options: TimelineOptions): Timeline {
  const legs = options.mode === 'demo' ? [options.leg ?? 'right'] : orderedLegs(options.legs);
  const passes =
    options.mode === 'demo'
      ? demoPasses(protocol, legs[0] ?? 'right')
      : sessionPasses(protocol, options.sessionMinutes, legs);
  const clips = assemble(protocol, passes, options.landmarks, options.zoneAt, options.girth);
  const last = clips[clips.length - 1];
  const zoneAt = options.zoneAt;
  return {
    mode: options.mode,
    legs,
    duration: last ? last.start + last.duration : 0,
    clips,
    spans: phaseSpansOf(clips),
    ...(zoneAt ? { zones: { at: zoneAt, halfPalmS: halfPalmS(options.landmarks) } } : {}),
  };
}
