/**
 * The 3D stage: the leg scene once the model is loaded, a clear message and a retry when it
 * fails, and the text view when this browser has no WebGL or the scene crashes.
 */
import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { LegChart } from '../anatomy/chart';
import { preloadTrainerCanvas, TrainerCanvas } from '../scene/LazyTrainerCanvas';
import { useTuningStore } from '../state/tuningStore';
import { skinSurfaceOf } from '../scene/surface';
import { useLegStore } from '../state/legStore';
import { useProtocolStore } from '../state/protocolStore';
import { CanvasErrorBoundary } from './CanvasErrorBoundary';
import { ModelLoading } from './screens/ModelLoading';
import { STAGE_TEXT } from './strings';
import { ProtocolTextView } from './textview';
import { hasWebGL } from './webglSupport';

const NO_MARKS: never[] = [];

interface Props {
  /** DOM overlays drawn over the stage (controls, legend, captions). */
  children?: ReactNode;
  /** Scene content in the leg's space (e.g. the practice trace). */
  sceneChildren?: ReactNode;
  /** Show the protocol's hands and lanes; off in practice. */
  showLesson?: boolean;
}

export function TrainerStage({ children, sceneChildren, showLesson = true }: Props) {
  const status = useLegStore((s) => s.status);
  const load = useLegStore((s) => s.load);
  const protocol = useProtocolStore((s) => s.protocol);
  const handScale = useTuningStore((s) => s.handScale);
  const webgl = useMemo(() => hasWebGL(), []);
  const ready = status.kind === 'ready' ? status : null;
  const surface = useMemo(
    () => (ready ? skinSurfaceOf(LegChart.fromModel(ready.model)) : null),
    [ready],
  );

  useEffect(() => {
    if (webgl) preloadTrainerCanvas();
    if (webgl && useLegStore.getState().status.kind === 'loading') void load();
  }, [webgl, load]);

  if (!webgl) return <TextFallback message={STAGE_TEXT.noWebGL} />;

  return (
    <div className="trainer-stage" data-testid="trainer-stage">
      {ready && surface ? (
        <CanvasErrorBoundary fallback={<TextFallback message={STAGE_TEXT.sceneCrashed} />}>
          <Suspense fallback={<ModelLoading />}>
            <TrainerCanvas
              scene={ready.scene}
              model={ready.model}
              surface={surface}
              protocol={protocol}
              marks={NO_MARKS}
              handScale={handScale}
              showLesson={showLesson}
            >
              {sceneChildren}
            </TrainerCanvas>
          </Suspense>
        </CanvasErrorBoundary>
      ) : status.kind === 'error' ? (
        <div className="stage-message" role="alert" data-testid="model-error">
          <p>
            <strong>{STAGE_TEXT.modelFailed}</strong> {status.message}
          </p>
          <button type="button" onClick={() => void load()}>
            {STAGE_TEXT.retry}
          </button>
        </div>
      ) : (
        <ModelLoading />
      )}
      {children}
    </div>
  );
}

function TextFallback({ message }: { message: string }) {
  const protocol = useProtocolStore((s) => s.protocol);
  return (
    <div className="stage-fallback" data-testid="text-fallback">
      <p className="stage-message" role="alert">
        {message}
      </p>
      <ProtocolTextView protocol={protocol} />
    </div>
  );
}
