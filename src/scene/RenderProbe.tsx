/**
 * Feeds `window.proximalRender` (see renderProbe.ts) after every frame the canvas draws. Mounted
 * with the leg, so the first frame it sees is the first frame with the leg. Costs a few
 * assignments per frame and never asks for a frame itself.
 */
import { addAfterEffect, addEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { recordFrame, renderProbe, startFrame } from './renderProbe';

export function RenderProbe() {
  const get = useThree((s) => s.get);

  useEffect(() => {
    const probe = renderProbe();
    let lastInfo = get().gl.info;
    let lastFrame = lastInfo.render.frame;
    // After-effects also run on the loop's last, idle pass: count only passes that rendered.
    // (A restored WebGL context brings a new `info`, counting from 0 again.)
    const removeStart = addEffect(() => startFrame(probe));
    const remove = addAfterEffect(() => {
      const { gl, camera } = get();
      if (gl.info === lastInfo && gl.info.render.frame === lastFrame) return;
      lastInfo = gl.info;
      lastFrame = gl.info.render.frame;
      recordFrame(probe, gl.info, camera.position, gl.getContext());
    });
    // One frame now, so the first frame with the leg is seen even if it was drawn before this ran.
    get().invalidate();
    return () => {
      removeStart();
      remove();
    };
  }, [get]);

  return null;
}
