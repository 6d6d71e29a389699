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
import { message } from '../i18n/message';
import { ExplainedError, reasonOf, type Reason } from '../i18n/reason';
import { markLoadSpan } from './loadTimings';
import { readWithProgress } from './readWithProgress';

export type LegStatus =
  /** `share`: how much of the model file has arrived (0–1), when known. */
  | { kind: 'loading'; share?: number }
  | { kind: 'ready'; scene: Group; model: LegModel }
  | { kind: 'error'; reason: Reason };

interface LegState {
  status: LegStatus;
  load: () => Promise<void>;
}

async function fetchLeg(
  url: string,
  onProgress: (share: number) => void,
): Promise<{ scene: Group; model: LegModel }> {
  // The decoders in parallel with the download; a failed download reports first, so this must
  // not go unhandled.
  loadGlbDecoders().catch(() => undefined);
  const start = performance.now();
  const response = await fetch(url);
  if (!response.ok) {
    const { status } = response;
    const reason = message('errors:network.status', { status });
    throw new ExplainedError(reason, `the server answered ${status} for the leg model`);
  }
  const bytes = await readWithProgress(response, onProgress);
  markLoadSpan('download', start);
  const { gltf, model } = await decodeLegGlb(bytes, markLoadSpan);
  return { scene: gltf.scene, model };
}

/**
 * The load under way, if any: a stage mounted again while the file downloads joins it instead of
 * downloading the model a second time (on a slow connection the two halved each other's speed
 * and took turns on the progress bar). Cleared when it ends, so a retry after an error starts anew.
 */
let inFlight: Promise<void> | null = null;

export const useLegStore = create<LegState>()((set) => ({
  status: { kind: 'loading' },
  load: () => {
    inFlight ??= (async () => {
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
        set({ status: { kind: 'error', reason: reasonOf(error) } });
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  },
}));
