/** Applying a decoded link to the stores: the view at once, the moment once the timeline exists. */
import type { Timeline } from '../../protocol/motion/types';
import type { Protocol } from '../../protocol/schema';
import type { LinkState } from '../../state/deepLink';
import { usePlaybackStore } from '../../state/playbackStore';
import { useViewStore } from '../../state/viewStore';
import { firstSpanOf } from './currentPhase';
import { clampMinutes } from './sessionMinutes';

/** Leg, camera, layers, speed and timing: everything that does not need the timeline. */
export function applyLinkView(link: Partial<LinkState>, protocol: Protocol): void {
  const view = useViewStore.getState();
  const playback = usePlaybackStore.getState();
  if (link.leg !== undefined) view.setLeg(link.leg);
  if (link.camera !== undefined) view.setCamera(link.camera);
  if (link.layers !== undefined) view.setLayers(link.layers);
  if (link.speed !== undefined) playback.setSpeed(link.speed);
  if (link.timing !== undefined) playback.setTiming(link.timing);
  if (link.minutes !== undefined) {
    const minutes = clampMinutes(String(link.minutes), protocol.timing.sessionMinutes);
    if (minutes !== null) playback.setSessionMinutes(minutes);
  }
}

/** Whether the link names a moment (a time, a phase or a span). */
export function linkHasMoment(link: Partial<LinkState>): boolean {
  return link.t !== undefined || link.phase !== undefined || link.span !== undefined;
}

/**
 * The time a link points at on `timeline`: `t` (clamped into the timeline), else the start of
 * its phase or span.
 */
export function linkTime(
  link: Partial<LinkState>,
  timeline: Timeline,
  protocol: Protocol,
): number | null {
  if (link.t !== undefined) return Math.min(timeline.duration, Math.max(0, link.t));
  if (link.phase !== undefined) {
    const phaseIndex = protocol.phases.findIndex((phase) => phase.id === link.phase);
    const index = phaseIndex < 0 ? -1 : firstSpanOf(timeline.spans, phaseIndex, link.leg);
    const fallback = phaseIndex < 0 ? -1 : firstSpanOf(timeline.spans, phaseIndex);
    return timeline.spans[index >= 0 ? index : fallback]?.start ?? null;
  }
  if (link.span !== undefined) return timeline.spans[link.span]?.start ?? null;
  return null;
}

/** The timeline was built for the leg and timing now chosen (not a stale one). */
export function timelineIsCurrent(timeline: Timeline): boolean {
  const { timing } = usePlaybackStore.getState();
  const { leg } = useViewStore.getState();
  return timeline.mode === timing && timeline.legs.includes(leg);
}
