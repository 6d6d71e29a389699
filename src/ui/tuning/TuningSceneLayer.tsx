/**
 * Scene content of the fine-tuning panel, for the stage's `sceneChildren`: the chart overlay,
 * loaded and built only while it is switched on.
 */
import { Suspense, useMemo } from 'react';
import { skinSurfaceOf } from '../../scene/surface';
import { useLegStore } from '../../state/legStore';
import { loadedLegOf } from '../../state/loadedLeg';
import { useTuningStore } from '../../state/tuningStore';
import { lazyPart } from '../faults/lazyPart';
import { PartErrorBoundary } from '../faults/PartErrorBoundary';
import { LAZY_TEXT } from '../strings';

const ChartOverlay = lazyPart(
  () => import('../../scene/tuning/ChartOverlay'),
  (m) => m.default,
);

/** In the scene nothing can be written: the tuning panel shows the failure and the retry. */
const reportFailure = (message: string, retry: () => void) =>
  useTuningStore.getState().setChartOverlayFailure({
    message,
    retry: () => {
      useTuningStore.getState().setChartOverlayFailure(null);
      retry();
    },
  });

function OverlayOnLeg() {
  const status = useLegStore((s) => s.status);
  const model = status.kind === 'ready' ? status.model : null;
  const surface = useMemo(() => (model ? skinSurfaceOf(loadedLegOf(model).chart) : null), [model]);
  if (surface === null) return null;
  return (
    <PartErrorBoundary
      part={LAZY_TEXT.parts.chartOverlay}
      onRetry={ChartOverlay.reload}
      report={reportFailure}
    >
      <Suspense fallback={null}>
        <ChartOverlay.Component surface={surface} />
      </Suspense>
    </PartErrorBoundary>
  );
}

export function TuningSceneLayer() {
  const on = useTuningStore((s) => s.chartOverlay);
  return on ? <OverlayOnLeg /> : null;
}
