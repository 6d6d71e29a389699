import { test } from 'vitest';
import { Vector3, Matrix4, Quaternion } from 'three';
import { loadHandRigs } from '../../support/hands';
test('thumb axes', async () => {
  const rigs = await loadHandRigs();
  for (const h of ['right', 'left'] as const) {
    const r = rigs[h];
    const mc = r.thumbBones.metacarpal;
    const bind = mc.quaternion.clone();
    const tip = r.root.getObjectByName('thumb-tip')!;
    const at = () => { r.root.updateMatrixWorld(true); return new Vector3().setFromMatrixPosition(tip.matrixWorld).toArray().map((v) => v.toFixed(3)).join(','); };
    console.log(h, 'bind', at());
    for (const [n, ax] of [['X', new Vector3(1,0,0)], ['Y', new Vector3(0,1,0)], ['Z', new Vector3(0,0,1)]] as const) {
      mc.quaternion.copy(bind).multiply(new Quaternion().setFromAxisAngle(ax, 0.4));
      console.log(h, n, '+0.4', at());
    }
    mc.quaternion.copy(bind);
    const prox = r.fingerBones[1]![0]!; const pb = prox.quaternion.clone();
    const mt = r.root.getObjectByName('middle-finger-tip')!;
    prox.quaternion.copy(pb).multiply(new Quaternion().setFromAxisAngle(new Vector3(1,0,0), -0.5)); r.root.updateMatrixWorld(true);
    console.log(h, 'middle flex -0.5 about X tip', new Vector3().setFromMatrixPosition(mt.matrixWorld).toArray().map((v) => v.toFixed(3)).join(','));
    prox.quaternion.copy(pb);
  }
});
