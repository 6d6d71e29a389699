/**
 * The fine-tuning panel (leva), loaded lazily and only with `?tune` in the address; collapsed
 * until opened. Its controls write into the app's stores, and follow them when they change
 * elsewhere (the transport's speed, the layers menu's opacity).
 */
import { Leva, useControls } from 'leva';
import { useEffect } from 'react';
import { usePlaybackStore } from '../../state/playbackStore';
import { HAND_SCALE_RANGE, useTuningStore } from '../../state/tuningStore';
import { useViewStore } from '../../state/viewStore';
import { LAZY_TEXT, TUNING_TEXT as T } from '../strings';
import './tuning.css';

export default function TuningPanel() {
  const overlayFailure = useTuningStore((s) => s.chartOverlayFailure);
  const [, set] = useControls(() => ({
    speed: {
      label: T.speed,
      value: usePlaybackStore.getState().speed,
      min: 0.25,
      max: 4,
      step: 0.05,
      onChange: (value: number) => {
        if (value !== usePlaybackStore.getState().speed)
          usePlaybackStore.getState().setSpeed(value);
      },
    },
    skinOpacity: {
      label: T.skinOpacity,
      value: useViewStore.getState().skinOpacity,
      min: 0.05,
      max: 1,
      step: 0.05,
      onChange: (value: number) => {
        if (value !== useViewStore.getState().skinOpacity) {
          useViewStore.getState().setSkinOpacity(value);
        }
      },
    },
    handScale: {
      label: T.handSize,
      value: useTuningStore.getState().handScale,
      ...HAND_SCALE_RANGE,
      step: 0.05,
      onChange: (value: number) => useTuningStore.getState().setHandScale(value),
    },
    chartOverlay: {
      label: T.chartOverlay,
      value: useTuningStore.getState().chartOverlay,
      onChange: (value: boolean) => useTuningStore.getState().setChartOverlay(value),
    },
  }));

  useEffect(() => {
    const offPlayback = usePlaybackStore.subscribe((s, previous) => {
      if (s.speed !== previous.speed) set({ speed: s.speed });
    });
    const offView = useViewStore.subscribe((s, previous) => {
      if (s.skinOpacity !== previous.skinOpacity) set({ skinOpacity: s.skinOpacity });
    });
    return () => {
      offPlayback();
      offView();
    };
  }, [set]);

  // In a corner above the transport, clear of the header, the view controls and the legend.
  return (
    <div className="tuning-panel" data-testid="tuning-panel">
      <Leva fill collapsed titleBar={{ title: T.title, drag: false }} />
      {overlayFailure && (
        <div className="tuning-failure" role="alert" data-testid="tuning-failure">
          <p>{overlayFailure.message}</p>
          <button type="button" className="trainer-button" onClick={overlayFailure.retry}>
            {LAZY_TEXT.retry}
          </button>
        </div>
      )}
    </div>
  );
}
