import { beforeAll, describe, expect, it } from 'vitest';
import { extractLegModel } from '../../src/anatomy/legModel';
import { COARSE_OPTIONS, generateLeg } from '../../src/modelgen/generate';
import { loadAnthropometry } from '../../src/modelgen/params';
import { parseGlb } from '../support/leg';

const male = loadAnthropometry('models/anthropometry.json');
const female = loadAnthropometry('models/anthropometry-female.json');

let maleGlb: Uint8Array;
beforeAll(async () => {
  maleGlb = (await generateLeg(male, 'm', COARSE_OPTIONS)).glb;
}, 60_000);

describe('the model generator', () => {
  it('is deterministic: the same parameters give identical bytes', async () => {
    const a = { glb: maleGlb };
    const b = await generateLeg(male, 'm', COARSE_OPTIONS);
    expect(a.glb.byteLength).toBeGreaterThan(10000);
    expect(Buffer.from(a.glb).equals(Buffer.from(b.glb))).toBe(true);
  }, 60_000);

  it('follows its parameter file: the female means give a shorter leg with a smaller foot', async () => {
    const m = extractLegModel(
      (await parseGlb((await generateLeg(male, 'm', COARSE_OPTIONS)).glb)).scene,
    );
    const f = extractLegModel(
      (await parseGlb((await generateLeg(female, 'f', COARSE_OPTIONS)).glb)).scene,
    );
    const y = (leg: typeof m, n: 'patella_centre' | 'greater_trochanter' | 'lateral_malleolus') =>
      leg.landmarks[n].position[1];
    // Heights follow the files' means (coarse sampling: ±1 cm).
    expect(Math.abs(y(f, 'patella_centre') - 0.449)).toBeLessThan(0.01);
    expect(Math.abs(y(m, 'patella_centre') - 0.488)).toBeLessThan(0.01);
    expect(y(f, 'greater_trochanter')).toBeLessThan(y(m, 'greater_trochanter') - 0.03);
    const foot = (leg: typeof m) =>
      leg.landmarks.toe_tip.position[2] - leg.landmarks.heel.position[2];
    expect(foot(f)).toBeLessThan(foot(m) - 0.015);
    expect(f.header.parameters).toBe('f');
  }, 60_000);

  it('rejects a parameter file with a missing measure, naming it', () => {
    expect(() => loadAnthropometry('package.json')).toThrow(/population/);
  });
});
