/**
 * What the valves would do with a traced stroke: a stroke toward the heart sends blood past the
 * valves, the same path drawn the other way finds them shut.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { networkFromLegModel, type VeinNetwork } from '../../src/physiology';
import { parseTraceText, type Trace } from '../../src/practice/traceFile';
import { splitIntoPieces } from '../../src/practice/tracePieces';
import {
  LIFT_PAUSE_MS,
  MIN_VALVE_ML,
  SETTLE_SECONDS,
  handOnSkin,
  replayTrace,
  startReplay,
} from '../../src/practice/replayTrace';
import type { PressureLevel } from '../../src/anatomy/names';
import { reversed, stroke, trace, withPauses } from './support/traces';
import { loadDefaultLeg } from '../support/leg';

/** Replays take a second or so each on a busy machine. */
const SLOW = { timeout: 120_000 };

function fixture(name: string): Trace {
  const url = new URL(`./fixtures/${name}.json`, import.meta.url);
  const result = parseTraceText(readFileSync(url, 'utf8'));
  if (!result.ok) throw new Error(`fixture ${name} does not parse`);
  return result.trace;
}

let leg: VeinNetwork;
let landmarks: Awaited<ReturnType<typeof loadDefaultLeg>>['landmarks'];
beforeAll(async () => {
  const model = await loadDefaultLeg();
  leg = networkFromLegModel(model);
  landmarks = model.landmarks;
});

describe('replaying a traced stroke through the valves', SLOW, () => {
  const proximal = () => fixture('proximal-medial-effleurage');

  it('a stroke up the inner leg moves blood past several valves toward the heart', () => {
    const replay = replayTrace(leg, proximal());
    expect(replay.outcome).toBe('moved');
    // A few millilitres carried up the great saphenous vein, past valve after valve.
    expect(replay.passedMl).toBeGreaterThan(2);
    expect(replay.valvesPassed).toBeGreaterThanOrEqual(3);
    expect(replay.seconds).toBeCloseTo(8 + SETTLE_SECONDS, 1);
  });

  it('the same path drawn down the leg finds the valves shut and moves far less', () => {
    const up = replayTrace(leg, proximal());
    const down = replayTrace(leg, reversed(proximal()));
    expect(down.outcome).toBe('blocked');
    expect(down.valvesShut).toBeGreaterThan(0);
    // Only where the hand first lands does it push a little blood up past a valve or two.
    expect(down.valvesPassed).toBeLessThan(up.valvesPassed / 2);
    expect(down.passedMl).toBeLessThan(up.passedMl / 2);
  });

  /**
   * Strokes a learner draws up the inner leg at the guide's tempo (8 s a glide): from the inner
   * ankle to below the knee, to the knee and to mid-thigh, over the great saphenous vein (θ 70°
   * and 90°), light and moderate. Each squeezes the vein on its way up: the model sends blood
   * through its valves toward the heart, and the same strokes drawn down meet shut valves.
   */
  const innerLeg = () => {
    const ends = {
      'below the knee': landmarks.tibial_tuberosity.s,
      'the knee': landmarks.medial_femoral_condyle.s,
      'mid-thigh': (landmarks.patella_centre.s + landmarks.groin_crease.s) / 2,
    };
    return Object.entries(ends).flatMap(([end, sTo]) =>
      [70, 90].flatMap((theta) =>
        (['light', 'moderate'] satisfies PressureLevel[]).map((pressure) => ({
          name: `${pressure}, θ ${theta}°, ankle to ${end}`,
          trace: trace(
            stroke(
              { s: landmarks.medial_malleolus.s, theta },
              { s: sTo, theta },
              { pressure, durationMs: 8000, samples: 500 },
            ),
          ),
        })),
      ),
    );
  };

  it('every stroke up the inner leg at the guide tempo moves blood through the valves', () => {
    const outcomes = innerLeg().map(({ name, trace }) => {
      const replay = replayTrace(leg, trace);
      return { name, outcome: replay.outcome, enough: replay.passedMl >= MIN_VALVE_ML };
    });
    expect(outcomes.filter((o) => o.outcome !== 'moved' || !o.enough)).toEqual([]);
  });

  it('the same strokes drawn down the inner leg meet shut valves', () => {
    const outcomes = innerLeg().map(({ name, trace }) => ({
      name,
      outcome: replayTrace(leg, reversed(trace)).outcome,
    }));
    expect(outcomes.filter((o) => o.outcome !== 'blocked')).toEqual([]);
  });

  it('a stroke up the front or the outside of the shin, away from the veins, says so', () => {
    for (const theta of [0, -90]) {
      const replay = replayTrace(
        leg,
        trace(
          stroke(
            { s: landmarks.medial_malleolus.s, theta },
            { s: landmarks.tibial_tuberosity.s, theta },
            { durationMs: 4000, samples: 250 },
          ),
        ),
      );
      expect(replay.outcome).toBe('nothing');
      expect(replay.valvesPassed).toBe(0);
    }
  });

  it('gives the same result in slices as at once', () => {
    const whole = replayTrace(leg, proximal());
    const run = startReplay(leg, proximal());
    const progress: number[] = [];
    while (!run.advance(7)) progress.push(run.progress());
    expect(run.result()).toEqual(whole);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(run.progress()).toBe(1);
  });

  it('a single touch squeezes nothing (the hand is on the skin for no time at all)', () => {
    const touch: Trace = { leg: 'right', samples: proximal().samples.slice(0, 1) };
    expect(replayTrace(leg, touch)).toMatchObject({
      outcome: 'nothing',
      valvesShut: 0,
      valvesPassed: 0,
    });
  });
});

describe('where the hand is during a replay', () => {
  const sample = (t: number) => ({ s: 0.3 + t / 1e5, theta: 90, t, pressure: 'light' as const });
  const touch = () => [0, 20, 40, 60, 80].map(sample);

  it('on the latest sample of the touch under way, lifted between touches and after the end', () => {
    // Two touches: 0–80 ms, a lift of a second, then 1080–1160 ms.
    const at = handOnSkin(withPauses([touch(), touch()], 1000));
    expect([-5, 0, 30, 79].map((ms) => at(ms)?.t ?? null)).toEqual([null, 0, 20, 60]);
    expect([80, 500, 1079].map((ms) => at(ms))).toEqual([null, null, null]);
    expect([1080, 1150, 1160, 2000].map((ms) => at(ms)?.t ?? null)).toEqual([
      1080,
      1140,
      null,
      null,
    ]);
  });

  it('pressing on through a pause too short to be a lift (the analysis splits there)', () => {
    const samples = withPauses([touch(), touch()], 200);
    expect(splitIntoPieces(samples.map((s) => s.t))).toHaveLength(2);
    const at = handOnSkin(samples);
    expect([80, 150, 279].map((ms) => at(ms)?.t ?? null)).toEqual([80, 80, 80]);
    expect(LIFT_PAUSE_MS).toBeGreaterThan(200);
  });
});
