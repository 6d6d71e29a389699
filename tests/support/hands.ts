import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rigHand, type Handedness, type HandRig } from '../../src/scene/hands/handRig';
import { parseGlb } from './leg';

/** The shipped generic-hand models (node only), as the app serves them. */
export function handModelPath(hand: Handedness): string {
  return fileURLToPath(
    new URL(
      `../../node_modules/@webxr-input-profiles/assets/dist/profiles/generic-hand/${hand}.glb`,
      import.meta.url,
    ),
  );
}

/** A fresh rig of each hand, loaded from the real model files. */
export async function loadHandRigs(): Promise<Record<Handedness, HandRig>> {
  const [left, right] = await Promise.all(
    (['left', 'right'] as const).map(async (h) =>
      rigHand((await parseGlb(readFileSync(handModelPath(h)))).scene, h),
    ),
  );
  return { left: left!, right: right! };
}
