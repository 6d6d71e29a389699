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

  it('stores the skin’s chart and tissue depth as normalised 14-bit integers, with their units', () => {
    const bytes = Buffer.from(maleGlb);
    const json = JSON.parse(bytes.subarray(20, 20 + bytes.readUInt32LE(12)).toString()) as {
      nodes: { name?: string; mesh?: number; extras?: Record<string, unknown> }[];
      meshes: { primitives: { attributes: Record<string, number> }[] }[];
      accessors: { componentType: number; normalized?: boolean }[];
    };
    const skinNode = json.nodes.find((node) => node.name === 'skin')!;
    const units = skinNode.extras?.attributeUnits as {
      chartThetaDeg: number;
      tissueDepthMm: number;
    };
    expect(units.chartThetaDeg).toBe(180);
    expect(Number.isInteger(Math.log2(units.tissueDepthMm))).toBe(true);
    const attributes = json.meshes[skinNode.mesh!]!.primitives[0]!.attributes;
    const SHORT = 5122;
    const UNSIGNED_SHORT = 5123;
    expect(json.accessors[attributes._CHART!]).toMatchObject({
      componentType: SHORT,
      normalized: true,
    });
    expect(json.accessors[attributes._TISSUE_DEPTH!]).toMatchObject({
      componentType: UNSIGNED_SHORT,
      normalized: true,
    });
  });

  it('rejects a parameter file with a missing measure, naming it', () => {
    expect(() => loadAnthropometry('package.json')).toThrow(/population/);
  });
});
