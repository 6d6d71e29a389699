/**
 * The timeline, derived where its inputs change: whenever the protocol, the loaded model, the
 * timing or the demonstrated leg changes in its store, the timeline is rebuilt in the same
 * update and handed to the playback store (no render in between sees a stale or missing one).
 * The timeline itself is a pure function of those inputs.
 *
 * A demonstration shows the chosen leg. A real session massages both legs, right then left
 * (the protocol's minutes are per session, 7–15 of them per leg), and the view follows the leg
 * being massaged.
 */
import { chartScaleOf } from '../anatomy/chartScale';
import { footprintsOnLeg, type KeepOffMark } from '../anatomy/keepOffMarks';
import { girthProfileOf } from '../anatomy/girthProfile';
import type { LegSide } from '../anatomy/names';
import { regionsAt } from '../anatomy/regions';
import type { Protocol } from '../protocol/schema';
import { buildTimeline, type TimelineOptions } from '../protocol/timeline';
import { legZoneAt } from '../practice/legTraceContext';
import { loadedLegOf } from './loadedLeg';
import { useLegStore, type LegStatus } from './legStore';
import { useMarksStore } from './marksStore';
import { usePlaybackStore } from './playbackStore';
import { useProtocolStore } from './protocolStore';
import { useViewStore } from './viewStore';

const SESSION_LEGS = ['right', 'left'] as const;

interface Inputs {
  status: LegStatus;
  protocol: Protocol;
  /** In a session the leg follows the timeline, so it must not rebuild the timeline. */
  demoLeg: LegSide | null;
  minutes: number;
  /** The user's places to keep off (the protocol's come with the protocol). */
  marks: readonly KeepOffMark[];
}

function currentInputs(): Inputs {
  const { timing, sessionMinutes } = usePlaybackStore.getState();
  return {
    status: useLegStore.getState().status,
    protocol: useProtocolStore.getState().protocol,
    demoLeg: timing === 'demo' ? useViewStore.getState().leg : null,
    minutes: sessionMinutes,
    marks: useMarksStore.getState().marks,
  };
}

const sameInputs = (a: Inputs, b: Inputs) =>
  a.status === b.status &&
  a.protocol === b.protocol &&
  a.demoLeg === b.demoLeg &&
  a.minutes === b.minutes &&
  a.marks === b.marks;

function rebuild({ status, protocol, demoLeg, minutes, marks }: Inputs): void {
  if (status.kind !== 'ready') return;
  const landmarks = status.model.landmarks;
  const leg = loadedLegOf(status.model);
  // The hands keep to what the zones allow and lift over places kept off. One zone map serves
  // the whole timeline (the chart is the same on either leg); a session, which massages both
  // legs, keeps off a place marked on either of them.
  const allMarks = [...(protocol.keepOffMarks ?? []), ...marks];
  const scale = chartScaleOf(leg.chart);
  const legs: readonly LegSide[] = demoLeg !== null ? [demoLeg] : SESSION_LEGS;
  const footprints = legs.flatMap((side) => footprintsOnLeg(allMarks, side, scale));
  const zoneAt = legZoneAt(protocol, leg.skin, regionsAt, footprints);
  // The gliding palms sit a palm's width apart round the leg at every level.
  const girth = girthProfileOf(leg.chart);
  const options: TimelineOptions =
    demoLeg !== null
      ? { mode: 'demo', landmarks, leg: demoLeg, zoneAt, girth }
      : { mode: 'session', landmarks, sessionMinutes: minutes, legs: SESSION_LEGS, zoneAt, girth };
  usePlaybackStore.getState().setTimeline(buildTimeline(protocol, options));
}

/** In a session, the view shows the leg the playhead is on. */
function followSessionLeg(): void {
  const { timing, timeline, spanIndex } = usePlaybackStore.getState();
  if (timing !== 'session') return;
  const leg = timeline?.spans[spanIndex]?.leg;
  if (leg && useViewStore.getState().leg !== leg) useViewStore.getState().setLeg(leg);
}

/** Keeps the timeline derived from the stores from now on; returns the function that stops it. */
export function syncTimeline(): () => void {
  let last: Inputs | null = null;
  const update = () => {
    const inputs = currentInputs();
    if (last === null || !sameInputs(last, inputs)) {
      last = inputs;
      rebuild(inputs);
    }
    followSessionLeg();
  };
  const stops = [
    useLegStore.subscribe(update),
    useProtocolStore.subscribe(update),
    usePlaybackStore.subscribe(update),
    useViewStore.subscribe(update),
    useMarksStore.subscribe(update),
  ];
  update();
  return () => stops.forEach((stop) => stop());
}
