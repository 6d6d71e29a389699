/** The hand detector, loaded when the check opens (the page's one instance, kept for reuse). */
import { useEffect, useState } from 'react';
import { loadHandDetector, type HandDetector } from './handDetector';

export type DetectorState =
  | { kind: 'loading' }
  | { kind: 'ready'; detector: HandDetector }
  | { kind: 'failed'; reason: string };

export function useHandDetector(): DetectorState {
  const [state, setState] = useState<DetectorState>({ kind: 'loading' });
  useEffect(() => {
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
  }, []);
  return state;
}
