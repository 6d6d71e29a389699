import { useRef } from 'react';
import type { PhaseSpan } from '../../protocol/motion/types';
import { formatProgress } from './formatTime';
import { useClockListener } from './useClock';

/** "0:12 / 0:40" into the current phase, written straight into the DOM four times a second. */
export function PhaseTime({ span }: { span: PhaseSpan | undefined }) {
  const ref = useRef<HTMLSpanElement>(null);
  useClockListener((t) => {
    if (ref.current === null || span === undefined) return;
    ref.current.textContent = formatProgress(t - span.start, span.end - span.start);
  }, span);
  return (
    <span ref={ref} className="trainer-phase-time" data-testid="phase-time">
      {span === undefined ? '–' : formatProgress(0, span.end - span.start)}
    </span>
  );
}
