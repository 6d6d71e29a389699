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
 * Inside test for a closed mesh given as posed vertices and the mesh's triangles: a ray from
 * the point crosses the surface an odd number of times; returns how deep (m) an inside point is.
 */
function meshDepth(vertices: Float64Array, index: ArrayLike<number>) {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(Float32Array.from(vertices), 3));
  geometry.setIndex(new BufferAttribute(Uint32Array.from(index as ArrayLike<number>), 1));
  geometry.computeBoundingBox();
  const box = geometry.boundingBox!;
  const bvh = new MeshBVH(geometry);
  const hit: HitPointInfo = { point: new Vector3(), distance: 0, faceIndex: 0 };
  const ray = new Ray(new Vector3(), new Vector3(0.5773, 0.5774, 0.5773));
  return (p: Vector3): number => {
    if (!box.containsPoint(p)) return 0;
    ray.origin.copy(p);
    if (bvh.raycast(ray, DoubleSide).length % 2 === 0) return 0;
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
  origin: number;
  lifted: number;
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
        origin: probe.signedDistance(p),
        lifted: Math.hypot(...state.conform.subarray(rigs[modelHand(side, pose.leg)].contactVertex * 3, rigs[modelHand(side, pose.leg)].contactVertex * 3 + 3)),
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
    });
    const motion = new HandMotion(rigs, probe, 1);
    motion.prepare(timeline);
    moments = measure(timeline, motion, rigs, probe, chart);
    // TEMP figures
    const off = moments.filter((m) => m.palm !== null && Math.abs(m.palm) > 3 * MM);
    const sunk = moments.filter((m) => m.deepest < -3 * MM);
    const thr = moments.filter((m) => m.inOther > 0);
    const by = (ms: Moment[], f: (m: Moment) => number) => {
      const o: Record<string, string> = {};
      for (const m of ms) {
        const [c, w] = (o[m.kind] ?? '0 0').split(' ').map(Number) as [number, number];
        o[m.kind] = `${c + 1} ${Math.max(w, f(m) / MM).toFixed(1)}`;
      }
      return JSON.stringify(o);
    };
    console.log(leg, 'OFF', off.length, by(off, (m) => Math.abs(m.palm!)), 'SUNK', sunk.length, by(sunk, (m) => -m.deepest), 'THROUGH', thr.length, by(thr, (m) => m.inOther * MM));
    console.log(leg, worst(sunk, (m) => m.deepest, 8));
    console.log(leg, 'OFFS', off.slice(0, 30).map((m) => `t=${m.t.toFixed(1)} ${m.side} ${m.kind} palm ${(m.palm! / MM).toFixed(1)} origin ${(m.origin / MM).toFixed(1)} conf ${(m.lifted / MM).toFixed(1)}`).join('\n'));
    console.log(leg, 'THR', thr.slice(0, 30).map((m) => `t=${m.t.toFixed(1)} ${m.side} ${m.kind} s ${m.s.toFixed(3)} ${m.inOther}`).join('\n'));
  }, SLOW.timeout);

  // Known to fail today (measured, see the report on issue #12; `worst` prints the figures):
  // palms float over the skin (not in it) where a digit or the wrist would meet a bump and the
  // whole hand rises — the ankle and foot on the glides, the posterior compression near the knee;
  // the hands meet at the toe tip and on the narrow ankle. Kept as `it.fails` so the target
  // stays written down; turn back into `it` when the contact solver meets it.
  // Measured 2026-12-05 (right leg; the left mirrors it): 121 pressing moments off by more than
  // 3 mm (worst 40 mm, glides at the foot), 78 sunk (worst 64 mm, glides), and hands through
  // each other at 308 moments of both legs, 230 of them glides. Since the thumbs lie in beside
  // the index finger when flat, the palms start on the top of the foot (not the toe tip) and
  // wrap the foot and ankle from either side (glideSpreadAt, handArrangement.ts), and the solver
  // follows each hand's θ along the stroke: 112 off (worst 35 mm), 67 sunk (72 on the left
  // leg; worst 54 mm, 62 mm on the left), through each other at 130 moments of both legs.
  // 2026-12-06: each station keeps the palm's wrap that lets its centre down closest, the left
  // hand stacks on the left leg (the mirror of the right), and the skin probe reads inside or
  // outside from ray crossings (its nearest-face sign put points up to 56 mm outside "inside").
  // Now on each leg alike: 72 pressing moments off (glide 48, worst 31 mm; knead 20, worst
  // 10 mm; compress 4, worst 13 mm), 49 sunk (return 6, worst 26 mm; glide 33, worst 24 mm;
  // knead 10, worst 9 mm), through each other at 39 (glide 30, compress 6, return 3), 78 of both
  // legs. What is left: the palms on the malleoli and the lower shin (the flat palm rests on the
  // bumps; tilting it along its length was tried and traded fewer deep floats for more), the
  // hands meeting round the ankle (wider there, the medial glide's palm reaches the small
  // saphenous vein in the flow model and its focused valves are no longer the great saphenous'),
  // and fingers sunk where the stroke bends from the foot into the shin.
  it('rests each pressing palm on the skin, within 3 mm', () => {
    const pressing = moments.filter((m) => m.palm !== null);
    expect(pressing.length).toBeGreaterThan(100);
    const off = pressing.filter((m) => Math.abs(m.palm!) > 3 * MM);
    expect(
      off,
      worst(off, (m) => -Math.abs(m.palm!)),
    ).toEqual([]);
  });

  it.fails('never sinks a hand more than 3 mm into the skin', () => {
    const sunk = moments.filter((m) => m.deepest < -3 * MM);
    expect(
      sunk,
      worst(sunk, (m) => m.deepest),
    ).toEqual([]);
  });

  it.fails('never puts one hand through the other', () => {
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
