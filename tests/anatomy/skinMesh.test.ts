import { statSync } from 'node:fs';
import type { Group, Mesh } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LegModel } from '../../src/anatomy/legModel';
import { LANDMARKS } from '../../src/anatomy/names';
import {
  DEFAULT_LEG_PATH,
  loadDefaultLeg,
  loadDefaultLegGltf,
  loadDefaultLegScene,
} from '../support/leg';

let leg: LegModel;
let scene: Group;
beforeAll(async () => {
  leg = await loadDefaultLeg();
  scene = await loadDefaultLegScene();
});

function triangles(group: string): Record<string, number> {
  const out: Record<string, number> = {};
  scene.getObjectByName(group)!.traverse((o) => {
    const m = o as Mesh;
    if (m.isMesh) out[m.name] = (m.geometry.getIndex()?.count ?? 0) / 3;
  });
  return out;
}

describe('the skin mesh', () => {
  it('is watertight: every edge is shared by exactly two triangles', () => {
    const idx = leg.skin.index;
    const edges = new Map<number, number>();
    const n = leg.skin.positions.length / 3;
    for (let t = 0; t < idx.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = idx[t + e]!;
        const b = idx[t + ((e + 1) % 3)]!;
        const key = Math.min(a, b) * n + Math.max(a, b);
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    const bad = [...edges.values()].filter((c) => c !== 2).length;
    expect(bad).toBe(0);
  });

  it('has no degenerate triangles and consistent outward winding (positive volume)', () => {
    const p = leg.skin.positions;
    const idx = leg.skin.index;
    let volume = 0;
    let degenerate = 0;
    for (let t = 0; t < idx.length; t += 3) {
      const [a, b, c] = [idx[t]! * 3, idx[t + 1]! * 3, idx[t + 2]! * 3];
      const u = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!];
      const v = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!];
      const cx = u[1]! * v[2]! - u[2]! * v[1]!;
      const cy = u[2]! * v[0]! - u[0]! * v[2]!;
      const cz = u[0]! * v[1]! - u[1]! * v[0]!;
      if (Math.hypot(cx, cy, cz) < 1e-12) degenerate++;
      volume += (p[a]! * cx + p[a + 1]! * cy + p[a + 2]! * cz) / 6;
    }
    expect(degenerate).toBe(0);
    // A leg of about 9–12 litres (male) or less: far from 0 and from a flipped mesh.
    expect(volume).toBeGreaterThan(0.006);
    expect(volume).toBeLessThan(0.02);
  });

  it('stands on y = 0 with the toes toward +z and medial toward +x', () => {
    const p = leg.skin.positions;
    let minY = Infinity;
    for (let i = 1; i < p.length; i += 3) minY = Math.min(minY, p[i]!);
    expect(Math.abs(minY)).toBeLessThan(0.003);
    expect(leg.landmarks.toe_tip.position[2]).toBeGreaterThan(leg.landmarks.heel.position[2] + 0.2);
    expect(leg.landmarks.medial_malleolus.position[0]).toBeGreaterThan(
      leg.landmarks.lateral_malleolus.position[0],
    );
  });
});

describe('the asset', () => {
  it('fits the budgets: file ≤ 1.5 MB, skin ≤ 60k triangles, all ≤ 150k', () => {
    expect(statSync(DEFAULT_LEG_PATH).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    const skin = leg.skin.index.length / 3;
    expect(skin).toBeLessThanOrEqual(60000);
    const all = ['bones', 'muscles', 'ligaments', 'veins', 'lymph', 'context'].reduce(
      (a, g) => a + Object.values(triangles(g)).reduce((x, y) => x + y, 0),
      skin,
    );
    expect(all).toBeLessThanOrEqual(150000);
  });

  it('names every structure of the contract', () => {
    const names = new Set<string>();
    scene.traverse((o) => names.add(o.name));
    const required = [
      'skin',
      ...[
        'femur',
        'patella',
        'tibia',
        'fibula',
        'malleolus_medial',
        'malleolus_lateral',
        'calcaneus',
        'foot',
      ].map((n) => `bone_${n}`),
      ...[
        'gastrocnemius_medial',
        'gastrocnemius_lateral',
        'soleus',
        'tibialis_anterior',
        'rectus_femoris',
        'vastus_medialis',
        'vastus_lateralis',
        'biceps_femoris',
        'semitendinosus',
        'sartorius',
        'gracilis',
        'adductors',
      ].map((n) => `muscle_${n}`),
      'ligament_inguinal',
      ...['gsv', 'ssv', 'posterior_tibial', 'popliteal', 'femoral', 'common_femoral'].map(
        (n) => `vein_${n}`,
      ),
      'lymph_inguinal_superficial_horizontal',
      'lymph_inguinal_superficial_vertical',
      'lymph_inguinal_deep',
      'lymph_popliteal',
      'context_trunk',
      'context_heart',
      'context_navel',
      ...LANDMARKS.map((n) => `lm_${n}`),
      'valve_gsv_01',
    ];
    for (const n of required) expect(names.has(n), n).toBe(true);
  });

  it('says how it was made in its header', async () => {
    const gltf = await loadDefaultLegGltf();
    const extras = gltf.asset.extras as Record<string, unknown> | undefined;
    expect(extras?.generator).toBe('proximal-modelgen');
    expect(typeof extras?.version).toBe('string');
    expect(extras?.parameters).toBe('models/anthropometry.json');
    expect(leg.header.generator).toBe('proximal-modelgen');
  });
});
