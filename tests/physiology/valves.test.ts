import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlowState, type FlowState } from '../../src/physiology/flowState';
import { layoutOf } from '../../src/physiology/layout';
import { step } from '../../src/physiology/step';
import { frames } from './support/arbitraries';
import { referenceLeg, straightVein } from './support/networks';
import { glideAt, play, reversed, type Glide, SLOW_UNDER_LOAD } from './support/strokes';

describe('no valve ever passes flow away from the heart', SLOW_UNDER_LOAD, () => {
  it('whatever presses, for however long', () => {
    for (const [network, runs] of [
      [straightVein(), 60],
      [referenceLeg(), 15],
    ] as const) {
      fc.assert(
        fc.property(frames(6), (sequence) => {
          let state = createFlowState(network);
          for (const { compressions, dt } of sequence) {
            const passedBefore = Float64Array.from(state.valvePassedMl);
            state = step(network, state, compressions, dt);
            state.valveFlowMlPerS.forEach((flow) => expect(flow).toBeGreaterThanOrEqual(0));
            state.valveRefluxMl.forEach((back) => expect(back).toBe(0));
            state.valvePassedMl.forEach((passed, v) =>
              expect(passed).toBeGreaterThanOrEqual(passedBefore[v] ?? NaN),
            );
          }
        }),
        { numRuns: runs },
      );
    }
  });

  it('unless the valves are incompetent: then a distal stroke drives blood back through them', () => {
    const vein = straightVein();
    const down: Glide = { fromS: 0.74, toS: 0.28, theta: 90, pressure: 'firm', seconds: 3 };
    const state = play(
      vein,
      createFlowState(vein, { valvesCompetent: false }),
      (t) => glideAt(down, t),
      3,
      1 / 60,
    );
    for (const back of state.valveRefluxMl) expect(back).toBeGreaterThan(0.1);
  });
});

describe('what a learner sees at a valve', () => {
  const vein = straightVein();
  const layout = layoutOf(vein);
  // The middle valve, at fraction 0.5: s = 0.3 + 0.42 × 0.5.
  const middle = 1;
  const valveS = 0.51;
  const up: Glide = { fromS: 0.28, toS: 0.74, theta: 90, pressure: 'moderate', seconds: 3 };
  /** The state when the hand's centre is 10 cm (0.1 in s) short of the valve, coming from `glide.fromS`. */
  const approaching = (glide: Glide): FlowState => {
    const handS = valveS - Math.sign(glide.toS - glide.fromS) * 0.1;
    const t = ((handS - glide.fromS) / (glide.toS - glide.fromS)) * glide.seconds;
    return play(vein, createFlowState(vein), (time) => glideAt(glide, time), t, 1 / 60);
  };

  it('the fixture has the valve where the test expects it', () => {
    expect(layout.valveFraction[middle]).toBe(0.5);
  });

  it('opens wide ahead of a proximal stroke', () => {
    expect(approaching(up).valveOpenFraction[middle]).toBeGreaterThan(0.7);
  });

  it('is shut against a distal stroke', () => {
    expect(approaching(reversed(up)).valveOpenFraction[middle]).toBeLessThan(0.05);
  });
});
