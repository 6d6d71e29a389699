/**
 * The anatomical model, loaded once outside React's render so both the 3D scene and the DOM
 * panels (timeline, legend) can use it, and so a failed load shows a clear error with a retry
 * while the rest of the app stays usable.
 */
import type { Group } from 'three';
import { create } from 'zustand';
import legUrl from '../../models/leg.glb?url';
import { decodeLegGlb, loadGlbDecoders } from '../anatomy/decodeLegGlb';
import type { LegModel } from '../anatomy/legModel';

export type LegStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; scene: Group; model: LegModel }
  | { kind: 'error'; message: string };

interface LegState {
  status: LegStatus;
  load: () => Promise<void>;
}

async function fetchLeg(url: string): Promise<{ scene: Group; model: LegModel }> {
  // The decoders in parallel with the download; a failed download reports first, so this must
  // not go unhandled.
  loadGlbDecoders().catch(() => undefined);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status} for the leg model`);
  const { gltf, model } = await decodeLegGlb(await response.arrayBuffer());
  return { scene: gltf.scene, model };
}

export const useLegStore = create<LegState>()((set) => ({
  status: { kind: 'loading' },
  load: async () => {
    set({ status: { kind: 'loading' } });
    try {
      const { scene, model } = await fetchLeg(legUrl);
      set({ status: { kind: 'ready', scene, model } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      set({ status: { kind: 'error', message } });
    }
  },
}));
