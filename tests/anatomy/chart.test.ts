import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../src/anatomy/chart';
import type { LegModel } from '../../src/anatomy/legModel';
import { loadDefaultLeg } from '../support/leg';

let leg: LegModel;
let chart: LegChart;
beforeAll(async () => {
  leg = await loadDefaultLeg();
  chart = LegChart.fromModel(leg);
});

const dist = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
const chartPoint = fc.record({
  s: fc.double({ min: 0, max: 1, noNaN: true }),
  theta: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('the leg chart', () => {
  it('lands every chart point on the skin and reads it back within 3 mm', () => {
    fc.assert(
      fc.property(chartPoint, ({ s, theta }) => {
        const a = chart.surfaceAt(s, theta);
        const back = chart.chartAt(a.position);
        expect(back.distance).toBeLessThan(1e-4); // on the skin
        const b = chart.surfaceAt(back.s, back.theta);
        expect(dist(a.position, b.position)).toBeLessThan(0.003);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every skin vertex (off the cut) back to itself within 3 mm', () => {
    const p = leg.skin.positions;
    let worst = 0;
    for (let i = 0; i < p.length / 3; i += 3) {
      if (leg.skin.chart[i * 2]! >= 1) continue; // the cut at the top is not part of the chart
      const v = [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!];
      const c = chart.chartAt(v);
      worst = Math.max(worst, dist(v, chart.surfaceAt(c.s, c.theta).position));
    }
    expect(worst).toBeLessThan(0.003);
  });

  it('gives outward unit normals', () => {
    fc.assert(
      fc.property(chartPoint, ({ s, theta }) => {
        const a = chart.surfaceAt(s, theta);
        expect(Math.hypot(...a.normal)).toBeCloseTo(1, 5);
        // Just outside along the normal is farther from the skin than just inside is.
        const out = a.position.map((x, k) => x + a.normal[k]! * 0.002);
        expect(chart.chartAt(out).distance).toBeGreaterThan(0.0015);
      }),
      { numRuns: 300 },
    );
  });

  it('puts s = 0 at the toe tip and s = 1 on the rim of the top cut', () => {
    const tip = chart.surfaceAt(0, 37);
    expect(dist(tip.position, leg.landmarks.toe_tip.position)).toBeLessThan(0.002);
    // The rim: highest over the trochanter (lateral), lowest medially at the crotch.
    expect(chart.surfaceAt(1, -90).position[1]).toBeGreaterThan(chart.surfaceAt(1, 90).position[1]);
  });

  it('runs anterior 0, medial +90, posterior 180 on the leg and dorsum 0, sole 180 on the foot', () => {
    const shin = 0.4;
    const front = chart.surfaceAt(shin, 0).position;
    const medial = chart.surfaceAt(shin, 90).position;
    const back = chart.surfaceAt(shin, 180).position;
    const lateral = chart.surfaceAt(shin, -90).position;
    expect(front[2]).toBeGreaterThan(back[2]);
    expect(medial[0]).toBeGreaterThan(lateral[0]);
    const foot = 0.08;
    expect(chart.surfaceAt(foot, 0).position[1]).toBeGreaterThan(
      chart.surfaceAt(foot, 180).position[1],
    );
    expect(chart.surfaceAt(foot, 180).position[1]).toBeLessThan(0.01);
  });

  it('mirrors the left leg in x, keeping medial at +90', () => {
    fc.assert(
      fc.property(chartPoint, ({ s, theta }) => {
        const r = chart.surfaceAt(s, theta, 'right');
        const l = chart.surfaceAt(s, theta, 'left');
        expect(l.position).toEqual([-r.position[0], r.position[1], r.position[2]]);
        expect(l.normal).toEqual([-r.normal[0], r.normal[1], r.normal[2]]);
        const back = chart.chartAt(l.position, 'left');
        expect(dist(chart.surfaceAt(back.s, back.theta, 'left').position, l.position)).toBeLessThan(
          0.003,
        );
      }),
      { numRuns: 300 },
    );
    // Medial of the left leg is toward -x.
    expect(chart.surfaceAt(0.4, 90, 'left').position[0]).toBeLessThan(
      chart.surfaceAt(0.4, -90, 'left').position[0],
    );
    expect(chart.landmark('medial_malleolus', 'left').position[0]).toBeLessThan(0);
  });

  it('keeps landmarks on the skin at their chart coordinates', () => {
    for (const [name, lm] of Object.entries(leg.landmarks)) {
      const at = chart.surfaceAt(lm.s, lm.theta).position;
      expect(dist(at, lm.position), name).toBeLessThan(0.002);
    }
  });

  it('answers a call in well under 0.05 ms after setup', () => {
    const n = 20000;
    const pts: number[][] = [];
    let t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const s = (i * 0.618034) % 1;
      const th = ((i * 137.508) % 360) - 180;
      const a = chart.surfaceAt(s, th);
      if (i % 10 === 0) pts.push([...a.position]);
    }
    const surfaceMs = (performance.now() - t0) / n;
    t0 = performance.now();
    for (const p of pts) chart.chartAt(p);
    const chartMs = (performance.now() - t0) / pts.length;
    expect(surfaceMs).toBeLessThan(0.05);
    expect(chartMs).toBeLessThan(0.05);
  });
});
