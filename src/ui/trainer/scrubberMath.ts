/** Pure helpers for the scrubber: pointer position to time, and its words for screen readers. */
import type { PhaseSpan } from '../../protocol/motion/types';
import type { Phase } from '../../protocol/schema';
import { spanIndexAt } from '../../protocol/sample';
import { trainerStrings } from '../strings';
import { i18n } from '../../i18n/instance';
import { clockSeconds, formatClock } from './formatTime';

/** The time under a pointer at `clientX` over a track spanning [left, left + width]. */
export function timeAtPointer(clientX: number, left: number, width: number, duration: number) {
  if (!(width > 0) || !(duration > 0)) return 0;
  const fraction = Math.min(1, Math.max(0, (clientX - left) / width));
  return fraction * duration;
}

/** "0:30 of 2:12, Phase 2 of 4: Calf kneading": the slider's value in words. */
export function scrubberValueText(
  t: number,
  duration: number,
  spans: readonly PhaseSpan[],
  phases: readonly Pick<Phase, 'name'>[],
): string {
  const span = spans[spanIndexAt(spans, t)];
  const name = span === undefined ? undefined : phases[span.phaseIndex]?.name;
  const phase =
    span === undefined || name === undefined
      ? ''
      : trainerStrings.announce.phase(span.phaseIndex + 1, phases.length, name);
  return trainerStrings.transport.scrubberValue(formatClock(t), formatClock(duration), phase);
}

/**
 * `scrubberValueText`, worked out again only when what it says changes: its whole second, the
 * phase, the lesson or the language. The slider's value is refreshed four times a second, and
 * translating the sentence each time was the transport's main allocation while playing.
 */
export function memoScrubberValueText(): typeof scrubberValueText {
  let last: {
    second: number;
    span: number;
    duration: number;
    spans: readonly PhaseSpan[];
    phases: readonly Pick<Phase, 'name'>[];
    language: string;
    text: string;
  } | null = null;
  return (t, duration, spans, phases) => {
    const second = clockSeconds(t);
    const span = spanIndexAt(spans, t);
    const language = i18n.language;
    if (
      last !== null &&
      last.second === second &&
      last.span === span &&
      last.duration === duration &&
      last.spans === spans &&
      last.phases === phases &&
      last.language === language
    ) {
      return last.text;
    }
    const text = scrubberValueText(t, duration, spans, phases);
    last = { second, span, duration, spans, phases, language, text };
    return text;
  };
}
