import { beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { sample } from '../../src/protocol/sample';
import { buildTimeline, type Timeline } from '../../src/protocol/timeline';
import { createFlowState } from '../../src/physiology/flowState';
import {
  compressionFromHands,
  PALM_RADIUS_S,
  PALM_SPREAD_DEG,
  type HandContact,
} from '../../src/physiology/handContact';
import type { VeinNetwork } from '../../src/physiology/network';
import { networkFromLegModel } from '../../src/physiology/networkFromLegModel';
import { step } from '../../src/physiology/step';
import { loadDefaultLeg } from '../support/leg';
import { SLOW_UNDER_LOAD, totalVolumeMl } from './support/strokes';

const hand = (over: Partial<HandContact> = {}): HandContact => ({
  s: 0.4,
  theta: 90,
  pressure: 'moderate',
  contact: true,
  ...over,
});

describe('compressions from the hands', () => {
  it('a gliding hand presses with its pressure level, over a palm', () => {
    expect(compressionFromHands([hand()])).toEqual([
      {
        s: 0.4,
        theta: 90,
        pressure: 'moderate',
        radiusS: PALM_RADIUS_S,
        spreadDeg: PALM_SPREAD_DEG,
        by: 'hand',
      },
    ]);
  });

  it('presses the footprint the placement gives the palm (its width round the leg there)', () => {
    const [shin] = compressionFromHands([hand({ palmSpreadDeg: 64, skinMmPerDegree: 43 / 64 })]);
    expect(shin!.spreadDeg).toBe(64);
    expect(shin!.mmPerDegree).toBeCloseTo(43 / 64, 12);
    // Without it (a traced stroke), the fixed footprint.
    const [calf] = compressionFromHands([hand()]);
    expect(calf!.spreadDeg).toBe(PALM_SPREAD_DEG);
    expect(calf!.mmPerDegree).toBeUndefined();
  });

  it('a lifted hand presses nothing', () => {
    expect(compressionFromHands([hand({ contact: false })])).toEqual([]);
  });

  it('a kneading or compressing hand presses as hard as its pulse', () => {
    expect(compressionFromHands([hand({ pressure: 'firm', compression: 0.5 })])[0]?.pressure).toBe(
      0.5,
    );
    expect(compressionFromHands([hand({ compression: 1 })])[0]?.pressure).toBe('moderate');
    expect(compressionFromHands([hand({ compression: 0 })])).toEqual([]);
  });
});

describe('the demonstration, played through the veins', () => {
  let leg: VeinNetwork;
  let demo: Timeline;
  beforeAll(async () => {
    const model = await loadDefaultLeg();
    leg = networkFromLegModel(model);
    demo = buildTimeline(defaultProtocol, { mode: 'demo', landmarks: model.landmarks });
  });

  it('conserves volume, never lets a valve leak, and empties the veins', SLOW_UNDER_LOAD, () => {
    let state = createFlowState(leg);
    const start = structuredClone(state);
    let inflow = 0;
    let outflow = 0;
    let emptiest = Infinity;
    const dt = 1 / 30;
    for (let t = 0; t < demo.duration; t += dt) {
      const pose = sample(demo, t + dt / 2);
      state = step(leg, state, compressionFromHands([pose.left, pose.right]), dt, state);
      inflow += state.lastInflowMl;
      outflow += state.lastOutflowMl;
      for (const back of state.valveRefluxMl) expect(back).toBe(0);
      emptiest = Math.min(emptiest, totalVolumeMl(state));
    }
    expect(totalVolumeMl(state) - totalVolumeMl(start)).toBeCloseTo(inflow - outflow, 6);
    // The strokes empty the veins toward the heart: at times they hold a tenth less than at rest
    // (the deep veins, which hold most of the blood, refill from the foot within seconds).
    expect(emptiest).toBeLessThan(0.9 * totalVolumeMl(start));
  });
});
