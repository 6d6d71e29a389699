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
  MIN_MOVED_ML,
  LIFT_PAUSE_MS,
  SETTLE_SECONDS,
  handOnSkin,
  replayTrace,
  startReplay,
} from '../../src/practice/replayTrace';
import { reversed, withPauses } from './support/traces';
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
beforeAll(async () => {
  leg = networkFromLegModel(await loadDefaultLeg());
});

describe('replaying a traced stroke through the valves', SLOW, () => {
  const proximal = () => fixture('proximal-medial-effleurage');

  it('a stroke up the inner leg moves blood past several valves toward the heart', () => {
    const replay = replayTrace(leg, proximal());
    expect(replay.outcome).toBe('moved');
    expect(replay.passedMl).toBeGreaterThan(5);
    expect(replay.valvesPassed).toBeGreaterThanOrEqual(3);
    expect(replay.seconds).toBeCloseTo(8 + SETTLE_SECONDS, 1);
  });

  it('the same path drawn down the leg finds the valves shut and moves almost nothing', () => {
    const up = replayTrace(leg, proximal());
    const down = replayTrace(leg, reversed(proximal()));
    expect(down.outcome).toBe('blocked');
    expect(down.valvesShut).toBeGreaterThan(0);
    expect(down.valvesPassed).toBe(0);
    expect(down.passedMl).toBeLessThan(MIN_MOVED_ML);
    expect(down.passedMl).toBeLessThan(0.05 * up.passedMl);
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
