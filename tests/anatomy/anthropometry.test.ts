import { beforeAll, describe, expect, it } from 'vitest';
import type { LegModel } from '../../src/anatomy/legModel';
import type { Anthropometry } from '../../src/modelgen/params';
import { measure, paramsOf } from '../support/anthropometry';
import { loadDefaultLeg } from '../support/leg';
import { girthAt } from '../support/mesh';

let leg: LegModel;
let a: Anthropometry;
beforeAll(async () => {
  leg = await loadDefaultLeg();
  a = paramsOf(leg);
});

const y = (name: keyof LegModel['landmarks']) => leg.landmarks[name].position[1];
const within = (value: number, m: { mean: number; sd: number }, sds = 1) =>
  expect(Math.abs(value - m.mean)).toBeLessThanOrEqual(sds * m.sd);

/** Girths at heights from..to every 2 mm (m). */
function girths(from: number, to: number): { y: number; c: number }[] {
  const out: { y: number; c: number }[] = [];
  for (let h = from; h <= to + 1e-9; h += 0.002) {
    out.push({ y: h, c: girthAt(leg.skin.positions, leg.skin.index, h) });
  }
  return out;
}

describe('landmark heights (ANSUR II means ± 1 SD of the model population)', () => {
  it('puts the lateral malleolus, mid-patella and trochanterion at their surveyed heights', () => {
    within(y('lateral_malleolus'), measure(a, 'lateralMalleolusHeight'));
    within(y('patella_centre'), measure(a, 'kneeHeightMidPatella'));
    within(y('greater_trochanter'), measure(a, 'trochanterionHeight'));
    within(y('medial_femoral_condyle'), measure(a, 'lateralFemoralEpicondyleHeight'));
  });

  it('puts the medial malleolus higher than the lateral and the lateral more posterior', () => {
    const m = leg.landmarks.medial_malleolus.position;
    const l = leg.landmarks.lateral_malleolus.position;
    expect(m[1] - l[1]).toBeGreaterThan(0.004);
    expect(l[2]).toBeLessThan(m[2] - 0.005);
  });

  it('puts the tibial tuberosity about 29 mm below the tibial plateau (±10 mm)', () => {
    const plateau = measure(a, 'tibialeHeight').mean;
    expect(Math.abs(plateau - y('tibial_tuberosity') - 0.029)).toBeLessThan(0.01);
  });

  it('agrees with the Drillis & Contini segment ratios within 4 % of stature', () => {
    const H = measure(a, 'stature').mean;
    const r = a.segmentRatios;
    expect(Math.abs(y('patella_centre') - r.knee * H)).toBeLessThan(0.04 * H);
    expect(Math.abs(y('greater_trochanter') - r.greaterTrochanter * H)).toBeLessThan(0.04 * H);
    expect(Math.abs(y('lateral_malleolus') - r.ankleJoint * H)).toBeLessThan(0.04 * H);
    const footLength = leg.landmarks.toe_tip.position[2] - leg.landmarks.heel.position[2];
    expect(Math.abs(footLength - r.footLength * H)).toBeLessThan(0.04 * H);
  });

  it('has the surveyed foot length and bimalleolar breadth', () => {
    const footLength = leg.landmarks.toe_tip.position[2] - leg.landmarks.heel.position[2];
    within(footLength, measure(a, 'footLength'));
    const breadth =
      leg.landmarks.medial_malleolus.position[0] - leg.landmarks.lateral_malleolus.position[0];
    within(breadth, measure(a, 'bimalleolarBreadth'));
  });

  it('has the surveyed foot breadth across the ball of the foot', () => {
    const p = leg.skin.positions;
    let lo = Infinity;
    let hi = -Infinity;
    const tip = leg.landmarks.toe_tip.position[2];
    for (let i = 0; i < p.length; i += 3) {
      if (p[i + 1]! > 0.04 || p[i + 2]! < tip - 0.12 || p[i + 2]! > tip - 0.03) continue;
      lo = Math.min(lo, p[i]!);
      hi = Math.max(hi, p[i]!);
    }
    within(hi - lo, measure(a, 'footBreadth'));
  });
});

describe('girths of the skin (tape measure: convex hull of a horizontal section)', () => {
  it('has the minimum ankle girth within 1 SD', () => {
    const lm = leg.landmarks.medial_malleolus.position[1];
    const min = Math.min(...girths(lm + 0.03, lm + 0.16).map((g) => g.c));
    within(min, measure(a, 'ankleCircumference'));
  });

  it('has the maximum calf girth within 1 SD, below the knee and above mid-shank', () => {
    const knee = y('popliteal_crease');
    const ankle = y('lateral_malleolus');
    const gs = girths(ankle + 0.15, knee - 0.05);
    const max = gs.reduce((m, g) => (g.c > m.c ? g : m));
    within(max.c, measure(a, 'calfCircumference'));
    // The maximum is a belly, not the end of the range.
    expect(max.y).toBeLessThan(knee - 0.06);
    expect(max.y).toBeGreaterThan(ankle + 0.17);
  });

  it('has the lower thigh girth (just above the patella) within 1 SD', () => {
    const above = y('patella_centre') + 0.032;
    within(
      girthAt(leg.skin.positions, leg.skin.index, above),
      measure(a, 'lowerThighCircumference'),
    );
  });

  it('has the thigh girth at the gluteal furrow within 1 SD', () => {
    const furrow = measure(a, 'crotchHeight').mean - 0.025;
    within(girthAt(leg.skin.positions, leg.skin.index, furrow), measure(a, 'thighCircumference'));
  });

  it('widens from the knee to the groin', () => {
    const knee = girthAt(leg.skin.positions, leg.skin.index, y('patella_centre') + 0.05);
    const mid = girthAt(leg.skin.positions, leg.skin.index, y('patella_centre') + 0.2);
    const top = girthAt(
      leg.skin.positions,
      leg.skin.index,
      measure(a, 'crotchHeight').mean - 0.025,
    );
    expect(mid).toBeGreaterThan(knee);
    expect(top).toBeGreaterThan(mid);
  });
});
