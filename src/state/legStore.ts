/**
 * The anatomical model, loaded once outside React's render so both the 3D scene and the DOM
 * panels (timeline, legend) can use it, and so a failed load shows a clear error with a retry
 * while the rest of the app stays usable.
 */
import type { Group } from 'three';
import { create } from 'zustand';
import legUrl from '../../models/leg.glb?url';
import { extractLegModel, type LegModel } from '../anatomy/legModel';
import { readWithProgress } from './readWithProgress';

export type LegStatus =
  /** `share`: how much of the model file has arrived (0–1), when known. */
  | { kind: 'loading'; share?: number }
  | { kind: 'ready'; scene: Group; model: LegModel }
  | { kind: 'error'; message: string };

interface LegState {
  status: LegStatus;
  load: () => Promise<void>;
}

/** The loader comes with the 3D scene's code (three.js), not with the page's first script. */
function loadLoaders() {
  return Promise.all([
    import('three/examples/jsm/loaders/GLTFLoader.js'),
    import('three/examples/jsm/libs/meshopt_decoder.module.js'),
  ]);
}

async function fetchLeg(
  url: string,
  onProgress: (share: number) => void,
): Promise<{ scene: Group; model: LegModel }> {
  const loaders = loadLoaders(); // in parallel with the download
  loaders.catch(() => undefined); // a failed download reports first; this must not go unhandled
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status} for the leg model`);
  const bytes = await readWithProgress(response, onProgress);
  const [{ GLTFLoader }, { MeshoptDecoder }] = await loaders;
  await MeshoptDecoder.ready;
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(bytes, '');
  return { scene: gltf.scene, model: extractLegModel(gltf.scene) };
}

export const useLegStore = create<LegState>()((set) => ({
  status: { kind: 'loading' },
  load: async () => {
    set({ status: { kind: 'loading' } });
    try {
      let shown = -1;
      const { scene, model } = await fetchLeg(legUrl, (share) => {
        const percent = Math.floor(share * 100);
        if (percent === shown) return; // one update per percent, not per network chunk
        shown = percent;
        set({ status: { kind: 'loading', share } });
      });
      set({ status: { kind: 'ready', scene, model } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      set({ status: { kind: 'error', message } });
    }
  },
}));
