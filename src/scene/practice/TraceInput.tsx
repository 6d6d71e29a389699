/**
 * Tracing on the skin: pointer handling on the canvas (see `traceGesture.ts`) and the live line
 * of the stroke being drawn. Finished strokes go to `onTrace`.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { Group } from 'three';
import type { LegChart } from '../../anatomy/chart';
import type { Trace } from '../../practice/traceFile';
import { usePracticeStore } from '../../state/practiceStore';
import { useViewStore } from '../../state/viewStore';
import type { SkinSurface } from '../surface';
import { createLiveLine, disposeLiveLine, flushLiveLine } from './liveLine';
import { attachTraceGesture } from './traceGesture';

interface Props {
  chart: LegChart;
  surface: SkinSurface;
  onTrace: (trace: Trace) => void;
}

export function TraceInput({ chart, surface, onTrace }: Props) {
  const space = useRef<Group>(null);
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const live = useMemo(() => createLiveLine(), []);

  useEffect(() => () => disposeLiveLine(live), [live]);

  useEffect(() => {
    const practice = usePracticeStore.getState;
    return attachTraceGesture(
      gl.domElement,
      {
        camera,
        skin: () => scene.getObjectByName('skin') ?? null,
        space: () => space.current,
        chart,
        surface,
        controls: () => get().controls,
        live,
        invalidate,
      },
      {
        leg: () => useViewStore.getState().leg,
        pressure: () => practice().pressure,
        usePenPressure: () => practice().usePenPressure,
        onStart: () => practice().setDrawing(true),
        onTrace,
        onEnd: () => practice().setDrawing(false),
      },
    );
  }, [gl, camera, scene, get, chart, surface, live, invalidate, onTrace]);

  useFrame(() => {
    flushLiveLine(live);
  });

  return (
    <group ref={space}>
      <primitive object={live.group} />
    </group>
  );
}
