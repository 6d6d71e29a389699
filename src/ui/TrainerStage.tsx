/**
 * The 3D stage: the leg scene once the model is loaded, a clear message and a retry when it
 * fails, and the text view when this browser has no WebGL or the scene crashes.
 */
import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { sayReason } from '../i18n/reason';
import { loadTrainerCanvas, preloadTrainerCanvas } from '../scene/LazyTrainerCanvas';
import type { SceneLabels } from '../scene/sceneLabels';
import { useTuningStore } from '../state/tuningStore';
import { skinSurfaceOf } from '../scene/surface';
import { useLegStore } from '../state/legStore';
import { loadedLegOf } from '../state/loadedLeg';
import { useProtocolStore } from '../state/protocolStore';
import { CanvasErrorBoundary } from './CanvasErrorBoundary';
import { ContextLossNotice } from './faults/ContextLossNotice';
import { lazyPart } from './faults/lazyPart';
import { isChunkLoadError, PartErrorBoundary } from './faults/PartErrorBoundary';
import { CONTEXT_TEXT, flowStrings, LAZY_TEXT, SETUP_TEXT, STAGE_TEXT } from './strings';
import { ModelLoading } from './screens/ModelLoading';
import { ProtocolTextView } from './textview';
import { useLegMarks } from './marks/useLegMarks';
import { hasWebGL } from './webglSupport';

/** The scene's words, read in the current language (the scene never imports the catalogs). */
const sceneLabels = (): SceneLabels => ({
  canvas: STAGE_TEXT.canvasLabel,
  heart: SETUP_TEXT.heart,
  footAboveHeart: SETUP_TEXT.footAboveHeart,
  wrongWay: flowStrings.wrongWayLabel,
  toHeart: CONTEXT_TEXT.toHeart,
});

const Canvas = lazyPart(loadTrainerCanvas, (m) => m.TrainerCanvas);

interface Props {
  /** DOM overlays drawn over the stage (controls, legend, captions). */
  children?: ReactNode;
  /** Scene content in the leg's space (e.g. the practice trace). */
  sceneChildren?: ReactNode;
  /** Show the protocol's hands and lanes; off in practice. */
  showLesson?: boolean;
  /** In place of the method as text when this browser has no WebGL (practice's own message). */
  withoutWebGL?: ReactNode;
}

export function TrainerStage({ children, sceneChildren, showLesson = true, withoutWebGL }: Props) {
  const status = useLegStore((s) => s.status);
  const load = useLegStore((s) => s.load);
  const protocol = useProtocolStore((s) => s.shown);
  const handScale = useTuningStore((s) => s.handScale);
  const webgl = useMemo(() => hasWebGL(), []);
  const marks = useLegMarks(status.kind === 'ready' ? status.model : null);
  const ready = status.kind === 'ready' ? status : null;
  const leg = useMemo(
    () =>
      ready
        ? {
            scene: ready.scene,
            model: ready.model,
            surface: skinSurfaceOf(loadedLegOf(ready.model).chart),
          }
        : null,
    [ready],
  );

  useEffect(() => {
    if (webgl) preloadTrainerCanvas();
    if (webgl && useLegStore.getState().status.kind === 'loading') void load();
  }, [webgl, load]);

  if (!webgl) return withoutWebGL ?? <TextFallback message={STAGE_TEXT.noWebGL} />;

  return (
    <div className="trainer-stage" data-testid="trainer-stage">
      <CanvasErrorBoundary fallback={<TextFallback message={STAGE_TEXT.sceneCrashed} />}>
        {/* Code that did not arrive gets a retry; a crash of the scene goes on to the text view. */}
        <PartErrorBoundary
          part={LAZY_TEXT.parts.scene}
          onRetry={Canvas.reload}
          catches={isChunkLoadError}
          below={<TextFallback />}
          withoutSafety
        >
          {/* While the model loads, the loading screen below already covers the stage. */}
          <Suspense fallback={leg === null ? null : <ModelLoading />}>
            {/* The canvas comes up while the model downloads (its room light is prepared
                meanwhile); the loading screen or the model's error covers it until the leg. */}
            <Canvas.Component
              leg={leg}
              protocol={protocol}
              marks={marks}
              handScale={handScale}
              labels={sceneLabels()}
              showLesson={showLesson}
            >
              {sceneChildren}
            </Canvas.Component>
            <ContextLossNotice />
          </Suspense>
        </PartErrorBoundary>
      </CanvasErrorBoundary>
      {status.kind === 'error' ? (
        <div className="stage-message" role="alert" data-testid="model-error">
          <p>
            <strong>{STAGE_TEXT.modelFailed}</strong> {sayReason(status.reason)}
          </p>
          <button type="button" onClick={() => void load()}>
            {STAGE_TEXT.retry}
          </button>
        </div>
      ) : (
        leg === null && <ModelLoading />
      )}
      {children}
    </div>
  );
}

function TextFallback({ message }: { message?: string }) {
  const protocol = useProtocolStore((s) => s.shown);
  return (
    <div className="stage-fallback" data-testid="text-fallback">
      {message !== undefined && (
        <p className="stage-message" role="alert">
          {message}
        </p>
      )}
      <ProtocolTextView protocol={protocol} />
    </div>
  );
}
