/**
 * The rigged hands along the whole demonstration, on both legs, measured on the real model
 * (models/leg.glb) and the real hand models: palms on the skin while pressing, no hand sunk into
 * the skin, the two hands never through each other, and each stroke's hands shaped and placed
 * as its technique.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH, type HitPointInfo } from 'three-mesh-bvh';
import { LegChart } from '../../../src/anatomy/chart';
import type { LegModel } from '../../../src/anatomy/legModel';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { readShape } from '../../../src/protocol/motion/handShapes';
import { compressionFromHands } from '../../../src/physiology/handContact';
import { sample } from '../../../src/protocol/sample';
import { buildTimeline, type Timeline } from '../../../src/protocol/timeline';
import { girthProfileOf } from '../../../src/anatomy/girthProfile';
import { HandMotion, modelHand, TOP_PALM_S } from '../../../src/scene/hands/handMotion';
import { applyShape, type Handedness, type HandRig } from '../../../src/scene/hands/handRig';
import { posedVertices } from '../../../src/scene/hands/posedVertices';
import { skinProbeOf, type SkinProbe } from '../../../src/scene/hands/skinProbe';
import { loadHandRigs } from '../../support/hands';
import { loadDefaultLeg } from '../../support/leg';

const MM = 0.001;
/** Seconds between the moments measured (every clip is at least 1.5 s long). */
const STEP_S = 1;
const SLOW = { timeout: 240_000 };

/**
 * Inside test for a closed mesh given as posed vertices and the mesh's triangles: rays from the
 * point cross the surface an odd number of times (two of three rays in unrelated directions
 * must agree: a single ray grazing an edge or seam miscounts); returns how deep (m) an inside
 * point is.
 */
function meshDepth(vertices: Float64Array, index: ArrayLike<number>) {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(Float32Array.from(vertices), 3));
  geometry.setIndex(new BufferAttribute(Uint32Array.from(index as ArrayLike<number>), 1));
  geometry.computeBoundingBox();
  const box = geometry.boundingBox!;
  const bvh = new MeshBVH(geometry);
  const hit: HitPointInfo = { point: new Vector3(), distance: 0, faceIndex: 0 };
  const rays = [
    new Vector3(0.5773, 0.5774, 0.5773),
    new Vector3(-0.3, 0.9, 0.31),
    new Vector3(0.8, -0.2, -0.56),
  ].map((d) => new Ray(new Vector3(), d.normalize()));
  return (p: Vector3): number => {
    if (!box.containsPoint(p)) return 0;
    let odd = 0;
    for (const ray of rays) {
      ray.origin.copy(p);
      odd += bvh.raycast(ray, DoubleSide).length % 2;
    }
    if (odd < 2) return 0;
    return bvh.closestPointToPoint(p, hit) ? hit.distance : 0;
  };
}

interface Moment {
  t: number;
  side: 'left' | 'right';
  kind: string;
  s: number;
  layer: number;
  /** Deepest hand vertex below the skin (m, negative inside). */
  deepest: number;
  /** The palm's contact point to the skin (m), for a hand pressing on the skin. */
  palm: number | null;
  /** Vertices of this hand inside the other hand by more than 2 mm. */
  inOther: number;
  shape: string;
  /**
   * How far (m, along the skin) the drawn palm is from where the flow model presses that hand;
   * null when the flow model feels no press.
   */
  offFlow: number | null;
}

function measure(
  timeline: Timeline,
  motion: HandMotion,
  rigs: Record<Handedness, HandRig>,
  probe: SkinProbe,
  chart: LegChart,
): Moment[] {
  const moments: Moment[] = [];
  const p = new Vector3();
  const gap = new Vector3();
  const flowPoint = new Vector3();
  const flowNormal = new Vector3();
  const at = {
    position: [0, 0, 0] as [number, number, number],
    normal: [0, 1, 0] as [number, number, number],
  };
  const count = rigs.left.mesh.geometry.getAttribute('position').count;
  const index = rigs.left.mesh.geometry.getIndex()!.array;
  for (let t = 0.2; t < timeline.duration; t += STEP_S) {
    const pose = sample(timeline, t);
    motion.update(timeline, pose, pose.t);
    const clip = timeline.clips[pose.clipIndex]!;
    const verts = { left: new Float64Array(count * 3), right: new Float64Array(count * 3) };
    for (const side of ['left', 'right'] as const) {
      const rig = rigs[modelHand(side, pose.leg)];
      const state = motion.state[side];
      applyShape(rig, state.shape, state.extra);
      posedVertices(rig, state.matrix, state.bend, verts[side], state.conform);
    }
    const inside = { left: meshDepth(verts.left, index), right: meshDepth(verts.right, index) };
    for (const side of ['left', 'right'] as const) {
      const state = motion.state[side];
      const other = inside[side === 'left' ? 'right' : 'left'];
      let deepest = Infinity;
      let inOther = 0;
      for (let i = 0; i < count; i++) {
        p.fromArray(verts[side], i * 3);
        deepest = Math.min(deepest, probe.signedDistance(p));
        if (other(p) > 2 * MM) inOther++;
      }
      // The palm's contact point as drawn: the hand frame's origin, molded as the palm's
      // vertex there is.
      const cv = rigs[modelHand(side, pose.leg)].contactVertex * 3;
      const palmAt = new Vector3().fromArray(state.conform, cv).applyMatrix4(state.matrix);
      p.setFromMatrixPosition(state.matrix);
      const pressed = compressionFromHands([{ ...pose[side], compression: 1 }])[0];
      let offFlow: number | null = null;
      if (pressed) {
        chart.surfaceAt(pressed.s, pressed.theta, 'right', at);
        gap.subVectors(p, flowPoint.fromArray(at.position));
        flowNormal.fromArray(at.normal);
        offFlow = gap.addScaledVector(flowNormal, -gap.dot(flowNormal)).length();
      }
      moments.push({
        t,
        side,
        kind: clip.kind,
        s: pose[side].s,
        layer: state.layer,
        deepest,
        palm: state.contact && state.layer === 0 ? probe.signedDistance(palmAt) : null,
        inOther,
        shape: readShape(state.shape),
        offFlow,
      });
    }
  }
  return moments;
}

function worst(moments: Moment[], key: (m: Moment) => number, n = 5): string {
  return [...moments]
    .sort((a, b) => key(a) - key(b))
    .slice(0, n)
    .map((m) => `t=${m.t.toFixed(2)} ${m.side} ${m.kind}: ${(key(m) / MM).toFixed(1)} mm`)
    .join('; ');
}

describe.each(['right', 'left'] as const)('the hands along the demonstration, %s leg', (leg) => {
  let moments: Moment[] = [];

  beforeAll(async () => {
    const [rigs, model] = await Promise.all([loadHandRigs(), loadDefaultLeg()]);
    const chart = LegChart.fromModel(model);
    const probe = skinProbeOf((model as LegModel).skin, chart);
    const timeline = buildTimeline(defaultProtocol, {
      mode: 'demo',
      landmarks: model.landmarks,
      leg,
      girth: girthProfileOf(chart),
    });
    const motion = new HandMotion(rigs, probe, 1);
    motion.prepare(timeline);
    moments = measure(timeline, motion, rigs, probe, chart);
    // The figures the note below records, per leg.
    const off = moments.filter((m) => m.palm !== null && Math.abs(m.palm) > 3 * MM).length;
    const sunk = moments.filter((m) => m.deepest < -3 * MM).length;
    const through = moments.filter((m) => m.inOther > 0).length;
    console.info(`${leg} leg: ${off} pressing palms off, ${sunk} moments sunk, ${through} through`);
  }, SLOW.timeout);

  // Measured on the real model (`worst` prints the figures; each leg's counts print in beforeAll).
  // History: 2026-12-05, 121 pressing palms off by more than 3 mm, 78 sunk, 308 moments through
  // each other; 2026-12-06 with the rigid hand moved and wrapped: 72 off, 49 sunk, 39 through
  // per leg. Then the hand molds (handConform.ts): the palm's centre stays on the skin, and at
  // each station every vertex sunk into the skin or into the other hand is pushed out (over
  // the other hand, away from the leg), the push spread over the hand; stations are added
  // half-way wherever the hand drawn between two would sink or meet the other hand; lifted
  // returns rise higher where the relaxed hand would dip into the leg. Measured 2026-12-06,
  // right leg: 0 pressing palms off (that check passes), 1 moment sunk (a lifted return,
  // t = 29.2 s, 21 mm: a hand crossing from the shin stroke toward the knee), hands through each
  // other at 19 moments (glide 9, at most 11 vertices, where the two palms meet round the ankle
  // and lower shin and the palm's centre is kept on the skin rather than lifted over the other
  // hand's edge; compress 6, at most 7 vertices of the lower hand's fingers in the stacked palm;
  // lifted returns 4, up to 58 vertices, where both hands come down together). The left leg
  // measures the same. Measured again after the solve was made cheaper and sliced (the skin
  // and the other hand asked only where a vertex may be near them; 2026-12-06): the same
  // figures on each leg, 0 off, 1 sunk, 19 through (printed per leg by beforeAll).
  // 2026-12-06 (later): the inside test takes two of three rays (the compression's 6 moments
  // were one ray grazing a seam: 20-31 mm "inside", impossible in a hand), and lifted returns
  // raise the upper hand where the two meet: each leg 0 off, 0 sunk (that check passes), 7
  // through, all gliding on the lower shin (medial and lateral lanes, levels 0.15-0.35 shank
  // above the malleoli, up to 16 mm): there two palms ~86 mm across need ±60° round a leg
  // ~260 mm round, and they glided at ±35-40° so the flow model's press reached the vein
  // between them. The palm's centre of the hand molded second lay under the first's edge.
  // 2026-12-06 (s26-spread): the gliding palms sit a palm's width (86 mm) and 2 mm apart round
  // the skin at every level (`sideBySideSpread`, handArrangement.ts; ±60-70° on the lower shin)
  // and the flow model presses the vein under the seam through the tissue: each leg 0 off,
  // 0 sunk, 0 through.
  it('rests each pressing palm on the skin, within 3 mm', () => {
    const pressing = moments.filter((m) => m.palm !== null);
    expect(pressing.length).toBeGreaterThan(100);
    const off = pressing.filter((m) => Math.abs(m.palm!) > 3 * MM);
    expect(
      off,
      worst(off, (m) => -Math.abs(m.palm!)),
    ).toEqual([]);
  });

  it('never sinks a hand more than 3 mm into the skin', () => {
    const sunk = moments.filter((m) => m.deepest < -3 * MM);
    expect(
      sunk,
      worst(sunk, (m) => m.deepest),
    ).toEqual([]);
  });

  it('never puts one hand through the other', () => {
    const through = moments.filter((m) => m.inOther > 0);
    expect(through.map((m) => `t=${m.t.toFixed(2)} ${m.side} ${m.kind} ${m.inOther}`)).toEqual([]);
  });

  it('draws each gliding palm where the flow model presses it (one spread round the lane)', () => {
    // Both read the placement (protocol/motion): a drawn-only offset round the leg would show
    // here as centimetres along the skin. Above TOP_PALM_S the drawn palm stops on purpose.
    const gliding = moments.filter(
      (m) => m.kind === 'glide' && m.offFlow !== null && m.s < TOP_PALM_S,
    );
    expect(gliding.length).toBeGreaterThan(40);
    const off = gliding.filter((m) => m.offFlow! > 8 * MM);
    expect(
      off,
      worst(off, (m) => -m.offFlow!),
    ).toEqual([]);
  });

  it('shapes the hands as the technique: flat gliding and pressing, grasping to knead', () => {
    for (const m of moments) {
      if (m.kind === 'glide' || m.kind === 'compress') expect(m.shape, `t=${m.t}`).toBe('flat');
      if (m.kind === 'knead') expect(m.shape, `t=${m.t}`).toBe('grasp');
    }
    const stacked = moments.filter((m) => m.kind === 'compress' && m.layer === 1);
    expect(stacked.length).toBeGreaterThan(10);
  });
});
