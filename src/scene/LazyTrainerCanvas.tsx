/**
 * The 3D scene's code (three.js, react-three-fiber, drei and the scene components) as a chunk of
 * its own, so the page's DOM (safety information, the lesson panel, the transport) does not wait
 * for it and a browser without WebGL never downloads it. `preloadTrainerCanvas` starts the
 * download as soon as the stage knows it will draw, in parallel with the leg model.
 */
import { lazy } from 'react';

const load = () => import('./TrainerCanvas');

export function preloadTrainerCanvas(): void {
  void load();
}

export const TrainerCanvas = lazy(() => load().then((m) => ({ default: m.TrainerCanvas })));
