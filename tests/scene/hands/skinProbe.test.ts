/**
 * The hands' skin probe on the real model (models/leg.glb): a point it calls inside the skin
 * is inside by ray crossings too, round the foot, heel and ankle where the nearest face of an
 * edge can face either way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { LegChart } from '../../../src/anatomy/chart';
import type { LegModel } from '../../../src/anatomy/legModel';
import { skinProbeOf, type SkinProbe } from '../../../src/scene/hands/skinProbe';
import { loadDefaultLeg } from '../../support/leg';

const MM = 0.001;

describe('the skin probe', () => {
  let probe: SkinProbe;
  /** Inside by the crossings of three rays across the leg; null where they disagree. */
  let insideByCrossings: (p: Vector3) => boolean | null;

  beforeAll(async () => {
    const model = (await loadDefaultLeg()) as LegModel;
    probe = skinProbeOf(model.skin, LegChart.fromModel(model));
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(model.skin.positions, 3));
    geometry.setIndex(new BufferAttribute(model.skin.index, 1));
    const bvh = new MeshBVH(geometry);
    const directions = [new Vector3(1, 0, 0), new Vector3(0, 0, -1), new Vector3(-0.6, 0, 0.8)];
    insideByCrossings = (p) => {
      const odd = directions.filter(
        (d) => bvh.raycast(new Ray(p.clone(), d), DoubleSide).length % 2 === 1,
      ).length;
      return odd === 3 ? true : odd === 0 ? false : null;
    };
  });

  it('calls a point inside only where it is inside (on the inner side of the foot and ankle)', () => {
    const p = new Vector3();
    fc.assert(
      fc.property(
        // Where the drawn hands go on the inner side of the foot and ankle (the nearest-face sign
        // once called points of them 20-56 mm outside the skin "inside" there).
        fc.double({ min: 0.02, max: 0.08, noNaN: true }),
        fc.double({ min: 0.09, max: 0.13, noNaN: true }),
        fc.double({ min: 0.03, max: 0.07, noNaN: true }),
        (x, y, z) => {
          p.set(x, y, z);
          const d = probe.signedDistance(p);
          if (!(d < -1.5 * MM)) return;
          expect(insideByCrossings(p), `(${x}, ${y}, ${z}) d=${(d / MM).toFixed(1)} mm`).not.toBe(
            false,
          );
        },
      ),
      { numRuns: 20000, seed: 12 },
    );
  });
});

describe('the skin probe with a reach', () => {
  let probe: SkinProbe;

  beforeAll(async () => {
    const model = (await loadDefaultLeg()) as LegModel;
    probe = skinProbeOf(model.skin, LegChart.fromModel(model));
  });

  it('answers as the full query up to its reach, the reach past it outside, in full inside', () => {
    const p = new Vector3();
    const outward = new Vector3();
    const full = new Vector3();
    fc.assert(
      fc.property(
        // Round the calf and the knee, inside and out, as the hands' points lie.
        fc.double({ min: -0.1, max: 0.1, noNaN: true }),
        fc.double({ min: 0.25, max: 0.55, noNaN: true }),
        fc.double({ min: -0.1, max: 0.1, noNaN: true }),
        fc.constantFrom(0.0016, 0.003, 0.008, 0.02),
        (x, y, z, reach) => {
          p.set(x, y, z);
          const exact = probe.signedDistance(p, full);
          const near = probe.signedDistance(p, outward, reach);
          if (exact <= reach) {
            expect(near).toBe(exact);
            expect(outward.equals(full)).toBe(true);
          } else {
            expect(near).toBe(reach);
            expect(outward.length()).toBe(0);
          }
        },
      ),
      { numRuns: 5000, seed: 3 },
    );
  });
});
