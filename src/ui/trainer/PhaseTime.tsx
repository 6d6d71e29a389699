import { useRef } from 'react';
import type { PhaseSpan } from '../../protocol/motion/types';
import { formatProgress } from './formatTime';
import { useClockListener } from './useClock';
import { setTextIfChanged } from './writeIfChanged';

/**
 * "0:12 / 0:40" into the current phase, written straight into the DOM when it changes (checked
 * four times a second). React renders the element empty and never touches its text, so the two
 * never fight over it.
 */
export function PhaseTime({ span }: { span: PhaseSpan | undefined }) {
  const ref = useRef<HTMLSpanElement>(null);
  useClockListener((t) => {
    if (ref.current === null) return;
    setTextIfChanged(
      ref.current,
      span === undefined ? '–' : formatProgress(t - span.start, span.end - span.start),
    );
  }, span);
  return <span ref={ref} className="trainer-phase-time" data-testid="phase-time" />;
}
