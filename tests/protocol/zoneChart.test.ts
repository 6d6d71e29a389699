import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LegModel } from '../../src/anatomy/legModel';
import { regionsAt } from '../../src/anatomy/regions';
import type { UserMark } from '../../src/anatomy/markFootprint';
import {
  bakeZoneChart,
  depthBand,
  depthThresholds,
  texelLevel,
  texelS,
  texelTheta,
  type ZoneChart,
} from '../../src/protocol/zoneChart';
import { ZONE_LEVELS, zoneFor } from '../../src/protocol/zones';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import type { Protocol } from '../../src/protocol/schema';
import { loadDefaultLeg } from '../support/leg';

const W = 96;
const H = 160;
const MARK: UserMark = { id: 'mark-wound', s: 0.42, theta: 100, radiusS: 0.03, radiusDeg: 25 };

let leg: LegModel;
let chart: ZoneChart;
let marked: ZoneChart;

beforeAll(async () => {
  leg = await loadDefaultLeg();
  chart = bakeZoneChart(leg.landmarks, defaultProtocol, [], W, H);
  marked = bakeZoneChart(leg.landmarks, defaultProtocol, [MARK], W, H);
});

describe('zone chart (pressure zones baked into chart space)', () => {
  it('has one band per side of each depth threshold of the protocol (default: 10 mm → 2)', () => {
    expect(depthThresholds(defaultProtocol)).toEqual([10]);
    expect(chart.thresholdsMm).toEqual([10]);
    expect(chart.texels.length).toBe(2 * W * H * 4);
  });

  it('every texel of every band is one zone at full weight and the others at zero', () => {
    let bad = 0;
    for (let t = 0; t < 2 * W * H; t++) {
      const channels = [0, 1, 2, 3].map((c) => chart.texels[t * 4 + c]);
      const full = channels.filter((v) => v === 255).length;
      const none = channels.filter((v) => v === 0).length;
      if (full !== 1 || none !== 3) bad++;
    }
    expect(bad).toBe(0);
  });

  it('each texel holds the zone the rules give at its chart point and a depth in its band', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: W - 1 }),
        fc.integer({ min: 0, max: H - 1 }),
        fc.double({ min: 0, max: 80, noNaN: true }),
        (i, j, depthMm) => {
          const s = texelS(j, H);
          const theta = texelTheta(i, W);
          const expected = zoneFor(
            { regions: regionsAt(s, theta, leg.landmarks), depthMm },
            defaultProtocol,
          );
          const level = texelLevel(chart, depthBand(chart, depthMm), i, j);
          expect(ZONE_LEVELS[level]).toBe(expected.level);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('skin over bone (band 0) is never firm; the deep calf (band 1) is firm', () => {
    let firmOverBone = 0;
    for (let j = 0; j < H; j++)
      for (let i = 0; i < W; i++) if (texelLevel(chart, 0, i, j) === 3) firmOverBone++;
    expect(firmOverBone).toBe(0);
    const calf = leg.landmarks.popliteal_crease.s - 0.12;
    const j = Math.round(calf * H);
    expect(ZONE_LEVELS[texelLevel(chart, 1, 0, j)]).toBe('firm'); // θ ≈ −178°: the back
  });

  it("a user's keep-off mark is kept off in every band inside it, and changes nothing outside", () => {
    let inside = 0;
    for (let j = 0; j < H; j++) {
      for (let i = 0; i < W; i++) {
        const ds = (texelS(j, H) - MARK.s) / MARK.radiusS;
        const angle = Math.abs(((texelTheta(i, W) - MARK.theta + 540) % 360) - 180);
        const dt = angle / MARK.radiusDeg;
        const isInside = ds * ds + dt * dt <= 1;
        for (let k = 0; k < 2; k++) {
          if (isInside) expect(ZONE_LEVELS[texelLevel(marked, k, i, j)]).toBe('keep-off');
          else expect(texelLevel(marked, k, i, j)).toBe(texelLevel(chart, k, i, j));
        }
        if (isInside) inside++;
      }
    }
    expect(inside).toBeGreaterThan(10);
  });

  it('a protocol keep-off area is kept off; a second depth rule adds a third band', () => {
    const protocol: Protocol = {
      ...defaultProtocol,
      keepOff: [
        {
          id: 'keep-off-knee-back',
          region: 'popliteal_fossa',
          text: 'Stay off the back of the knee.',
        },
      ] as Protocol['keepOff'],
      rules: [
        ...defaultProtocol.rules,
        {
          ...defaultProtocol.rules.find((r) => r.id === 'light-near-bone')!,
          id: 'moderate-near-bone',
          maxPressure: 'moderate',
          where: { boneWithinMm: 25 },
        } as Protocol['rules'][number],
      ],
    };
    const c = bakeZoneChart(leg.landmarks, protocol, [], W, H);
    expect(c.thresholdsMm).toEqual([10, 25]);
    const j = Math.round(leg.landmarks.popliteal_crease.s * H - 0.5);
    for (let k = 0; k < 3; k++) expect(ZONE_LEVELS[texelLevel(c, k, 0, j)]).toBe('keep-off');
    expect(depthBand(c, 5)).toBe(0);
    expect(depthBand(c, 10)).toBe(1);
    expect(depthBand(c, 30)).toBe(2);
  });
});
