/**
 * The valve close-up in the bottom-right corner of the canvas. While mounted it takes over the
 * canvas's rendering (a `useFrame` with priority 1): the stage first, then the close-up in its
 * scissored square. Unmounted with the valves layer, so the stage renders as usual without it.
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { createCloseUp } from './closeUp';
import type { FlowSim } from './flowSim';
import { renderWithCloseUp } from './renderWithCloseUp';

export function ValveCloseUp({ sim }: { sim: FlowSim }) {
  const closeUp = useMemo(() => createCloseUp(sim), [sim]);
  useEffect(() => () => closeUp.dispose(), [closeUp]);

  useFrame(({ gl, scene, camera, size }) => {
    closeUp.update();
    renderWithCloseUp(gl, scene, camera, closeUp.object, size.width, size.height);
  }, 1);

  return null;
}
