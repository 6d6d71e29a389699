import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFlowState, type FlowState } from '../../src/physiology/flowState';
import { layoutOf } from '../../src/physiology/layout';
import type { VeinNetwork } from '../../src/physiology/network';
import { MAX_STEP_SECONDS } from '../../src/physiology/parameters';
import { step } from '../../src/physiology/step';
import { frames } from './support/arbitraries';
import { referenceLeg, straightVein } from './support/networks';
import { glideAt, play, type Glide, SLOW_UNDER_LOAD } from './support/strokes';

/**
 * Physical bounds of a cell's volume: never negative, and never more than a vein distended by
 * the strongest squeeze plus the capillary pressure (~9 × rest with a 10 mmHg wall).
 */
const MAX_FILLING = 10;

function expectPhysical(network: VeinNetwork, state: FlowState): void {
  const rest = layoutOf(network).cellRestVolumeMl;
  state.volumesMl.forEach((v, c) => {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(MAX_FILLING * (rest[c] ?? 0));
  });
  for (const array of [
    state.pressuresMmHg,
    state.cellVelocityCmPerS,
    state.valveFlowMlPerS,
    state.valveOpenFraction,
    state.valvePassedMl,
  ]) {
    for (const x of array) expect(Number.isFinite(x)).toBe(true);
  }
}

describe('stable for steps from 1 ms to 1 s', SLOW_UNDER_LOAD, () => {
  it('no NaN, volumes within physical bounds, whatever presses', () => {
    for (const [network, runs] of [
      [straightVein(), 60],
      [referenceLeg(), 15],
    ] as const) {
      fc.assert(
        fc.property(frames(8), fc.boolean(), (sequence, competent) => {
          let state = createFlowState(network, { valvesCompetent: competent });
          for (const { compressions, dt } of sequence) {
            state = step(network, state, compressions, dt);
            expectPhysical(network, state);
          }
        }),
        { numRuns: runs },
      );
    }
  });

  describe('the same stroke played at 1 ms frames and at coarser ones ends in nearly the same state', () => {
    const leg = referenceLeg();
    const rest = layoutOf(leg).cellRestVolumeMl;
    const restTotal = rest.reduce((a, b) => a + b, 0);
    const glide: Glide = { fromS: 0.2, toS: 0.98, theta: 90, pressure: 'firm', seconds: 2 };
    const run = (dt: number) => play(leg, createFlowState(leg), (t) => glideAt(glide, t), 3, dt);
    let fine: FlowState;
    beforeAll(() => {
      fine = run(0.001);
    });
    const passed = (s: FlowState) => s.valvePassedMl.reduce((a, b) => a + b, 0);

    // The hand jumps 4 cm between 100 ms frames (a third of a palm): the veins notice a little.
    it.each([
      [1 / 30, 0.01, 0.005],
      [0.1, 0.2, 0.02],
    ])(
      'at %f s frames: each cell within %f of its rest volume, all within %f',
      (dt, perCell, overall) => {
        const coarse = run(dt);
        let difference = 0;
        coarse.volumesMl.forEach((v, c) => {
          const d = Math.abs(v - (fine.volumesMl[c] ?? NaN));
          expect(d).toBeLessThan(perCell * (rest[c] ?? 0));
          difference += d;
        });
        expect(difference).toBeLessThan(overall * restTotal);
        expect(Math.abs(passed(coarse) - passed(fine))).toBeLessThan(overall * passed(fine));
      },
    );
  });

  it('is deterministic: the same inputs give the same numbers', () => {
    const leg = referenceLeg();
    const glide: Glide = { fromS: 0.3, toS: 0.9, theta: 120, pressure: 'moderate', seconds: 1 };
    const a = play(leg, createFlowState(leg), (t) => glideAt(glide, t), 1.5, 1 / 60);
    const b = play(leg, createFlowState(leg), (t) => glideAt(glide, t), 1.5, 1 / 60);
    expect(b).toEqual(a);
  });
});

describe('pauses and odd frames', () => {
  const vein = straightVein();
  const press = [{ s: 0.5, theta: 90, pressure: 'firm' as const, radiusS: 0.1, spreadDeg: 60 }];

  it('a 5 s frame after a tab switch simulates at most 1 s and stays physical', () => {
    const state = step(vein, createFlowState(vein), press, 5);
    expect(state.lastStepSeconds).toBe(MAX_STEP_SECONDS);
    expect(state.timeSeconds).toBe(MAX_STEP_SECONDS);
    expectPhysical(vein, state);
  });

  it('a zero, negative or NaN dt lets no time pass', () => {
    const start = createFlowState(vein);
    for (const dt of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const state = step(vein, start, press, dt);
      expect(state.timeSeconds).toBe(0);
      expect(state.volumesMl).toEqual(start.volumesMl);
    }
  });

  it('reusing the previous state as the output gives the same result as a fresh one', () => {
    const fresh = step(vein, createFlowState(vein), press, 0.3);
    const start = createFlowState(vein);
    const reused = step(vein, start, press, 0.3, start);
    expect(reused).toBe(start);
    expect(reused).toEqual(fresh);
  });

  it('refuses a state from another network', () => {
    expect(() => step(referenceLeg(), createFlowState(vein), [], 0.1)).toThrow(/another network/);
  });
});
