import { useRef } from 'react';
import { usePlaybackStore } from '../../state/playbackStore';
import { trainerStrings } from '../strings';
import { formatClock } from './formatTime';
import { useClockListener } from './useClock';
import { setTextIfChanged } from './writeIfChanged';

/**
 * "1:05 / 2:12": the playhead (written into the DOM when its second changes, checked four times a second; React leaves that
 * element's text alone) and the lesson's length.
 */
export function TimeReadout() {
  const timeline = usePlaybackStore((s) => s.timeline);
  const ref = useRef<HTMLSpanElement>(null);
  const duration = timeline?.duration ?? 0;
  useClockListener((t) => {
    if (ref.current !== null) setTextIfChanged(ref.current, formatClock(t));
  }, timeline);
  return (
    <p className="trainer-time">
      <span className="visually-hidden">{trainerStrings.transport.time}: </span>
      <span ref={ref} data-testid="time-readout" />
      <span aria-hidden="true"> / </span>
      <span className="visually-hidden"> {trainerStrings.transport.timeOf} </span>
      <span>{formatClock(duration)}</span>
    </p>
  );
}
