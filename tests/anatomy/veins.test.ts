import type { Group } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../src/anatomy/chart';
import type { LegModel, Vec3Tuple, VeinData } from '../../src/anatomy/legModel';
import { loadDefaultLeg, loadDefaultLegScene } from '../support/leg';
import { distanceToTriangles, insideMesh, meshesIn, worldTriangles } from '../support/mesh';

let leg: LegModel;
let scene: Group;
let chart: LegChart;
beforeAll(async () => {
  leg = await loadDefaultLeg();
  scene = await loadDefaultLegScene();
  chart = LegChart.fromModel(leg);
});

const vein = (name: string): VeinData => {
  const v = leg.veins[name];
  if (!v) throw new Error(`no ${name}`);
  return v;
};
/** The centreline point nearest in height to y. */
const atHeight = (v: VeinData, y: number): Vec3Tuple =>
  v.centreline.reduce((a, p) => (Math.abs(p[1] - y) < Math.abs(a[1] - y) ? p : a));
/** Arc length (m) along a centreline up to the first point at or above height y. */
function arcToHeight(v: VeinData, y: number): number {
  let l = 0;
  for (let i = 1; i < v.centreline.length; i++) {
    const a = v.centreline[i - 1]!;
    const b = v.centreline[i]!;
    if (a[1] >= y) break;
    l += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
  }
  return l;
}

describe('the great saphenous vein', () => {
  it('passes 2–3 cm anterior to the medial malleolus', () => {
    const mm = leg.landmarks.medial_malleolus.position;
    const g = atHeight(vein('vein_gsv'), mm[1]);
    const anterior = g[2] - mm[2];
    expect(anterior).toBeGreaterThanOrEqual(0.02);
    expect(anterior).toBeLessThanOrEqual(0.03);
  });

  it('passes behind the medial femoral condyle', () => {
    const c = leg.landmarks.medial_femoral_condyle.position;
    const g = atHeight(vein('vein_gsv'), c[1]);
    expect(g[2]).toBeLessThan(c[2] - 0.01);
    expect(chart.chartAt(g).theta).toBeGreaterThan(100); // posteromedial
  });

  it('ends at the SFJ 1–4 cm lateral and 0–3 cm below the pubic tubercle (Mirjalili 2014)', () => {
    const g = vein('vein_gsv');
    const sfj = g.centreline[g.centreline.length - 1]!;
    const pt = leg.landmarks.pubic_tubercle.position;
    const lateral = pt[0] - sfj[0]; // medial is +x on the right leg
    const below = pt[1] - sfj[1];
    expect(lateral).toBeGreaterThanOrEqual(0.01);
    expect(lateral).toBeLessThanOrEqual(0.04);
    expect(below).toBeGreaterThanOrEqual(0);
    expect(below).toBeLessThanOrEqual(0.03);
    expect(g.drainsInto).toBe('vein_common_femoral');
  });

  it('has more valves above the knee than below', () => {
    const knee = leg.landmarks.patella_centre.position[1];
    const valves = vein('vein_gsv').valves;
    const above = valves.filter((v) => v.position[1] > knee).length;
    expect(above).toBeGreaterThan(valves.length - above);
    expect(valves.length).toBeGreaterThanOrEqual(6);
  });

  it('has its first valves near 12.7, 21.1 and 25.4 cm above the ankle and the terminal pair at the SFJ', () => {
    const g = vein('vein_gsv');
    const ankle = arcToHeight(g, leg.landmarks.medial_malleolus.position[1]) * 1000;
    const first = g.valves.slice(0, 3).map((v) => v.arcLengthMm - ankle);
    [127, 211, 254].forEach((mm, i) => expect(Math.abs(first[i]! - mm)).toBeLessThan(15));
    const fromSfj = g.valves.map((v) => g.lengthMm - v.arcLengthMm);
    expect(fromSfj.some((d) => d >= 0 && d <= 14)).toBe(true); // terminal (Mühlberger 2007)
    expect(fromSfj.some((d) => d > 14 && d <= 82)).toBe(true); // preterminal
  });
});

describe('the small saphenous vein', () => {
  it('passes behind the lateral malleolus', () => {
    const lm = leg.landmarks.lateral_malleolus.position;
    const s = atHeight(vein('vein_ssv'), lm[1]);
    expect(s[2]).toBeLessThan(lm[2] - 0.005);
    expect(s[0]).toBeLessThan(0); // lateral side
  });

  it('runs up the posterior midline of the calf into the popliteal fossa', () => {
    const ssv = vein('vein_ssv');
    const crease = leg.landmarks.popliteal_crease.position[1];
    const ankle = leg.landmarks.lateral_malleolus.position[1];
    const calf = ssv.centreline.filter((p) => p[1] > ankle + 0.2 && p[1] < crease - 0.03);
    expect(calf.length).toBeGreaterThan(10);
    for (const p of calf) expect(Math.abs(chart.chartAt(p).theta)).toBeGreaterThan(155);
    const spj = ssv.centreline[ssv.centreline.length - 1]!;
    expect(spj[1]).toBeGreaterThanOrEqual(crease - 0.01);
    expect(spj[1]).toBeLessThanOrEqual(crease + 0.1); // Schweighofer 2010
    expect(ssv.drainsInto).toBe('vein_popliteal');
  });

  it('has its first valve 1.2 cm and the next about 5 cm below the junction', () => {
    const ssv = vein('vein_ssv');
    const fromSpj = ssv.valves.map((v) => ssv.lengthMm - v.arcLengthMm).sort((x, y) => x - y);
    expect(Math.abs(fromSpj[0]! - 12)).toBeLessThan(5);
    expect(Math.abs(fromSpj[1]! - 51)).toBeLessThan(10);
  });
});

describe('superficial and deep veins', () => {
  it('keeps superficial veins between the skin and the muscles', () => {
    const structures = [...meshesIn(scene, 'muscles'), ...meshesIn(scene, 'bones')].map(
      worldTriangles,
    );
    for (const name of ['vein_gsv', 'vein_ssv']) {
      const v = vein(name);
      // The last few centimetres dive through the fascia to the deep vein.
      const lastSubcutaneous = v.centreline.length - Math.ceil(0.04 / 0.004);
      for (let i = 0; i < lastSubcutaneous; i += 3) {
        const p = v.centreline[i]!;
        const hit = chart.chartAt(p);
        const skin = chart.surfaceAt(hit.s, hit.theta);
        const inward =
          (skin.position[0] - p[0]) * skin.normal[0] +
          (skin.position[1] - p[1]) * skin.normal[1] +
          (skin.position[2] - p[2]) * skin.normal[2];
        expect(inward, `${name} #${i} under the skin`).toBeGreaterThan(0);
        expect(hit.distance, `${name} #${i} subcutaneous`).toBeLessThan(0.012);
        for (const tris of structures)
          expect(insideMesh(tris, p), `${name} #${i} outside muscle and bone`).toBe(false);
      }
    }
  });

  it('runs deep veins beside the bones, well under the skin', () => {
    const bones = meshesIn(scene, 'bones').map(worldTriangles);
    for (const name of [
      'vein_posterior_tibial',
      'vein_popliteal',
      'vein_femoral',
      'vein_common_femoral',
    ]) {
      const v = vein(name);
      expect(v.kind).toBe('deep');
      for (let i = 0; i < v.centreline.length; i += 4) {
        const p = v.centreline[i]!;
        const toBone = Math.min(...bones.map((t) => distanceToTriangles(t, p)));
        expect(toBone, `${name} #${i} near bone`).toBeLessThan(0.05);
        // Behind the medial malleolus the tibial veins lie only under the flexor retinaculum,
        // and in the distal leg under skin and fascia beside the Achilles tendon.
        const above = p[1] - leg.landmarks.medial_malleolus.position[1];
        const minDepth = above < 0.04 ? 0.004 : above < 0.15 ? 0.01 : 0.015;
        expect(chart.chartAt(p).distance, `${name} #${i} deep`).toBeGreaterThan(minDepth);
      }
    }
  });

  it('drains distal to proximal into the common femoral vein', () => {
    const chain = [
      'vein_posterior_tibial',
      'vein_popliteal',
      'vein_femoral',
      'vein_common_femoral',
    ];
    for (let i = 0; i + 1 < chain.length; i++)
      expect(vein(chain[i]!).drainsInto).toBe(chain[i + 1]);
    expect(vein('vein_common_femoral').drainsInto).toBeNull();
    for (const v of Object.values(leg.veins)) {
      expect(v.centreline[v.centreline.length - 1]![1]).toBeGreaterThan(v.centreline[0]![1]);
      expect(v.radii.length).toBe(v.centreline.length);
      const fractions = v.valves.map((x) => x.fraction);
      expect([...fractions].sort((p, q) => p - q)).toEqual(fractions);
      for (const valve of v.valves) expect(valve.direction[1]).toBeGreaterThan(0); // flow goes up
    }
  });

  it('places a common femoral valve about 3.8 cm above the SFJ and femoral valves 5 and 9 cm below it', () => {
    const sfj = vein('vein_gsv').centreline.at(-1)![1];
    const cfv = vein('vein_common_femoral').valves.map((v) => v.position[1] - sfj);
    expect(cfv.some((d) => Math.abs(d - 0.038) < 0.012)).toBe(true);
    const fem = vein('vein_femoral').valves.map((v) => sfj - v.position[1]);
    expect(fem.some((d) => Math.abs(d - 0.05) < 0.012)).toBe(true);
    expect(fem.some((d) => Math.abs(d - 0.09) < 0.015)).toBe(true);
  });
});

describe('lymph nodes', () => {
  it('has inguinal groups at the groin and popliteal nodes behind the knee', () => {
    const groin = leg.landmarks.saphenofemoral_junction.position;
    for (const g of [
      'lymph_inguinal_superficial_horizontal',
      'lymph_inguinal_superficial_vertical',
      'lymph_inguinal_deep',
    ]) {
      const nodes = leg.lymph[g]!;
      expect(nodes.length).toBeGreaterThan(0);
      for (const n of nodes)
        expect(Math.hypot(n[0] - groin[0], n[1] - groin[1], n[2] - groin[2])).toBeLessThan(0.12);
    }
    const crease = leg.landmarks.popliteal_crease.position;
    for (const n of leg.lymph.lymph_popliteal!) {
      expect(Math.abs(n[1] - crease[1])).toBeLessThan(0.08);
      expect(n[2]).toBeLessThan(0);
    }
  });
});
