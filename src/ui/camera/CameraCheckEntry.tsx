/**
 * The way into the camera check from Practice's panel. The check itself (its code, the hand
 * detector's script, wasm and weights) loads only when the learner chooses it; if its code does
 * not arrive, a message says so and the rest of Practice goes on.
 */
import { Suspense, useState } from 'react';
import type { Protocol } from '../../protocol/schema';
import { lazyPart } from '../faults/lazyPart';
import { PartErrorBoundary } from '../faults/PartErrorBoundary';
import type { SessionSetup } from '../practice/practiceSession';
import { CAMERA_TEXT } from './cameraStrings';

const CameraCheck = lazyPart(
  () => import('./CameraCheck'),
  (m) => m.CameraCheck,
);

export function CameraCheckEntry({
  protocol,
  setup,
}: {
  protocol: Protocol;
  setup: SessionSetup | null;
}) {
  const [open, setOpen] = useState(false);
  return (
    <section className="practice-section" aria-labelledby="camera-entry-title">
      <h2 id="camera-entry-title">{CAMERA_TEXT.entryTitle}</h2>
      <p className="practice-note">{CAMERA_TEXT.entryNote}</p>
      <button
        type="button"
        className="practice-button"
        data-testid="camera-open"
        disabled={!setup || open}
        onClick={() => setOpen(true)}
      >
        {CAMERA_TEXT.open}
      </button>
      {open && setup && (
        <PartErrorBoundary part={CAMERA_TEXT.part} onRetry={CameraCheck.reload}>
          <Suspense fallback={<p className="practice-note">{CAMERA_TEXT.starting}</p>}>
            <CameraCheck.Component
              protocol={protocol}
              setup={setup}
              onClose={() => setOpen(false)}
            />
          </Suspense>
        </PartErrorBoundary>
      )}
    </section>
  );
}
