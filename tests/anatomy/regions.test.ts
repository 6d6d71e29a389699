import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../src/anatomy/chart';
import type { RegionName } from '../../src/anatomy/names';
import { REGIONS } from '../../src/anatomy/names';
import type { ChartLandmarks } from '../../src/anatomy/regions';
import { regionLevels, regionsAt } from '../../src/anatomy/regions';
import { loadDefaultLeg } from '../support/leg';

let lm: ChartLandmarks;
beforeAll(async () => {
  lm = LegChart.fromModel(await loadDefaultLeg()).landmarkCoords();
});

const at = (name: keyof ChartLandmarks): RegionName[] => regionsAt(lm[name].s, lm[name].theta, lm);

describe('regions in chart space', () => {
  it('covers every chart point with at least one known region', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (s, theta) => {
          const r = regionsAt(s, theta, lm);
          expect(r.length).toBeGreaterThan(0);
          for (const name of r) expect(REGIONS).toContain(name);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('puts the landmarks where an anatomist would', () => {
    expect(at('toe_tip')).toContain('foot');
    expect(at('heel')).toContain('foot');
    expect(at('medial_malleolus')).toContain('ankle');
    expect(at('lateral_malleolus')).toContain('ankle');
    expect(at('patella_centre')).toContain('knee');
    expect(at('tibial_tuberosity')).toContain('knee');
    expect(at('popliteal_crease')).toContain('popliteal_fossa');
    expect(at('saphenopopliteal_junction')).toContain('popliteal_fossa');
    expect(at('greater_trochanter')).toContain('thigh_lateral');
    expect(at('saphenofemoral_junction')).toContain('femoral_triangle');
    expect(at('groin_crease')).toContain('groin');
    expect(at('pubic_tubercle')).toContain('groin');
  });

  it('splits the lower leg into shin (front, tibial face) and calf (back)', () => {
    const L = regionLevels(lm);
    const mid = L.malleoli + 0.5 * L.shank;
    expect(regionsAt(mid, 0, lm)).toEqual(['shin']);
    expect(regionsAt(mid, 45, lm)).toEqual(['shin']);
    expect(regionsAt(mid, 180, lm)).toEqual(['calf']);
    expect(regionsAt(mid, -135, lm)).toEqual(['calf']);
  });

  it('divides the thigh into quadrants by θ', () => {
    const s = 0.8;
    expect(regionsAt(s, 0, lm)).toContain('thigh_anterior');
    expect(regionsAt(s, 90, lm)).toContain('thigh_medial');
    expect(regionsAt(s, -90, lm)).toContain('thigh_lateral');
    expect(regionsAt(s, 180, lm)).toContain('thigh_posterior');
    expect(regionsAt(s, 180, lm)).not.toContain('thigh_anterior');
  });

  it('keeps the femoral triangle near the groin, not the lateral thigh', () => {
    expect(regionsAt(lm.saphenofemoral_junction.s, -90, lm)).not.toContain('femoral_triangle');
    expect(regionsAt(0.7, lm.saphenofemoral_junction.theta, lm)).not.toContain('femoral_triangle');
  });

  it('follows the landmarks (a model with a longer foot moves the ankle)', () => {
    const moved = { ...lm };
    for (const k of [
      'medial_malleolus',
      'lateral_malleolus',
      'heel',
      'achilles_insertion',
    ] as const) {
      moved[k] = { s: lm[k].s + 0.05, theta: lm[k].theta };
    }
    const s = lm.medial_malleolus.s + 0.05;
    expect(regionsAt(s, 90, moved)).toContain('ankle');
    expect(regionsAt(lm.medial_malleolus.s - 0.05, 90, moved)).toContain('foot');
  });
});
