import { beforeAll, describe, expect, it } from 'vitest';
import type { LegModel } from '../../src/anatomy/legModel';
import { regionsAt } from '../../src/anatomy/regions';
import { computeSkinZones, zoneLevelOf, type SkinZones } from '../../src/protocol/skinZones';
import { exceedsZone } from '../../src/protocol/zones';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { loadDefaultLeg } from '../support/leg';

let leg: LegModel;
let zones: SkinZones;

beforeAll(async () => {
  leg = await loadDefaultLeg();
  zones = computeSkinZones(leg.skin, leg.landmarks, defaultProtocol);
});

/** Share of the vertices in `region` (and matching `where`) that have the given zone level. */
function shareWithLevel(
  region: string,
  level: string,
  where: (s: number, theta: number, depth: number) => boolean = () => true,
): number {
  let inRegion = 0;
  let matching = 0;
  for (let i = 0; i < leg.skin.depthMm.length; i++) {
    const s = leg.skin.chart[2 * i] ?? 0;
    const theta = leg.skin.chart[2 * i + 1] ?? 0;
    const regions: string[] = regionsAt(s, theta, leg.landmarks);
    if (!regions.includes(region) || !where(s, theta, leg.skin.depthMm[i] ?? 0)) continue;
    inRegion++;
    if (zoneLevelOf(zones, i) === level) matching++;
  }
  expect(inRegion).toBeGreaterThan(20);
  return matching / inRegion;
}

describe('pressure zones on the default leg', () => {
  it('the shin is light-only (bone close to the skin)', () => {
    expect(shareWithLevel('shin', 'light')).toBe(1);
  });

  it('the knee is light-only', () => {
    expect(shareWithLevel('knee', 'light')).toBe(1);
  });

  it('the back of the calf, where the protocol kneads, takes firm pressure', () => {
    // Muscle bellies (deep tissue), below the diamond of the popliteal fossa.
    const deepMuscle = (s: number, theta: number, depth: number) =>
      depth > 20 && !regionsAt(s, theta, leg.landmarks).includes('popliteal_fossa');
    expect(shareWithLevel('calf', 'firm', deepMuscle)).toBeGreaterThan(0.95);
  });

  it('the popliteal fossa and the femoral triangle are never firm', () => {
    expect(shareWithLevel('popliteal_fossa', 'firm')).toBe(0);
    expect(shareWithLevel('femoral_triangle', 'firm')).toBe(0);
  });

  it('skin over bone anywhere (under 10 mm) is light', () => {
    let bony = 0;
    let light = 0;
    for (let i = 0; i < leg.skin.depthMm.length; i++) {
      if ((leg.skin.depthMm[i] ?? 99) >= 10) continue;
      bony++;
      if (zoneLevelOf(zones, i) === 'light') light++;
    }
    expect(bony).toBeGreaterThan(50);
    expect(light).toBe(bony);
  });

  it('a place the user marks becomes keep-off, where any pressure is too much', () => {
    const calf = leg.landmarks.achilles_insertion;
    const mark = { id: 'mark-1', s: calf.s + 0.08, theta: 180, radiusS: 0.03, radiusDeg: 30 };
    const marked = computeSkinZones(leg.skin, leg.landmarks, defaultProtocol, [mark]);
    let inside = 0;
    for (let i = 0; i < leg.skin.depthMm.length; i++) {
      if (zoneLevelOf(marked, i) === 'keep-off') inside++;
    }
    expect(inside).toBeGreaterThan(10);
    expect(exceedsZone('light', 'keep-off')).toBe(true);
    expect(exceedsZone('firm', 'light')).toBe(true);
    expect(exceedsZone('light', 'firm')).toBe(false);
  });
});
