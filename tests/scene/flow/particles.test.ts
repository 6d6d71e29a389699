/** Blood dots carried along a vein by the flow model's velocities, stopped by shut valves. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compressionFromHands,
  createFlowState,
  layoutOf,
  step,
  type FlowLayout,
} from '../../../src/physiology';
import {
  advectOne,
  advectParticles,
  cellAt,
  createParticles,
  veinCellsOf,
  type FlowField,
} from '../../../src/scene/flow/particles';
import { straightVein } from '../../physiology/support/networks';

// One 40 cm superficial vein, valves at 0.25, 0.5 and 0.75.
const network = straightVein();
const layout: FlowLayout = layoutOf(network);
const cells = veinCellsOf(layout);
const LENGTH_CM = 40;

function field(velocity: (cell: number) => number, valveFlow = 1): FlowField {
  return {
    cellVelocityCmPerS: Float64Array.from({ length: layout.cellCount }, (_, c) => velocity(c)),
    valveFlowMlPerS: new Float64Array(layout.valveCount).fill(valveFlow),
  };
}
const move = (f: number, flow: FlowField, seconds: number, scale = 1) =>
  advectOne(layout, cells, flow, 0, f, seconds, scale);
/**
 * A dot that left the top came back in at the foot: a jump down by more than half the vein
 * (valves a quarter apart stop any real backward move long before that).
 */
const wrappedAround = (before: number, after: number) => before - after > 0.5;
/** Which stretch between valves a fraction lies in (0 … 3). */
const compartment = (f: number) => layout.cellCompartment[cellAt(layout, cells, 0, f)] ?? -1;

describe('veinCellsOf and cellAt', () => {
  it('find the cell holding a fraction', () => {
    expect(cells.first[0]).toBe(0);
    expect(cells.count[0]).toBe(layout.cellCount);
    for (let c = 0; c < layout.cellCount; c++) {
      const mid = ((layout.cellFromFraction[c] ?? 0) + (layout.cellToFraction[c] ?? 0)) / 2;
      expect(cellAt(layout, cells, 0, mid)).toBe(c);
    }
  });
});

describe('advectOne', () => {
  it('moves at the cell velocity toward the heart: v·t along a vein of length L', () => {
    const f = move(
      0.3,
      field(() => 4),
      1,
    );
    expect((f - 0.3) * LENGTH_CM).toBeCloseTo(4, 9);
  });

  it('scales the speed as asked (drawn at half speed: half as far)', () => {
    const f = move(
      0.3,
      field(() => 4),
      1,
      0.5,
    );
    expect((f - 0.3) * LENGTH_CM).toBeCloseTo(2, 9);
  });

  it('passes an open valve, with the time left over spent at the next cell’s speed', () => {
    // Slow below the valve at 0.5, fast above it.
    const flow = field((c) => ((layout.cellToFraction[c] ?? 0) <= 0.5 ? 1 : 10));
    const f = move(0.5 - 0.5 / LENGTH_CM, flow, 1); // 0.5 cm below: 0.5 s there, 0.5 s at 10 cm/s
    expect((f - 0.5) * LENGTH_CM).toBeCloseTo(5, 6);
  });

  it('stops below a valve that passes no flow', () => {
    const f = move(
      0.45,
      field(() => 4, 0),
      10,
    );
    expect(f).toBeLessThan(0.5);
    expect(f).toBeGreaterThan(0.499);
  });

  it('moving toward the foot, stops on the valve below it', () => {
    const f = move(
      0.55,
      field(() => -20),
      10,
    );
    expect(f).toBeGreaterThan(0.5);
    expect(f).toBeLessThan(0.501);
  });

  it('leaves at the top of the vein and comes back in at its foot', () => {
    expect(
      move(
        0.99,
        field(() => 10),
        1,
      ),
    ).toBeLessThan(0.05);
  });

  it('stays put where the blood stands still', () => {
    expect(
      move(
        0.3,
        field(() => 0),
        1,
      ),
    ).toBe(0.3);
  });
});

describe('createParticles', () => {
  it('spreads dots along each vein at the asked spacing, all within the vein', () => {
    const p = createParticles(layout, () => 10);
    expect(p.count).toBe(40);
    for (let i = 0; i < p.count; i++) {
      expect(p.fraction[i]).toBeGreaterThan(0);
      expect(p.fraction[i]).toBeLessThanOrEqual(1);
    }
    // Each tenth of the vein holds about a tenth of them.
    const tenths = new Array<number>(10).fill(0);
    p.fraction.forEach((f) => (tenths[Math.min(9, Math.floor(f * 10))]! += 1));
    for (const n of tenths) expect(n).toBe(4);
  });
});

describe('dots under the flow model', () => {
  const glide = (fromS: number, toS: number, t: number) => ({
    s: fromS + (toS - fromS) * t,
    theta: 90,
    pressure: 'firm' as const,
    contact: true,
  });

  it('no dot ever goes back past a valve, whichever way the hand strokes', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.double({ min: 1, max: 4, noNaN: true }), (up, seconds) => {
        const [fromS, toS] = up ? [0.3, 0.72] : [0.72, 0.3];
        const particles = createParticles(layout, () => 8);
        let state = createFlowState(network);
        const frames = Math.round(seconds * 60);
        for (let k = 0; k <= frames; k++) {
          const hands = compressionFromHands([glide(fromS, toS, k / frames)]);
          state = step(network, state, hands, 1 / 60, state);
          const before = Array.from(particles.fraction, compartment);
          const was = Float64Array.from(particles.fraction);
          advectParticles(particles, layout, cells, state, 1 / 60);
          particles.fraction.forEach((f, i) => {
            const wrapped = wrappedAround(was[i] ?? 0, f);
            if (!wrapped) expect(compartment(f)).toBeGreaterThanOrEqual(before[i] ?? 0);
          });
        }
      }),
      { numRuns: 6 },
    );
  });

  it('a proximal stroke carries dots further toward the heart than the same stroke run backwards', () => {
    const travelled = (fromS: number, toS: number) => {
      const particles = createParticles(layout, () => 8);
      const start = Float64Array.from(particles.fraction);
      const laps = new Array<number>(particles.count).fill(0);
      let state = createFlowState(network);
      for (let k = 0; k <= 180; k++) {
        const hands = compressionFromHands([glide(fromS, toS, k / 180)]);
        state = step(network, state, hands, 1 / 60, state);
        const was = Float64Array.from(particles.fraction);
        advectParticles(particles, layout, cells, state, 1 / 60);
        particles.fraction.forEach((f, i) => {
          if (wrappedAround(was[i] ?? 0, f)) laps[i]! += 1;
        });
      }
      // Mean distance each dot moved toward the heart, cm.
      let sum = 0;
      particles.fraction.forEach((f, i) => {
        sum += (f + (laps[i] ?? 0) - (start[i] ?? 0)) * LENGTH_CM;
      });
      return sum / particles.count;
    };
    const proximal = travelled(0.3, 0.72);
    const distal = travelled(0.72, 0.3);
    expect(proximal).toBeGreaterThan(2 * distal);
    expect(proximal).toBeGreaterThan(5);
  });
});
