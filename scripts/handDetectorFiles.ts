/**
 * The hand detector's runtime and weights (@mediapipe/hands, Apache-2.0: wasm, graph and the
 * lite landmark model), served from the app's own origin under `mediapipe/hands/`: copied into
 * the build, and served from node_modules by the dev server. Nothing imports them: the camera
 * check adds a script element for `hands.js` only when the learner chooses it, so none of it is
 * in the first load.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Where the files are served, below the app's base. */
export const HAND_DETECTOR_DIR = 'mediapipe/hands';

/**
 * What the lite model (`modelComplexity: 0`) fetches with wasm SIMD, which every browser with
 * getUserMedia and WebGL 2 has (Chrome 91, Firefox 89, Safari 16.4); the full landmark model and
 * the non-SIMD build (11 MB more) are left out.
 */
export const HAND_DETECTOR_FILES = [
  'hands.js',
  'hands.binarypb',
  'hands_solution_packed_assets_loader.js',
  'hands_solution_packed_assets.data',
  'hands_solution_simd_wasm_bin.js',
  'hands_solution_simd_wasm_bin.wasm',
  'hands_solution_simd_wasm_bin.data',
  'hand_landmark_lite.tflite',
] as const;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
};

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@mediapipe/hands/package.json'));
}

export function handDetectorPlugin(): Plugin {
  let base = '/';
  return {
    name: 'proximal-hand-detector',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      const dir = packageDir();
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const prefix = `${base}${HAND_DETECTOR_DIR}/`;
        const name = path.startsWith(prefix) ? path.slice(prefix.length) : null;
        if (name === null || !(HAND_DETECTOR_FILES as readonly string[]).includes(name)) {
          next();
          return;
        }
        const extension = name.slice(name.lastIndexOf('.'));
        response.setHeader('Content-Type', TYPES[extension] ?? 'application/octet-stream');
        createReadStream(join(dir, name)).pipe(response);
      });
    },
    generateBundle() {
      const dir = packageDir();
      for (const name of HAND_DETECTOR_FILES) {
        this.emitFile({
          type: 'asset',
          fileName: `${HAND_DETECTOR_DIR}/${name}`,
          source: readFileSync(join(dir, name)),
        });
      }
    },
  };
}
