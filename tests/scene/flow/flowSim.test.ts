/**
 * The flow layer's per-frame simulation on the generated leg and the demo lesson: what a learner
 * sees the valve ahead of the hands do on a proximal stroke, and on the same stroke run backwards.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { buildTimeline, type StrokeClip, type Timeline } from '../../../src/protocol/timeline';
import { flowGeometryOf, type FlowGeometry } from '../../../src/scene/flow/flowGeometry';
import {
  advanceFlow,
  createFlowSim,
  frameTiming,
  type FlowFrameInput,
  type FlowSim,
} from '../../../src/scene/flow/flowSim';
import { loadDefaultLeg } from '../../support/leg';
import { LegChart } from '../../../src/anatomy/chart';
import { girthProfileOf } from '../../../src/anatomy/girthProfile';

const SLOW_UNDER_LOAD = { timeout: 60_000 };
const FRAME = 1 / 60;
const REST_OPEN = 0.5;

let geometry: FlowGeometry;
let demo: Timeline;
beforeAll(async () => {
  const leg = await loadDefaultLeg();
  geometry = flowGeometryOf(leg);
  demo = buildTimeline(defaultProtocol, {
    mode: 'demo',
    landmarks: leg.landmarks,
    girth: girthProfileOf(LegChart.fromModel(leg)),
  });
});

/** The demo's first medial glide (ankle to groin over the great saphenous vein). */
const medialGlide = () =>
  demo.clips.find((c): c is StrokeClip => c.kind === 'glide' && c.lane.aspect === 'medial')!;

/** Plays a clip at 60 Hz; per frame, the focused valve and its open fraction. */
function play(sim: FlowSim, clip: StrokeClip, wrongWay: boolean) {
  const seen: { valve: number; open: number }[] = [];
  for (let t = clip.start; t < clip.start + clip.duration; t += FRAME) {
    advanceFlow(sim, { delta: FRAME, t, playing: true, timeline: demo, wrongWay });
    if (sim.focus >= 0)
      seen.push({ valve: sim.focus, open: sim.state.valveOpenFraction[sim.focus] ?? NaN });
  }
  return seen;
}

/** Settles the sim at rest for a second (no hands). */
function settle(sim: FlowSim) {
  for (let k = 0; k < 60; k++) {
    advanceFlow(sim, { delta: FRAME, t: 0, playing: false, timeline: null, wrongWay: false });
  }
}

describe('frameTiming', () => {
  const input = (over: Partial<FlowFrameInput>): FlowFrameInput => ({
    delta: FRAME,
    t: 5,
    playing: false,
    timeline: demo,
    wrongWay: false,
    ...over,
  });

  it('at rest (playhead still), wall time and no hands', () => {
    expect(frameTiming(input({}), 5)).toEqual({ seconds: FRAME, hands: false });
  });

  it('while playing, the lesson’s own time with the hands', () => {
    expect(frameTiming(input({ playing: true, t: 5.05 }), 5)).toEqual({
      seconds: expect.closeTo(0.05, 12) as number,
      hands: true,
    });
  });

  it('a jump of the playhead (seek, loop) takes one wall frame with the hands where they land', () => {
    expect(frameTiming(input({ playing: true, t: 2 }), 5)).toEqual({ seconds: FRAME, hands: true });
    expect(frameTiming(input({ t: 40 }), 5)).toEqual({ seconds: FRAME, hands: true });
  });

  it('no lesson shown: no hands; a stalled frame is cut to 0.1 s', () => {
    expect(frameTiming(input({ timeline: null, t: 9, delta: 3 }), 5)).toEqual({
      seconds: 0.1,
      hands: false,
    });
  });
});

describe('the flow layer on the demo lesson', SLOW_UNDER_LOAD, () => {
  it('at rest, every valve passes its resting flow (half open) and the dots drift toward the heart', () => {
    const sim = createFlowSim(geometry);
    const start = Float64Array.from(sim.particles.fraction);
    settle(sim);
    for (const open of sim.state.valveOpenFraction) expect(open).toBeCloseTo(REST_OPEN, 1);
    // Moved up, or out at the top and back in at the foot.
    let forward = 0;
    sim.particles.fraction.forEach((f, i) => {
      const s0 = start[i] ?? 0;
      forward += f > s0 || s0 - f > 0.5 ? 1 : 0;
    });
    expect(forward / sim.particles.count).toBeGreaterThan(0.9);
    expect(sim.focus).toBe(-1);
  });

  it('on the medial glide toward the heart, the valve ahead of the palm opens well past rest', () => {
    const sim = createFlowSim(geometry);
    settle(sim);
    const seen = play(sim, medialGlide(), false);
    const valves = new Set(seen.map((f) => f.valve));
    expect(valves.size).toBeGreaterThanOrEqual(4); // the glide passes valve after valve
    for (const v of valves) {
      expect(geometry.valves[v]?.veinId).toBe('vein_gsv');
      const peak = Math.max(...seen.filter((f) => f.valve === v).map((f) => f.open));
      expect(peak).toBeGreaterThan(REST_OPEN + 0.2);
    }
  });

  it('run the wrong way, the valve ahead of (below) the palm stays shut, and none lets blood back', () => {
    const sim = createFlowSim(geometry);
    settle(sim);
    const seen = play(sim, medialGlide(), true);
    expect(seen.length).toBeGreaterThan(100);
    const shut = seen.filter((f) => f.open < 0.05).length;
    expect(shut / seen.length).toBeGreaterThan(0.8);
    expect(sim.minValveFlowMlPerS).toBeGreaterThanOrEqual(0);
    for (const reflux of sim.state.valveRefluxMl) expect(reflux).toBe(0);
  });

  it('the close-up keeps showing the last valve the hands pushed toward', () => {
    const sim = createFlowSim(geometry);
    play(sim, medialGlide(), false);
    const last = sim.featured;
    advanceFlow(sim, { delta: FRAME, t: 0.5, playing: false, timeline: demo, wrongWay: false });
    advanceFlow(sim, { delta: FRAME, t: 0.5, playing: false, timeline: demo, wrongWay: false });
    expect(sim.focus).toBe(-1);
    expect(sim.featured).toBe(last);
  });
});
