import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { PhaseSpan } from '../../protocol/motion/types';
import type { Protocol } from '../../protocol/schema';
import { usePlaybackStore } from '../../state/playbackStore';
import { SEEK_STEP_SECONDS } from '../../state/shortcuts';
import { trainerStrings } from '../strings';
import { memoScrubberValueText, timeAtPointer } from './scrubberMath';
import { ScrubberSegments } from './ScrubberSegments';
import { seekBy, stepPhase } from './trainerActions';
import { useClockListener } from './useClock';
import { useCurrentSpan } from './useCurrentSpan';
import { setAttributeIfChanged } from './writeIfChanged';

const NO_SPANS: readonly PhaseSpan[] = [];

/**
 * The lesson as a bar of phase segments with a playhead. Drag or click to seek; as a keyboard
 * slider, arrows seek 5 s, Page Up/Down or Shift+arrows change phase, Home/End go to either end.
 * The playhead and the slider's value are written straight into the DOM, four times a second.
 */
export function Scrubber({ protocol }: { protocol: Protocol }) {
  const { timeline, spanIndex } = useCurrentSpan();
  const sliderRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const duration = timeline?.duration ?? 0;
  const [valueText] = useState(memoScrubberValueText);

  useClockListener((t) => {
    const slider = sliderRef.current;
    const head = headRef.current;
    if (slider === null || head === null) return;
    const fraction = duration > 0 ? Math.min(1, Math.max(0, t / duration)) : 0;
    head.style.transform = `translateX(${(fraction * 100).toFixed(3)}%)`;
    setAttributeIfChanged(slider, 'aria-valuenow', String(Math.round(t)));
    setAttributeIfChanged(
      slider,
      'aria-valuetext',
      valueText(t, duration, timeline?.spans ?? NO_SPANS, protocol.phases),
    );
  }, timeline);

  const seekToPointer = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    usePlaybackStore.getState().seek(timeAtPointer(event.clientX, rect.left, rect.width, duration));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const seek = usePlaybackStore.getState().seek;
    const forward = event.key === 'ArrowRight' || event.key === 'ArrowUp';
    const back = event.key === 'ArrowLeft' || event.key === 'ArrowDown';
    if ((forward || back) && event.shiftKey) stepPhase(forward ? 1 : -1);
    else if (forward || back) seekBy(forward ? SEEK_STEP_SECONDS : -SEEK_STEP_SECONDS);
    else if (event.key === 'PageUp') stepPhase(-1);
    else if (event.key === 'PageDown') stepPhase(1);
    else if (event.key === 'Home') seek(0);
    else if (event.key === 'End') seek(duration);
    else return;
    // Handled here: the page-wide shortcuts leave a handled key alone.
    event.preventDefault();
  };

  return (
    <div
      ref={sliderRef}
      className="trainer-scrubber"
      role="slider"
      tabIndex={0}
      aria-label={trainerStrings.transport.scrubber}
      aria-valuemin={0}
      aria-valuemax={Math.round(duration)}
      aria-disabled={timeline === null ? true : undefined}
      data-testid="scrubber"
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        dragging.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
        seekToPointer(event);
      }}
      onPointerMove={(event) => {
        if (dragging.current) seekToPointer(event);
      }}
      onPointerUp={() => {
        dragging.current = false;
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
    >
      <ScrubberSegments timeline={timeline} phases={protocol.phases} currentSpan={spanIndex} />
      <div ref={headRef} className="trainer-scrubber-head" aria-hidden="true">
        <span className="trainer-scrubber-knob" />
      </div>
    </div>
  );
}
