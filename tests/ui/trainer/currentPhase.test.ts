/** What the trainer shows about the moment under the playhead: span, stroke and cue. */
import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import type { Clip, Timeline } from '../../../src/protocol/motion/types';
import { cueIndexAt, firstSpanOf, strokeAt } from '../../../src/ui/trainer/currentPhase';
import { phaseSpan } from '../../support/timelineFixtures';

const spans = [
  phaseSpan(0, 'right', 0, 10),
  phaseSpan(1, 'right', 10, 30),
  phaseSpan(0, 'left', 30, 40),
];

describe('firstSpanOf', () => {
  it('finds the first span of a phase, on a given leg when asked', () => {
    expect(firstSpanOf(spans, 0)).toBe(0);
    expect(firstSpanOf(spans, 0, 'left')).toBe(2);
    expect(firstSpanOf(spans, 1)).toBe(1);
    expect(firstSpanOf(spans, 3)).toBe(-1);
  });
});

describe('cueIndexAt', () => {
  const calf = phaseSpan(1, 'right', 10, 30);
  it('walks through the cues in equal shares of the span', () => {
    expect([10, 14.9, 15, 24.99, 25, 29.9].map((t) => cueIndexAt(calf, t, 4))).toEqual([
      0, 0, 1, 2, 3, 3,
    ]);
  });

  it('stays on the first or the last cue outside the span, and copes with odd input', () => {
    expect(cueIndexAt(calf, 0, 4)).toBe(0);
    expect(cueIndexAt(calf, 99, 4)).toBe(3);
    expect(cueIndexAt(calf, 20, 1)).toBe(0);
    expect(cueIndexAt(phaseSpan(1, 'right', 5, 5), 5, 4)).toBe(0);
  });
});

describe('strokeAt', () => {
  const phase = defaultProtocol.phases[0];
  if (phase === undefined) throw new Error('no phase');
  const clip = (index: number, start: number, strokeId: string): Clip => ({
    kind: 'return',
    index,
    start,
    duration: 5,
    leg: 'right',
    phaseIndex: 0,
    phaseId: phase.id,
    technique: phase.technique,
    pressure: phase.pressure,
    strokeId,
    strokeKind: 'glide',
    from: { left: { s: 0, theta: 0 }, right: { s: 0, theta: 0 } },
    to: { left: { s: 0, theta: 0 }, right: { s: 0, theta: 0 } },
  });
  const timeline: Timeline = {
    mode: 'demo',
    legs: ['right'],
    duration: 10,
    clips: [clip(0, 0, 'warm-up-front'), clip(1, 5, 'warm-up-inner')],
    spans: [phaseSpan(0, 'right', 0, 10)],
  };

  it('gives the stroke of the clip under the playhead', () => {
    expect(strokeAt(timeline, phase, 1)?.id).toBe('warm-up-front');
    expect(strokeAt(timeline, phase, 5)?.id).toBe('warm-up-inner');
  });

  it('gives nothing for a stroke of another phase or an empty timeline', () => {
    const other = defaultProtocol.phases[1];
    if (other === undefined) throw new Error('no phase');
    expect(strokeAt(timeline, other, 1)).toBeUndefined();
    expect(strokeAt({ ...timeline, clips: [] }, phase, 1)).toBeUndefined();
  });
});
