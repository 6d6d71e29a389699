import { test } from 'vitest';
import { Vector3 } from 'three';
import { loadHandRigs } from '../../support/hands';
import { loadDefaultLeg } from '../../support/leg';
import { LegChart } from '../../../src/anatomy/chart';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { buildTimeline } from '../../../src/protocol/timeline';
import { sample } from '../../../src/protocol/sample';
import { skinProbeOf } from '../../../src/scene/hands/skinProbe';
import { HandMotion, modelHand } from '../../../src/scene/hands/handMotion';
import { posedVertices } from '../../../src/scene/hands/posedVertices';
import { applyShape } from '../../../src/scene/hands/handRig';
test('prepare', async () => {
  const rigs = await loadHandRigs();
  const model = await loadDefaultLeg();
  const probe = skinProbeOf(model.skin, LegChart.fromModel(model));
  const tl = buildTimeline(defaultProtocol, { mode: 'demo', landmarks: model.landmarks });
  const m = new HandMotion(rigs, probe, 1);
  m.prepare(tl);
  const p = new Vector3();
  for (const t of [25, 26.45, 27.2]) {
    const pose = sample(tl, t);
    m.update(tl, pose, t);
    for (const side of ['left', 'right'] as const) {
      const rig = rigs[modelHand(side, pose.leg)];
      const st = m.state[side];
      applyShape(rig, st.shape, st.extra);
      const verts = posedVertices(rig, st.matrix, st.bend, new Float64Array(rig.mesh.geometry.getAttribute('position').count * 3));
      let min = Infinity; let minI = -1;
      const si = rig.mesh.geometry.getAttribute('skinIndex'); const sw = rig.mesh.geometry.getAttribute('skinWeight');
      const worst = new Map<string, number>();
      for (let i = 0; i < verts.length; i += 3) { p.set(verts[i]!, verts[i+1]!, verts[i+2]!); const d = probe.signedDistance(p); if (d < min) { min = d; minI = i / 3; }
        let b = 0; for (let k = 1; k < 4; k++) if (sw.getComponent(i/3, k) > sw.getComponent(i/3, b)) b = k;
        const name = rig.mesh.skeleton.bones[si.getComponent(i/3, b)]!.name; worst.set(name, Math.min(worst.get(name) ?? 1, d)); }
      console.log([...worst].filter(([, d]) => d < -0.003).map(([n, d]) => `${n}:${(d*1000).toFixed(0)}`).join(' '));
      const e = st.matrix.elements;
      console.log(t, side, st.activity, 'layer', st.layer, 'k', st.bend.k.toFixed(1), 'minSD mm', (min * 1000).toFixed(1), 'at v', minI, 'origin', [e[12], e[13], e[14]].map((x) => x!.toFixed(3)).join(','), 'y', [e[4], e[5], e[6]].map((x) => x!.toFixed(2)).join(','), 'z', [e[8], e[9], e[10]].map((x) => x!.toFixed(2)).join(','), 'hand s', pose[side].s.toFixed(3), 'th', pose[side].theta.toFixed(0));
    }
  }
});
test('station direct', async () => {
  const rigs = await loadHandRigs();
  const model = await loadDefaultLeg();
  const probe = skinProbeOf(model.skin, LegChart.fromModel(model));
  const { solveStation, bendFor, skinFrame, STATION_STRIDE } = await import('../../../src/scene/hands/handContact');
  const { shapeFor } = await import('../../../src/protocol/motion/handShapes');
  const THREE = await import('three');
  const out = new Float64Array(STATION_STRIDE);
  const rig = rigs.left;
  solveStation({ rig, probe, activity: 'glide', layer: 0, s: 0.576, theta: 30, heading: 0, scale: 1 }, out, 0);
  console.log('station', Array.from(out).map((x) => x.toFixed(4)).join(' '));
  const shape = shapeFor('glide', 0, new Float64Array(32));
  applyShape(rig, shape, out.slice(2));
  const M = new THREE.Matrix4(); const pt = new THREE.Vector3(); const n = new THREE.Vector3();
  skinFrame(probe, 0.576, 30, 0, pt, n, M);
  M.premultiply(new THREE.Matrix4().makeTranslation(n.x * out[0]!, n.y * out[0]!, n.z * out[0]!));
  const bend = bendFor(rig, 0, out[1]!, { k: 0, across: new THREE.Vector2(), spanMin: -1, spanMax: 1 });
  const verts = posedVertices(rig, M, bend, new Float64Array(rig.mesh.geometry.getAttribute('position').count * 3));
  let min = Infinity; let mi = 0; const p = new THREE.Vector3();
  for (let i = 0; i < verts.length; i += 3) { p.set(verts[i]!, verts[i+1]!, verts[i+2]!); const d = probe.signedDistance(p); if (d < min) { min = d; mi = i/3; } }
  console.log('direct min mm', (min*1000).toFixed(1), 'v', mi, 'guard has', rig.digitGuard.map((g) => g.includes(mi)), 'fine has', rig.digitVertices.map((g) => g.includes(mi)));
});
