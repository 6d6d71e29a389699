/**
 * The floor for the app's frame time: the content of one bench scenario (bench/scenarios.ts)
 * drawn with plain three.js in a bare requestAnimationFrame loop, with the same `models/leg.glb`,
 * materials, camera, lights, environment and canvas size as the trainer. No React, no animation
 * logic (see referenceContent.ts). `material=plain` draws the whole model with its own glTF
 * materials instead (the skin material's cost). The way to the first frame is the plain one,
 * timed in the same spans as the app (src/state/loadTimings.ts): download, parse and decode,
 * the leg model, the shaders compiled, the first frame drawn; the hands and the flow follow it,
 * as in the app.
 * Built only for `npm run bench` (vite --mode bench).
 *
 *   bench/reference.html?scenario=default|all&w=<canvas width>&h=<canvas height>
 *     [&inset=x,y,w,h (the valve close-up's rectangle in the canvas, CSS px, origin bottom left)]
 *     [&material=plain]
 */
import {
  ACESFilmicToneMapping,
  Color,
  DirectionalLight,
  HemisphereLight,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
} from 'three';
import legUrl from '../models/leg.glb?url';
import { decodeLegGlb } from '../src/anatomy/decodeLegGlb';
import { cameraPose } from '../src/scene/cameraPresets';
import { installRoomEnvironment } from '../src/scene/roomEnvironment';
import { recordFrame, renderProbe, startFrame } from '../src/scene/renderProbe';
import { markLoadSpan } from '../src/state/loadTimings';
import type { CloseUp } from '../src/scene/flow/closeUp';
import { buildReferenceContent } from './referenceContent';
import { parseScenario, SCENARIO_CONTENT } from './scenarios';

const params = new URLSearchParams(window.location.search);
const plainMaterials = params.get('material') === 'plain';
const content = SCENARIO_CONTENT[parseScenario(params.get('scenario'))];

function sizeFromQuery(): { width: number; height: number } {
  const read = (key: string, fallback: number) => {
    const value = Number(params.get(key));
    return Number.isFinite(value) && value > 0 ? Math.round(value) : fallback;
  };
  return { width: read('w', 900), height: read('h', 560) };
}

/** The close-up's rectangle from the query, or a stand-in in the bottom-right corner. */
function insetFromQuery(width: number): { x: number; y: number; width: number; height: number } {
  const parts = (params.get('inset') ?? '').split(',').map(Number);
  if (parts.length === 4 && parts.every((n) => Number.isFinite(n) && n >= 0)) {
    const [x = 0, y = 0, w = 0, h = 0] = parts;
    return { x, y, width: w, height: h };
  }
  return { x: width - 180, y: 20, width: 160, height: 160 };
}

/** The same lights as src/scene/Lighting.tsx. */
function addLights(scene: Scene): void {
  scene.add(new HemisphereLight('#ffffff', '#8a8f99', plainMaterials ? 1.2 : 1.0));
  const lights: [number, number, number, number][] = [
    [1.5, 2.5, 2, 1.6],
    [-2, 1.2, 1, 0.55],
    [0, 1.5, -2.5, 0.8],
  ];
  for (const [x, y, z, intensity] of lights) {
    const light = new DirectionalLight('#ffffff', intensity);
    light.position.set(x, y, z);
    scene.add(light);
  }
}

async function main(): Promise<void> {
  const probe = renderProbe();
  const { width, height } = sizeFromQuery();
  // The renderer settings react-three-fiber uses by default.
  const renderer = new WebGLRenderer({
    antialias: true,
    alpha: true,
    powerPreference: 'high-performance',
  });
  renderer.setPixelRatio(Math.min(2, Math.max(1, window.devicePixelRatio)));
  renderer.setSize(width, height);
  renderer.toneMapping = ACESFilmicToneMapping;
  document.body.appendChild(renderer.domElement);

  const scene = new Scene();
  scene.background = new Color('#e9ecf1');
  addLights(scene);
  if (!plainMaterials) {
    installRoomEnvironment(renderer, scene);
  }
  // The trainer's default view: the medial preset of the right leg, fov 32.
  const pose = cameraPose('medial', 'right');
  const camera = new PerspectiveCamera(32, width / height, 0.02, 20);
  camera.position.set(...pose.position);
  camera.lookAt(...pose.target);

  const start = performance.now();
  const response = await fetch(legUrl);
  if (!response.ok) throw new Error(`leg model: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  markLoadSpan('download', start);
  const { gltf, model } = await decodeLegGlb(bytes, markLoadSpan);
  const built = plainMaterials
    ? { first: { leg: gltf.scene, closeUp: null }, rest: null }
    : buildReferenceContent(gltf.scene, model, content);
  scene.add(built.first.leg);

  const compileStart = performance.now();
  await renderer.compileAsync(scene, camera);
  markLoadSpan('compile', compileStart);

  const inset = insetFromQuery(width);
  let closeUp: CloseUp | null = null;
  const frame = () => {
    startFrame(probe);
    renderer.info.autoReset = false;
    renderer.info.reset();
    renderer.render(scene, camera);
    if (closeUp) {
      renderer.setScissorTest(true);
      renderer.setScissor(inset.x, inset.y, inset.width, inset.height);
      renderer.setViewport(inset.x, inset.y, inset.width, inset.height);
      renderer.render(closeUp.scene, closeUp.camera);
      renderer.setScissorTest(false);
      renderer.setViewport(0, 0, width, height);
    }
    recordFrame(probe, renderer.info, camera.position, renderer.getContext());
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  // The rest of the content once the first frame is drawn, as the app adds it.
  await new Promise<void>((resolve) => {
    const check = () => (probe.firstLegFrameAt !== null ? resolve() : setTimeout(check, 10));
    check();
  });
  const rest = built.rest ? await built.rest() : null;
  if (rest?.closeUp) {
    const shown = rest.closeUp;
    shown.camera.left = (-shown.halfHeight * inset.width) / inset.height;
    shown.camera.right = -shown.camera.left;
    shown.camera.updateProjectionMatrix();
    closeUp = shown;
  }
}

void main();
