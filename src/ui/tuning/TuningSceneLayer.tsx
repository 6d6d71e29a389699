/**
 * Scene content of the fine-tuning panel, for the stage's `sceneChildren`: the chart overlay,
 * loaded and built only while it is switched on.
 */
import { lazy, Suspense, useMemo } from 'react';
import { skinSurfaceOf } from '../../scene/surface';
import { useLegStore } from '../../state/legStore';
import { loadedLegOf } from '../../state/loadedLeg';
import { useTuningStore } from '../../state/tuningStore';

const ChartOverlay = lazy(() => import('../../scene/tuning/ChartOverlay'));

function OverlayOnLeg() {
  const status = useLegStore((s) => s.status);
  const model = status.kind === 'ready' ? status.model : null;
  const surface = useMemo(() => (model ? skinSurfaceOf(loadedLegOf(model).chart) : null), [model]);
  if (surface === null) return null;
  return (
    <Suspense fallback={null}>
      <ChartOverlay surface={surface} />
    </Suspense>
  );
}

export function TuningSceneLayer() {
  const on = useTuningStore((s) => s.chartOverlay);
  return on ? <OverlayOnLeg /> : null;
}
