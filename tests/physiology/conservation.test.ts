import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlowState } from '../../src/physiology/flowState';
import { step } from '../../src/physiology/step';
import { frames } from './support/arbitraries';
import { referenceLeg, straightVein } from './support/networks';
import { glideAt, play, totalVolumeMl, SLOW_UNDER_LOAD } from './support/strokes';

describe('volume is conserved', SLOW_UNDER_LOAD, () => {
  it('in every step the volume changes by what came in from the capillaries minus what left', () => {
    for (const [network, runs] of [
      [straightVein(), 60],
      [referenceLeg(), 15],
    ] as const) {
      fc.assert(
        fc.property(frames(6), fc.boolean(), (sequence, competent) => {
          let state = createFlowState(network, { valvesCompetent: competent });
          for (const { compressions, dt } of sequence) {
            const before = totalVolumeMl(state);
            state = step(network, state, compressions, dt);
            const change = totalVolumeMl(state) - before;
            expect(change).toBeCloseTo(state.lastInflowMl - state.lastOutflowMl, 9);
          }
        }),
        { numRuns: runs },
      );
    }
  });

  it('over a whole stroke and its aftermath', () => {
    const leg = referenceLeg();
    let state = createFlowState(leg);
    const start = totalVolumeMl(state);
    let inflow = 0;
    let outflow = 0;
    const glide = { fromS: 0.2, toS: 0.98, theta: 90, pressure: 'firm' as const, seconds: 4 };
    for (let t = 0; t < 6; t += 1 / 60) {
      state = step(leg, state, glideAt(glide, t), 1 / 60);
      inflow += state.lastInflowMl;
      outflow += state.lastOutflowMl;
    }
    expect(outflow).toBeGreaterThan(inflow); // the stroke emptied the veins toward the heart
    expect(totalVolumeMl(state) - start).toBeCloseTo(inflow - outflow, 9);
  });

  it('a step is pure: the state passed in is left as it was', () => {
    const leg = referenceLeg();
    const state = play(leg, createFlowState(leg), () => [], 0.5, 0.1);
    const copy = structuredClone(state);
    step(leg, state, [{ s: 0.5, theta: 90, pressure: 'firm', radiusS: 0.1, spreadDeg: 60 }], 0.2);
    expect(state).toEqual(copy);
  });
});
