/**
 * The soft hand's molding on the real model (models/leg.glb) and the real hand models: a flat
 * hand laid on the leg with its palm's centre on the skin, wherever it lies, comes out of the
 * skin everywhere (to within 1 mm; unmolded, parts of it lie up to ~30 mm inside), keeps its centre where it was, and bends smoothly (no vertex torn from its
 * neighbours: no spikes, no crumpling).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Matrix4, Vector2, Vector3 } from 'three';
import { LegChart } from '../../../src/anatomy/chart';
import type { LegModel } from '../../../src/anatomy/legModel';
import { shapeFor, SHAPE_LENGTH } from '../../../src/protocol/motion/handShapes';
import { bendFor, skinFrame } from '../../../src/scene/hands/handContact';
import type { BendParams } from '../../../src/scene/hands/handBend';
import { SKIN_CLEARANCE_M, solveConform } from '../../../src/scene/hands/handConform';
import { applyShape, type HandRig } from '../../../src/scene/hands/handRig';
import { skinProbeOf, type SkinProbe } from '../../../src/scene/hands/skinProbe';
import { loadHandRigs } from '../../support/hands';
import { loadDefaultLeg } from '../../support/leg';

const MM = 0.001;

describe('the molding of a hand onto the skin', () => {
  let rig: HandRig;
  let probe: SkinProbe;

  beforeAll(async () => {
    const [rigs, model] = await Promise.all([loadHandRigs(), loadDefaultLeg()]);
    rig = rigs.right;
    probe = skinProbeOf((model as LegModel).skin, LegChart.fromModel(model));
  }, 120_000);

  it('brings every vertex out of the skin, keeps the palm centre, and bends smoothly', () => {
    const count = rig.mesh.geometry.getAttribute('position').count;
    const index = rig.mesh.geometry.getIndex()!.array;
    const rest = rig.mesh.geometry.getAttribute('position');
    const shape = new Float64Array(SHAPE_LENGTH);
    const bend: BendParams = { k: 0, across: new Vector2(1, 0), spanMin: -1, spanMax: 1 };
    const matrix = new Matrix4();
    const lift = new Matrix4();
    const point = new Vector3();
    const normal = new Vector3();
    const conform = new Float32Array(count * 3);
    const posed = new Float64Array(count * 3);
    const a = new Vector3();
    const b = new Vector3();
    fc.assert(
      fc.property(
        // From above the ankle to the thigh, all round the leg; fingers up the leg or round it.
        // (Lower, a hand laid flat on the front of the ankle has its heel ~3 cm into the bend of
        // the foot; molded that far the surface can fold, so the strokes there wrap the ankle
        // from either side instead: handArrangement.ts.)
        fc.double({ min: 0.3, max: 0.8, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.constantFrom(0, 90),
        (s, theta, heading) => {
          shapeFor('glide', 1, shape);
          applyShape(rig, shape);
          bendFor(rig, heading, 0, bend);
          // The palm's centre just over the skin, as the contact solver rests it.
          skinFrame(probe, s, theta, heading, point, normal, matrix);
          matrix.premultiply(
            lift.makeTranslation(
              normal.multiplyScalar(SKIN_CLEARANCE_M - probe.signedDistance(point)),
            ),
          );
          solveConform({ rig, bend, matrix, probe }, conform, posed);
          for (let i = 0; i < count; i++) {
            a.fromArray(posed, i * 3);
            expect(probe.signedDistance(a)).toBeGreaterThan(-1 * MM);
          }
          // The palm's centre is not carried off by the pushes round it.
          a.fromArray(conform, rig.contactVertex * 3);
          expect(a.length()).toBeLessThan(SKIN_CLEARANCE_M + 1 * MM);
          // Along every edge the molding changes by less than the edge is long: the surface
          // bends, it never folds over or tears into a spike.
          for (let f = 0; f < index.length; f += 3) {
            for (let e = 0; e < 3; e++) {
              const i = index[f + e]!;
              const j = index[f + ((e + 1) % 3)]!;
              const length = a
                .fromBufferAttribute(rest, i)
                .applyMatrix4(rig.meshToHand)
                .distanceTo(b.fromBufferAttribute(rest, j).applyMatrix4(rig.meshToHand));
              a.fromArray(conform, i * 3);
              b.fromArray(conform, j * 3);
              expect(a.distanceTo(b)).toBeLessThan(Math.max(length, 0.5 * MM));
            }
          }
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  }, 240_000);
});
