/**
 * Small hand-made timelines for the trainer's tests: spans of the default protocol's phases at
 * round times, so a test reads which phase, which leg and when at a glance.
 */
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import type { PhaseSpan, Timeline } from '../../src/protocol/motion/types';

/** Phase `phaseIndex` (of the default protocol) on `leg`, from `start` to `end` seconds. */
export function phaseSpan(
  phaseIndex: number,
  leg: 'right' | 'left',
  start: number,
  end: number,
): PhaseSpan {
  return { phaseIndex, phaseId: defaultProtocol.phases[phaseIndex]?.id ?? '', leg, start, end };
}

/** An 80 s session: phases 1 and 2 on the right leg, then on the left, 20 s each; no clips. */
export const TWO_LEG_SESSION: Timeline = {
  mode: 'session',
  legs: ['right', 'left'],
  duration: 80,
  clips: [],
  spans: [
    phaseSpan(0, 'right', 0, 20),
    phaseSpan(1, 'right', 20, 40),
    phaseSpan(0, 'left', 40, 60),
    phaseSpan(1, 'left', 60, 80),
  ],
};
