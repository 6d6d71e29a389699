/**
 * The hand detector, loaded once the camera has started (the page's one instance, kept for
 * reuse): with no camera, or access refused, its 12 MB are never downloaded.
 */
import { useEffect, useState } from 'react';
import { loadHandDetector, type HandDetector } from './handDetector';

export type DetectorState =
  | { kind: 'loading' }
  | { kind: 'ready'; detector: HandDetector }
  | { kind: 'failed'; reason: string };

export function useHandDetector(cameraStarted: boolean): DetectorState {
  const [state, setState] = useState<DetectorState>({ kind: 'loading' });
  useEffect(() => {
    if (!cameraStarted) return undefined;
    let cancelled = false;
    loadHandDetector().then(
      (loaded) => {
        if (!cancelled) setState({ kind: 'ready', detector: loaded });
      },
      (error: unknown) => {
        console.warn(`Proximal: the hand detector did not load: ${String(error)}`);
        if (!cancelled) setState({ kind: 'failed', reason: String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [cameraStarted]);
  return state;
}
