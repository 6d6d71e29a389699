/**
 * The demonstration obeys its own zone map: over the whole default protocol, on both legs, in the
 * demonstration and in a real session, stepped every 0.05 s on the real model, no hand in contact
 * ever presses more than the zone under it allows (keep-off sites: the hands are lifted), and
 * every stroke moves toward the heart. The zones come from Practice's own lookup
 * (`legTraceContext`), so Watch and Practice are held to one map.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEG_SIDES, type LegSide } from '../../src/anatomy/names';
import { regionsAt } from '../../src/anatomy/regions';
import { insideMark, type UserMark } from '../../src/anatomy/markFootprint';
import type { PressureLevel } from '../../src/anatomy/names';
import { exceedsZone, type Zone } from '../../src/protocol/zones';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { sample } from '../../src/protocol/sample';
import { buildTimeline, type Timeline } from '../../src/protocol/timeline';
import { traceChartOf, legTraceContext } from '../../src/practice/legTraceContext';
import {
  PALM_HALF_LENGTH_HANDS,
  PALM_HALF_WIDTH_DEGREES,
  handWidthS,
} from '../../src/anatomy/handSize';
import { loadDefaultLeg } from '../support/leg';

const SLOW_UNDER_LOAD = { timeout: 120_000 };
const STEP_SECONDS = 0.05;
/** Rounding room for s along a stroke (chart units; 1e-9 of a leg). */
const EPS = 1e-9;

const model = await loadDefaultLeg();
const chart = traceChartOf(model);
const protocol = defaultProtocol;
const zonesWith = (marks: readonly UserMark[]) =>
  legTraceContext(protocol, chart, regionsAt, marks).zoneAt;
const halfPalm = PALM_HALF_LENGTH_HANDS * handWidthS(chart.landmarks);

/**
 * The palm's footprint as (along, around) fractions of its half-sizes: a 21 × 21 grid over the
 * ellipse, denser than the app's own look-up (`zoneUnderHand`), so that a zone border cutting a
 * corner of the palm is found. The outermost 5 % of the rim is left out: there the palm's edge
 * barely touches, and a nearest-vertex map has single-vertex slivers.
 */
const FOOTPRINT: [number, number][] = [];
for (let i = -10; i <= 10; i++) {
  for (let j = -10; j <= 10; j++) {
    if (Math.hypot(i, j) <= 9.5) FOOTPRINT.push([i / 10, j / 10]);
  }
}

const wrap = (theta: number) => (theta > 180 ? theta - 360 : theta < -180 ? theta + 360 : theta);

/** The palm's footprint points around a hand at (s, θ), on the chart. */
function footprintAt(s: number, theta: number): [number, number][] {
  return FOOTPRINT.map(([along, around]) => [
    Math.min(1, Math.max(0, s + along * halfPalm)),
    wrap(theta + around * PALM_HALF_WIDTH_DEGREES),
  ]);
}

/**
 * The first zone under a palm that `pressure` exceeds, over its whole footprint, from the skin's
 * map; remembered per map, since the strokes repeat (a real session, the runs of a property).
 */
const exceededByMap = new WeakMap<object, Map<string, Zone | undefined>>();
function exceededUnder(
  zoneAt: (s: number, theta: number) => Zone,
  s: number,
  theta: number,
  pressure: PressureLevel,
): Zone | undefined {
  let seen = exceededByMap.get(zoneAt);
  if (!seen) exceededByMap.set(zoneAt, (seen = new Map()));
  const key = `${s}|${theta}|${pressure}`;
  if (!seen.has(key)) {
    const found = footprintAt(s, theta)
      .map(([at, angle]) => zoneAt(at, angle))
      .find((zone) => exceedsZone(pressure, zone.level));
    seen.set(key, found);
  }
  return seen.get(key);
}

/**
 * A mark under the palm: a footprint point inside the mark's own ellipse (the skin's map, vertex
 * by vertex, blurs a 1 cm mark by half a vertex's spacing).
 */
function markUnder(marks: readonly UserMark[], s: number, theta: number): Zone | undefined {
  if (marks.length === 0) return undefined;
  const points = footprintAt(s, theta);
  const mark = marks.find((m) => points.some(([at, angle]) => insideMark(m, at, angle)));
  return mark ? { level: 'keep-off', sourceId: mark.id } : undefined;
}

interface Fault {
  t: number;
  hand: string;
  s: number;
  theta: number;
  pressure: string;
  zone: string;
  phase: string;
}

/** Every moment at which a hand in contact presses harder than the zone under it allows. */
function pressureFaults(
  timeline: Timeline,
  zoneAt: (s: number, theta: number) => Zone,
  marks: readonly UserMark[] = [],
): Fault[] {
  const faults: Fault[] = [];
  for (let t = 0; t <= timeline.duration; t += STEP_SECONDS) {
    const pose = sample(timeline, t);
    for (const side of ['left', 'right'] as const) {
      const hand = pose[side];
      if (!hand.contact) continue;
      const worst =
        markUnder(marks, hand.s, hand.theta) ??
        exceededUnder(zoneAt, hand.s, hand.theta, hand.pressure);
      if (worst) {
        faults.push({
          t: Math.round(t * 100) / 100,
          hand: side,
          s: Math.round(hand.s * 1000) / 1000,
          theta: Math.round(hand.theta),
          pressure: hand.pressure,
          zone: `${worst.level} (${worst.sourceId})`,
          phase: hand.phaseId,
        });
      }
    }
  }
  return faults;
}

/** Every stroke in which a hand in contact moves back down the leg, or ends no higher. */
function distalStrokes(timeline: Timeline): string[] {
  const out: string[] = [];
  for (const clip of timeline.clips) {
    if (clip.kind === 'return') continue;
    for (const side of ['left', 'right'] as const) {
      let previous = sample(timeline, clip.start)[side].s;
      const first = previous;
      let down = false;
      for (let t = clip.start + STEP_SECONDS; t <= clip.start + clip.duration; t += STEP_SECONDS) {
        const s = sample(timeline, t)[side].s;
        if (s < previous - EPS) down = true;
        previous = s;
      }
      if (down || !(previous > first)) out.push(`${clip.strokeId} #${clip.index} ${side}`);
    }
  }
  return out;
}

const timelines: [string, (zoneAt: (s: number, theta: number) => Zone) => Timeline][] = [
  ...LEG_SIDES.map((leg): [string, (zoneAt: (s: number, theta: number) => Zone) => Timeline] => [
    `demonstration, ${leg} leg`,
    (zoneAt) => buildTimeline(protocol, { mode: 'demo', landmarks: chart.landmarks, leg, zoneAt }),
  ]),
  ...[protocol.timing.sessionMinutes.min, protocol.timing.sessionMinutes.max].map(
    (minutes): [string, (zoneAt: (s: number, theta: number) => Zone) => Timeline] => [
      `real session of ${minutes} minutes, both legs`,
      (zoneAt) =>
        buildTimeline(protocol, {
          mode: 'session',
          landmarks: chart.landmarks,
          sessionMinutes: minutes,
          legs: ['right', 'left'] satisfies LegSide[],
          zoneAt,
        }),
    ],
  ),
];

describe('the default protocol obeys the zone map', SLOW_UNDER_LOAD, () => {
  const zoneAt = zonesWith([]);
  for (const [name, build] of timelines) {
    let built: Timeline | null = null;
    const timeline = () => (built ??= build(zoneAt));
    it(`${name}: no hand presses more than the zone under it allows`, () => {
      const faults = pressureFaults(timeline(), zoneAt);
      expect(faults.slice(0, 12), `${faults.length} faults`).toEqual([]);
    });
    it(`${name}: every stroke moves toward the heart`, () => {
      expect(distalStrokes(timeline())).toEqual([]);
    });
  }
});

/** A place the user marked to keep off, anywhere on the leg from ankle to upper thigh. */
const anyMark: fc.Arbitrary<UserMark> = fc.record({
  id: fc.constant('user-mark'),
  s: fc.double({ min: 0.15, max: 0.9, noNaN: true }),
  theta: fc.double({ min: -180, max: 180, noNaN: true }),
  radiusS: fc.double({ min: 0.01, max: 0.06, noNaN: true }),
  radiusDeg: fc.double({ min: 10, max: 60, noNaN: true }),
});

describe("the user's keep-off marks", SLOW_UNDER_LOAD, () => {
  const protocolZones = zonesWith([]);
  it('lift the hands over a marked place and never press near it (demonstration, both legs)', () => {
    fc.assert(
      fc.property(anyMark, fc.constantFrom<LegSide>('right', 'left'), (mark, leg) => {
        const timeline = buildTimeline(protocol, {
          mode: 'demo',
          landmarks: chart.landmarks,
          leg,
          zoneAt: zonesWith([mark]),
        });
        const faults = pressureFaults(timeline, protocolZones, [mark]);
        expect(faults.slice(0, 5), `${faults.length} faults`).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });
});
