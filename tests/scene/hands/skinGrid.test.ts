/**
 * The skin grid on the real model (models/leg.glb): where it calls a point surely outside, the
 * point is outside, and the clearance it gives is never more than the point's true distance to
 * the skin (measured by the closest-point query with no bound).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { LegChart } from '../../../src/anatomy/chart';
import type { LegModel } from '../../../src/anatomy/legModel';
import { CELL_M, skinGridOf, type SkinGrid } from '../../../src/scene/hands/skinGrid';
import { loadDefaultLeg } from '../../support/leg';

describe('the skin grid', () => {
  let grid: SkinGrid;
  let bvh: MeshBVH;
  let box: { min: Vector3; max: Vector3 };
  let chart: LegChart;

  beforeAll(async () => {
    const model = (await loadDefaultLeg()) as LegModel;
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(model.skin.positions, 3));
    geometry.setIndex(new BufferAttribute(model.skin.index, 1));
    geometry.computeBoundingBox();
    box = geometry.boundingBox!;
    bvh = new MeshBVH(geometry);
    grid = skinGridOf(bvh, model.skin.positions, model.skin.index);
    chart = LegChart.fromModel(model);
  });

  /** Inside by three rays across the leg all crossing the skin an odd number of times. */
  const insideByCrossings = (p: Vector3) =>
    [new Vector3(1, 0, 0), new Vector3(0, 0, -1), new Vector3(-0.6, 0, 0.8)].every(
      (d) => bvh.raycast(new Ray(p.clone(), d), DoubleSide).length % 2 === 1,
    );

  it('calls outside only what is outside, and never nearer than the skin is', () => {
    const p = new Vector3();
    const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
    let settled = 0;
    const margin = 0.03;
    fc.assert(
      fc.property(
        // Thousandths of the box (fast-check's doubles crowd its corners, off the grid).
        fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
        fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
        fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
        (u, v, w) => {
          p.set(
            box.min.x - margin + u * (box.max.x - box.min.x + 2 * margin),
            box.min.y + v * (box.max.y - box.min.y),
            box.min.z - margin + w * (box.max.z - box.min.z + 2 * margin),
          );
          const clearance = grid.clearance(p);
          if (!grid.mayBeInside(p)) expect(insideByCrossings(p)).toBe(false);
          if (clearance === 0) return;
          settled++;
          bvh.closestPointToPoint(p, hit);
          expect(hit.distance).toBeGreaterThanOrEqual(clearance);
          expect(clearance).toBeLessThanOrEqual(2 * CELL_M);
        },
      ),
      { numRuns: 20000, seed: 7 },
    );
    // Most of the leg's box is clear of the skin: the grid settles those points.
    expect(settled).toBeGreaterThan(5000);
  });

  it('gives no point just off the skin more clearance than it has', () => {
    const point = new Vector3();
    const normal = new Vector3();
    const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
    let settled = 0;
    fc.assert(
      fc.property(
        fc.double({ min: 0.02, max: 0.98, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0, max: 0.014, noNaN: true }),
        (s, theta, off) => {
          const at = chart.surfaceAt(s, theta, 'right');
          point.fromArray(at.position).addScaledVector(normal.fromArray(at.normal), off);
          const clearance = grid.clearance(point);
          if (clearance === 0) return;
          settled++;
          bvh.closestPointToPoint(point, hit);
          expect(hit.distance, `s ${s} θ ${theta} ${off * 1000} mm out`).toBeGreaterThanOrEqual(
            clearance,
          );
        },
      ),
      { numRuns: 20000, seed: 11 },
    );
    // Points 8 mm or more off the skin are settled by the grid: the test reaches its bound.
    expect(settled).toBeGreaterThan(1000);
  });
});
