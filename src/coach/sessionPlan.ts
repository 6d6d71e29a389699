/**
 * Where a guided session stands at a moment: which leg, which phase, how long until the next
 * phase and until the end of the leg, what has been done. A pure reading of the real-session
 * timeline's phase spans (right then left), with time passed in.
 */
import type { LegSide } from '../anatomy/names';
import type { PhaseSpan } from '../protocol/timeline';
import type { Protocol } from '../protocol/schema';
import { sessionBudget } from '../protocol/motion/sessionBudget';

export interface LegBlock {
  leg: LegSide;
  start: number;
  end: number;
}

/** The legs in the order massaged, each from its first phase to its last. */
export function legBlocks(spans: readonly PhaseSpan[]): LegBlock[] {
  const blocks: LegBlock[] = [];
  for (const span of spans) {
    const last = blocks[blocks.length - 1];
    if (last && last.leg === span.leg) last.end = Math.max(last.end, span.end);
    else blocks.push({ leg: span.leg, start: span.start, end: span.end });
  }
  return blocks;
}

export interface CoachMoment {
  /** Index into the spans of the phase under way (the last one once finished). */
  spanIndex: number;
  span: PhaseSpan;
  legIndex: number;
  leg: LegBlock;
  /** Seconds into the current leg, and left of it. */
  legElapsed: number;
  legRemaining: number;
  /** Seconds until the next phase (or the end). */
  phaseRemaining: number;
  /** The phase after this one, possibly on the next leg; null for the last. */
  next: PhaseSpan | null;
  finished: boolean;
}

export function coachMomentAt(spans: readonly PhaseSpan[], t: number): CoachMoment | null {
  if (spans.length === 0) return null;
  const end = spans[spans.length - 1]?.end ?? 0;
  const time = Math.min(end, Math.max(0, Number.isFinite(t) ? t : 0));
  let spanIndex = 0;
  for (let i = 0; i < spans.length; i++) if ((spans[i]?.start ?? Infinity) <= time) spanIndex = i;
  const span = spans[spanIndex];
  if (!span) return null;
  const blocks = legBlocks(spans);
  const legIndex = Math.max(
    0,
    blocks.findIndex((b) => b.leg === span.leg && b.start <= span.start && span.end <= b.end),
  );
  const leg = blocks[legIndex] ?? { leg: span.leg, start: span.start, end: span.end };
  return {
    spanIndex,
    span,
    legIndex,
    leg,
    legElapsed: time - leg.start,
    legRemaining: leg.end - time,
    phaseRemaining: span.end - time,
    next: spans[spanIndex + 1] ?? null,
    finished: time >= end,
  };
}

export interface LegDone {
  leg: LegSide;
  /** Minutes massaged on this leg by time t. */
  minutes: number;
  /** Phases of this leg that ran to their end by time t, in order. */
  phasesCompleted: string[];
}

/** What had been done by time t (for the log, whether the session ran out or was stopped). */
export function doneBy(spans: readonly PhaseSpan[], t: number): LegDone[] {
  return legBlocks(spans).map((block) => {
    const seconds = Math.max(0, Math.min(t, block.end) - block.start);
    const phasesCompleted = spans
      .filter((s) => s.leg === block.leg && s.start >= block.start && s.end <= block.end)
      .filter((s) => s.end <= t + 1e-6)
      .map((s) => s.phaseId);
    return { leg: block.leg, minutes: seconds / 60, phasesCompleted };
  });
}

export interface MinutesBounds {
  min: number;
  max: number;
}

/** The session lengths the protocol allows for this many legs (session and per-leg bounds). */
export function sessionMinutesBounds(timing: Protocol['timing'], legCount: number): MinutesBounds {
  return {
    min: sessionBudget(timing, 0, legCount).totalMinutes,
    max: sessionBudget(timing, Number.POSITIVE_INFINITY, legCount).totalMinutes,
  };
}

/**
 * The phase spans of a real session straight from the protocol (each phase its weighted share
 * of a leg's minutes, legs in order), the same spans the timeline fills with strokes. The coach
 * needs no leg model for them, so it talks a person through a session even where the 3D leg
 * cannot be drawn.
 */
export function plannedSpans(
  protocol: Protocol,
  requestedMinutes: number,
  legs: readonly LegSide[],
): PhaseSpan[] {
  const { perLegMinutes } = sessionBudget(protocol.timing, requestedMinutes, legs.length);
  const totalWeight = protocol.phases.reduce((sum, p) => sum + p.pacing.sessionWeight, 0);
  const spans: PhaseSpan[] = [];
  let t = 0;
  for (const leg of legs) {
    protocol.phases.forEach((phase, phaseIndex) => {
      const seconds = (perLegMinutes * 60 * phase.pacing.sessionWeight) / totalWeight;
      spans.push({ phaseIndex, phaseId: phase.id, leg, start: t, end: t + seconds });
      t += seconds;
    });
  }
  return spans;
}
