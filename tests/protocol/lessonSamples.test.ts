/** `npm run lesson`'s core: the demonstration as rows, on the real model. */
import { describe, expect, it } from 'vitest';
import { halfPalmS } from '../../src/anatomy/handSize';
import { regionsAt } from '../../src/anatomy/regions';
import { exceedsZone } from '../../src/protocol/zones';
import { zoneUnderHand } from '../../src/protocol/zoneUnderHand';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { lessonSamples } from '../../src/protocol/lessonSamples';
import { sample } from '../../src/protocol/sample';
import { buildTimeline } from '../../src/protocol/timeline';
import { traceChartOf, legZoneAt } from '../../src/practice/legTraceContext';
import { loadDefaultLeg } from '../support/leg';

const chart = traceChartOf(await loadDefaultLeg());
const zoneAt = legZoneAt(defaultProtocol, chart, regionsAt);
const halfPalm = halfPalmS(chart.landmarks);
const timeline = buildTimeline(defaultProtocol, {
  mode: 'demo',
  landmarks: chart.landmarks,
  leg: 'left',
  zoneAt,
});
const rows = [...lessonSamples(timeline, { zoneAt, halfPalmS: halfPalm, step: 0.05 })];

describe('the lesson as rows', () => {
  it('gives both hands at every step from 0 to the end of the timeline', () => {
    const steps = Math.floor(timeline.duration / 0.05 + 1e-9) + 1;
    expect(rows).toHaveLength(2 * steps);
    expect(rows[0]).toMatchObject({ t: 0, hand: 'left' });
    expect(rows[1]).toMatchObject({ t: 0, hand: 'right' });
    expect(rows[rows.length - 1]?.t).toBeCloseTo((steps - 1) * 0.05, 9);
    expect(new Set(rows.map((r) => r.phase))).toEqual(
      new Set(defaultProtocol.phases.map((p) => p.id)),
    );
  });

  it('reports the pose the timeline samples, with none for a lifted hand', () => {
    for (const row of rows.filter((_, i) => i % 97 === 0)) {
      const hand = sample(timeline, row.t)[row.hand];
      expect(row.s).toBeCloseTo(hand.s, 4);
      expect(row.theta).toBeCloseTo(hand.theta, 1);
      expect(row.contact).toBe(hand.contact);
      expect(row.pressure).toBe(hand.contact ? hand.pressure : 'none');
      expect(row.zone).toBe(zoneUnderHand(zoneAt, hand.s, hand.theta, halfPalm).level);
    }
    expect(rows.some((r) => !r.contact && r.pressure === 'none')).toBe(true);
    expect(rows.filter((r) => r.contact).every((r) => r.pressure !== 'none')).toBe(true);
  });

  it('never shows a hand pressing more than its zone allows, and kneads firm where it may', () => {
    const over = rows.filter((r) => r.pressure !== 'none' && exceedsZone(r.pressure, r.zone));
    expect(over).toEqual([]);
    expect(rows.some((r) => r.phase === 'calf-petrissage' && r.pressure === 'firm')).toBe(true);
  });

  it('refuses a step that is not a positive number of seconds', () => {
    for (const step of [0, -1, Number.NaN]) {
      expect(() => [...lessonSamples(timeline, { zoneAt, halfPalmS: halfPalm, step })]).toThrow(
        RangeError,
      );
    }
  });
});
