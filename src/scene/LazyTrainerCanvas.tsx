/**
 * The 3D scene's code (three.js, react-three-fiber, drei and the scene components) as a chunk of
 * its own, so the page's DOM (safety information, the lesson panel, the transport) does not wait
 * for it and a browser without WebGL never downloads it. `preloadTrainerCanvas` starts the
 * download as soon as the stage knows it will draw, in parallel with the leg model; the stage
 * renders it through `loadTrainerCanvas` and reports a failed download (src/ui/faults).
 */
export const loadTrainerCanvas = () => import('./TrainerCanvas');

export function preloadTrainerCanvas(): void {
  // The stage reports a failure when it renders the canvas; the preload must not leave it unhandled.
  loadTrainerCanvas().catch(() => undefined);
}
