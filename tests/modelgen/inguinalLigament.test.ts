/**
 * The inguinal ligament and the anterior superior iliac spine in the shipped model
 * (models/leg.glb): where they lie against the skin, the landmarks, the femoral vessels and the
 * inguinal nodes (figures in src/modelgen/inguinalLigament.ts and anatomy-reference.md).
 */
import { Vector3, type Group, type Mesh } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LegModel, Vec3Tuple } from '../../src/anatomy/legModel';
import { loadDefaultLeg, loadDefaultLegScene } from '../support/leg';
import { exactDistanceToTriangles, insideMesh, meshesIn, worldTriangles } from '../support/mesh';

let leg: LegModel;
let scene: Group;
let skin: Float32Array;
let band: Mesh;
let centreline: Vec3Tuple[];

beforeAll(async () => {
  leg = await loadDefaultLeg();
  scene = await loadDefaultLegScene();
  skin = worldTriangles(scene.getObjectByName('skin') as Mesh);
  band = scene.getObjectByName('ligament_inguinal') as Mesh;
  const extras = band.userData as { centreline: Vec3Tuple[] };
  centreline = extras.centreline;
});

const position = (name: keyof LegModel['landmarks']) => leg.landmarks[name].position;

/** The ligament's height at x (linear between its centreline points; x runs lateral → medial). */
function ligamentAt(x: number): Vec3Tuple {
  for (let i = 1; i < centreline.length; i++) {
    const a = centreline[i - 1]!;
    const b = centreline[i]!;
    if ((a[0] - x) * (b[0] - x) > 0) continue;
    const t = b[0] === a[0] ? 0 : (x - a[0]) / (b[0] - a[0]);
    return [x, a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])];
  }
  throw new Error(`the ligament does not span x = ${x}`);
}

describe('the anterior superior iliac spine landmark', () => {
  it('lies on the chart in front, above the hip and lateral to the pubic tubercle', () => {
    const asis = leg.landmarks.anterior_superior_iliac_spine;
    expect(asis.s).toBeGreaterThan(0.9);
    expect(asis.s).toBeLessThan(1);
    expect(Math.abs(asis.theta)).toBeLessThan(45);
    expect(asis.position[1]).toBeGreaterThan(position('greater_trochanter')[1] + 0.04);
    expect(asis.position[1]).toBeGreaterThan(position('pubic_tubercle')[1] + 0.04);
    expect(asis.position[0]).toBeLessThan(position('pubic_tubercle')[0] - 0.04);
  });
});

describe('the inguinal ligament', () => {
  it('is its own structure, in its own group', () => {
    expect(meshesIn(scene, 'ligaments').map((m) => m.name)).toEqual(['ligament_inguinal']);
    const material = (m: Mesh) => (Array.isArray(m.material) ? m.material[0] : m.material);
    const muscle = meshesIn(scene, 'muscles')[0]!;
    expect(material(band)?.name).not.toBe(material(muscle)?.name);
  });

  it('runs from under the skin over the ASIS to the pubic tubercle', () => {
    const first = centreline[0]!;
    const last = centreline[centreline.length - 1]!;
    const d = (a: readonly number[], b: readonly number[]) =>
      Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
    // The ASIS lies under 9.7 ± 7.0 mm of skin and fat (CT, Mantovani 2016).
    expect(d(first, position('anterior_superior_iliac_spine'))).toBeGreaterThan(0.003);
    expect(d(first, position('anterior_superior_iliac_spine'))).toBeLessThan(0.025);
    expect(d(last, position('pubic_tubercle'))).toBeLessThan(0.015);
    expect(first[1]).toBeGreaterThan(last[1] + 0.04);
  });

  it('faces outward, so the side toward the viewer is drawn (not culled)', () => {
    band.updateWorldMatrix(true, false);
    const pos = band.geometry.getAttribute('position');
    const nor = band.geometry.getAttribute('normal');
    const p = new Vector3();
    const n = new Vector3();
    let outward = 0;
    for (let i = 0; i < pos.count; i++) {
      p.fromBufferAttribute(pos, i).applyMatrix4(band.matrixWorld);
      n.fromBufferAttribute(nor, i).transformDirection(band.matrixWorld);
      const c = centreline.reduce((q, x) =>
        p.distanceTo(new Vector3(...x)) < p.distanceTo(new Vector3(...q)) ? x : q,
      );
      if (n.dot(p.clone().sub(new Vector3(...c))) > 0) outward++;
    }
    expect(outward / pos.count).toBeGreaterThan(0.95);
  });

  it('lies under the skin all along: no part of the band breaks the surface', () => {
    const pos = band.geometry.getAttribute('position');
    band.updateWorldMatrix(true, false);
    const tris = worldTriangles(band);
    for (let i = 0; i < tris.length; i += 3) {
      expect(insideMesh(skin, [tris[i]!, tris[i + 1]!, tris[i + 2]!])).toBe(true);
    }
    expect(pos.count).toBeGreaterThan(100);
    // Subcutaneous: between its own half-thickness and a few centimetres under the skin.
    for (const p of centreline) {
      const depth = exactDistanceToTriangles(skin, p);
      expect(depth).toBeGreaterThan(0.002);
      expect(depth).toBeLessThan(0.03);
    }
  });

  it('bows down below the straight line from spine to tubercle (CT: 8.2 ± 5.9 mm)', () => {
    const a = centreline[0]!;
    const b = centreline[centreline.length - 1]!;
    let lowest = 0;
    for (const p of centreline) {
      const t = (p[0] - a[0]) / (b[0] - a[0]);
      lowest = Math.max(lowest, a[1] + t * (b[1] - a[1]) - p[1]);
    }
    expect(lowest).toBeGreaterThan(0.002);
    expect(lowest).toBeLessThan(0.0082 + 2 * 0.0059);
  });

  it('has the common femoral vein passing deep to it', () => {
    const cfv = leg.veins.vein_common_femoral!;
    const top = cfv.centreline[cfv.centreline.length - 1]!;
    const over = ligamentAt(top[0]);
    // The vein reaches the ligament's level and lies behind it.
    expect(top[1]).toBeGreaterThan(over[1] - 0.02);
    const at = cfv.centreline.reduce((q, p) =>
      Math.abs(p[1] - over[1]) < Math.abs(q[1] - over[1]) ? p : q,
    );
    expect(over[2]).toBeGreaterThan(at[2] + cfv.radii[0]! + 0.002);
  });

  it('has the common femoral vein under it ~1 cm medial to the mid-inguinal point', () => {
    // Mid-inguinal point: halfway from the ASIS to the pubic symphysis, on the midline (here the
    // navel's x); the femoral artery lies under it (Gray's; Ellis, Clinical Anatomy), the vein a
    // finger's breadth medial (Baim & Grossman 1986), the artery often partly over it (CT, 65 %
    // of 200 pairs; Baum et al. 1989, Radiology 173:775). Both vessels are ~1 cm wide (CFV
    // 10.5 mm, Hertzberg 1997), so the vein's centre lies 0.5–2 cm medial of the point.
    const navel = scene.getObjectByName('context_navel')!.getWorldPosition(new Vector3());
    const asis = position('anterior_superior_iliac_spine');
    const midInguinal = (asis[0] + navel.x) / 2;
    const cfv = leg.veins.vein_common_femoral!;
    const top = cfv.centreline[cfv.centreline.length - 1]!;
    const over = ligamentAt(top[0]);
    const under = cfv.centreline.reduce((q, p) =>
      Math.abs(p[1] - over[1]) < Math.abs(q[1] - over[1]) ? p : q,
    );
    const medialOfPoint = under[0] - midInguinal; // medial is +x on the right leg
    expect(medialOfPoint).toBeGreaterThan(0.005);
    expect(medialOfPoint).toBeLessThan(0.02);
    // The femoral canal lies between the vein and the pubic tubercle (Gray's).
    expect(position('pubic_tubercle')[0] - under[0]).toBeGreaterThan(0.01);
  });

  it('has the femoral triangle below it: the SFJ and the horizontal inguinal nodes', () => {
    const sfj = position('saphenofemoral_junction');
    expect(sfj[1]).toBeLessThan(ligamentAt(sfj[0])[1]);
    const xs = centreline.map((p) => p[0]);
    const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
    const nodes = leg.lymph.lymph_inguinal_superficial_horizontal!.filter(
      (c) => c[0] > lo && c[0] < hi,
    );
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const c of nodes) expect(c[1]).toBeLessThan(ligamentAt(c[0])[1]);
  });
});
