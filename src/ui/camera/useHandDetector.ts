/** The hand detector, loaded when the check opens and closed with it. */
import { useEffect, useState } from 'react';
import { loadHandDetector, type HandDetector } from './handDetector';

export type DetectorState =
  | { kind: 'loading' }
  | { kind: 'ready'; detector: HandDetector }
  | { kind: 'failed'; reason: string };

export function useHandDetector(): DetectorState {
  const [state, setState] = useState<DetectorState>({ kind: 'loading' });
  useEffect(() => {
    let detector: HandDetector | null = null;
    let cancelled = false;
    loadHandDetector().then(
      (loaded) => {
        detector = loaded;
        if (cancelled) loaded.close();
        else setState({ kind: 'ready', detector: loaded });
      },
      (error: unknown) => {
        console.warn('Proximal: the hand detector did not load.', error);
        if (!cancelled) setState({ kind: 'failed', reason: String(error) });
      },
    );
    return () => {
      cancelled = true;
      detector?.close();
    };
  }, []);
  return state;
}
