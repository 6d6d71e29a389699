/**
 * The scene's environment light, shared by the app and the bench's reference page: three's
 * RoomEnvironment prefiltered (PMREM) for image-based lighting, at a low intensity (0.25: enough
 * for the skin's sheen, more washes the skin out). Its calls are the `environment` span on the
 * way to the first leg frame (loadTimings.ts).
 *
 * The cube keeps three's default size (256 px a side). A 64 px cube did not bring the first leg
 * frame sooner in software GL (three runs of each, within their spread): what costs there is
 * compiling the prefilter's shaders, not the size of what they draw.
 */
import { PMREMGenerator, type Scene, type WebGLRenderer } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { markLoadSpan } from '../state/loadTimings';

const ENVIRONMENT_INTENSITY = 0.25;

/** Prefilters the room and makes it `scene`'s environment; returns how to take it away. */
export function installRoomEnvironment(gl: WebGLRenderer, scene: Scene): () => void {
  const start = performance.now();
  const pmrem = new PMREMGenerator(gl);
  const room = new RoomEnvironment();
  const target = pmrem.fromScene(room, 0.04);
  room.dispose();
  pmrem.dispose();
  scene.environment = target.texture;
  scene.environmentIntensity = ENVIRONMENT_INTENSITY;
  markLoadSpan('environment', start);
  return () => {
    scene.environment = null;
    target.dispose();
  };
}
