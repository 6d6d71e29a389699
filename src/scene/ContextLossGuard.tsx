/**
 * Keeps the 3D view alive through a lost WebGL context (a GPU reset, a driver update, too many
 * contexts): three.js rebuilds its GPU state when the browser restores the context, and this
 * asks for a frame then (the canvas renders on demand, so nothing else would draw). While the
 * context is lost, `useContextLossStore` says so and the stage shows a short message.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useContextLossStore } from '../state/contextLossStore';

export function ContextLossGuard() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const canvas = gl.domElement;
    const { setLost } = useContextLossStore.getState();
    const onLost = (event: Event) => {
      event.preventDefault(); // allows the browser to restore the context
      setLost(true);
    };
    const onRestored = () => {
      setLost(false);
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      setLost(false);
    };
  }, [gl, invalidate]);

  return null;
}
