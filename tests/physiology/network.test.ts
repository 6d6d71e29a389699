import { describe, expect, it } from 'vitest';
import { compartmentReadings } from '../../src/physiology/compartments';
import { createFlowState } from '../../src/physiology/flowState';
import { layoutOf } from '../../src/physiology/layout';
import type { Vein, VeinNetwork } from '../../src/physiology/network';
import { validateNetwork } from '../../src/physiology/validateNetwork';
import { referenceLeg, straightVein } from './support/networks';

const only = (): Vein => {
  const v = straightVein().veins[0];
  if (!v) throw new Error('fixture');
  return v;
};
const withVein = (over: Partial<Vein>): VeinNetwork => ({ veins: [{ ...only(), ...over }] });

describe('a vein network', () => {
  it('is cut into compartments at the valves and into cells no longer than 2 cm', () => {
    const layout = layoutOf(straightVein());
    expect(layout.compartmentCount).toBe(4);
    expect(layout.valveCount).toBe(3);
    for (const length of layout.cellLengthCm) expect(length).toBeLessThanOrEqual(2 + 1e-12);
    // The rest volume of a 4 mm vein 40 cm long: π × 0.2² × 40 ≈ 5.0 mL.
    expect(layout.cellRestVolumeMl.reduce((a, b) => a + b, 0)).toBeCloseTo(Math.PI * 0.04 * 40, 6);
  });

  it('puts a valve at the very end of a vein on its junction', () => {
    const layout = layoutOf(withVein({ valves: [0.5, 1] }));
    const last = layout.valveLink[1] ?? -1;
    expect(layout.linkTo[last]).toBe(-1);
  });

  it('refuses what the flow model cannot run on, saying why', () => {
    const cases: [VeinNetwork, RegExp][] = [
      [withVein({ valves: [0.5, 0.5] }), /valve fractions must increase/],
      [withVein({ valves: [0] }), /valve fractions/],
      [withVein({ lengthMm: 0 }), /length/],
      [withVein({ diameterMm: [] }), /diameter/],
      [withVein({ kind: 'deep' }), /deep vein needs a pump ejection fraction/],
      [withVein({ drainsInto: { veinId: 'nowhere', atFraction: 0.5 } }), /unknown vein 'nowhere'/],
      [{ veins: [...referenceLeg().veins, only()] }, /exactly one vein must leave/],
      [{ veins: [only(), only()] }, /unique/],
      [
        {
          veins: [
            { ...only(), id: 'a', drainsInto: { veinId: 'b', atFraction: 0 } },
            { ...only(), id: 'b', drainsInto: { veinId: 'a', atFraction: 0 } },
            { ...only(), id: 'c' },
          ],
        },
        /loop/,
      ],
    ];
    for (const [network, message] of cases) expect(() => validateNetwork(network)).toThrow(message);
  });
});

describe('compartment readings', () => {
  it('sum the cells of each stretch between valves', () => {
    const vein = straightVein();
    const readings = compartmentReadings(vein, createFlowState(vein));
    expect(readings.map((r) => [r.fromFraction, r.toFraction])).toEqual([
      [0, 0.25],
      [0.25, 0.5],
      [0.5, 0.75],
      [0.75, 1],
    ]);
    for (const r of readings) {
      expect(r.volumeMl).toBeCloseTo(r.restVolumeMl, 9);
      expect(r.complianceMlPerMmHg).toBeCloseTo(r.restVolumeMl / 10, 9);
      expect(r.pressureMmHg).toBeGreaterThan(0);
    }
  });
});
