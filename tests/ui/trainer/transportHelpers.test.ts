/**
 * The transport's pure helpers: the scrubber's pointer and value text, the session minutes kept
 * in bounds. (The transport itself is used like a learner uses it in TransportBar.test.tsx.)
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { buildTimeline, type Timeline } from '../../../src/protocol/timeline';
import {
  memoScrubberValueText,
  scrubberValueText,
  timeAtPointer,
} from '../../../src/ui/trainer/scrubberMath';
import { clampMinutes } from '../../../src/ui/trainer/sessionMinutes';
import { loadDefaultLeg } from '../../support/leg';

const protocol = defaultProtocol;
let timeline: Timeline;

beforeAll(async () => {
  const { landmarks } = await loadDefaultLeg();
  timeline = buildTimeline(protocol, { mode: 'demo', landmarks });
});

describe('scrubber helpers', () => {
  it('turn a pointer position into a time, clamped to the track', () => {
    expect(timeAtPointer(150, 100, 200, 60)).toBe(15);
    expect(timeAtPointer(0, 100, 200, 60)).toBe(0);
    expect(timeAtPointer(999, 100, 200, 60)).toBe(60);
    expect(timeAtPointer(150, 100, 0, 60)).toBe(0);
  });

  it('say where the playhead is, in time and phase', () => {
    const span = timeline.spans[1];
    if (span === undefined) throw new Error('no second span');
    const text = scrubberValueText(
      span.start + 1,
      timeline.duration,
      timeline.spans,
      protocol.phases,
    );
    expect(text).toContain(
      `Phase 2 of ${protocol.phases.length}: ${protocol.phases[1]?.name ?? ''}`,
    );
    expect(text.startsWith('0:')).toBe(true);
  });

  it('say the same when worked out again only as the second or phase changes', () => {
    // Playing forward in small steps, seeking anywhere, and the times between: the kept text is
    // always what working it out afresh says.
    const moment = fc.oneof(
      fc.double({ min: -5, max: timeline.duration + 5, noNaN: true }),
      fc.constantFrom(...timeline.spans.flatMap((span) => [span.start, span.start - 1e-6])),
    );
    fc.assert(
      fc.property(fc.array(moment, { minLength: 1, maxLength: 40 }), (moments) => {
        const valueText = memoScrubberValueText();
        for (const t of moments) {
          const kept = valueText(t, timeline.duration, timeline.spans, protocol.phases);
          expect(kept).toBe(
            scrubberValueText(t, timeline.duration, timeline.spans, protocol.phases),
          );
        }
      }),
    );
  });
});

describe('session minutes', () => {
  it('are whole minutes within the bounds; anything else is no value', () => {
    const bounds = { min: 15, max: 30 };
    expect(clampMinutes('20', bounds)).toBe(20);
    expect(clampMinutes('22.6', bounds)).toBe(23);
    expect(clampMinutes('5', bounds)).toBe(15);
    expect(clampMinutes('300', bounds)).toBe(30);
    expect(clampMinutes('', bounds)).toBeNull();
    expect(clampMinutes('abc', bounds)).toBeNull();
  });
});
