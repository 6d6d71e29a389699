/**
 * The camera's stream, asked for when the check opens and stopped when it closes. The stream
 * stays in this page: it is shown and read by the detector, never sent.
 */
import { useEffect, useState } from 'react';
import { cameraFailure } from './cameraFailure';
import type { CameraProblem } from './cameraStrings';

export type StreamState =
  | { kind: 'starting' }
  | { kind: 'ready'; stream: MediaStream }
  | { kind: 'failed'; problem: CameraProblem };

export function useCameraStream(): StreamState {
  const [state, setState] = useState<StreamState>({ kind: 'starting' });
  useEffect(() => {
    let stream: MediaStream | null = null;
    let cancelled = false;
    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('', 'NotFoundError');
      const got = await navigator.mediaDevices.getUserMedia({
        // The back camera of a phone looks at the leg; a laptop has only one.
        video: { facingMode: 'environment', width: { ideal: 640 }, height: { ideal: 480 } },
        audio: false,
      });
      stream = got;
      if (cancelled) got.getTracks().forEach((track) => track.stop());
      else setState({ kind: 'ready', stream: got });
    };
    start().catch((error: unknown) => {
      if (!cancelled) setState({ kind: 'failed', problem: cameraFailure(error) });
    });
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  return state;
}
