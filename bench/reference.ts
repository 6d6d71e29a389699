/**
 * The floor for the app's frame time: the same `models/leg.glb`, camera, lights and canvas size
 * as the trainer, drawn with plain three.js in a bare requestAnimationFrame loop. No React, no
 * animation logic, the model's own materials. Built only for `npm run bench` (vite --mode bench).
 *
 *   bench/reference.html?w=<canvas width>&h=<canvas height>
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
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import legUrl from '../models/leg.glb?url';
import { cameraPose } from '../src/scene/cameraPresets';
import { recordFrame, renderProbe } from '../src/scene/renderProbe';

function sizeFromQuery(): { width: number; height: number } {
  const params = new URLSearchParams(window.location.search);
  const read = (key: string, fallback: number) => {
    const value = Number(params.get(key));
    return Number.isFinite(value) && value > 0 ? Math.round(value) : fallback;
  };
  return { width: read('w', 900), height: read('h', 560) };
}

/** The same lights as src/scene/Lighting.tsx. */
function addLights(scene: Scene): void {
  scene.add(new HemisphereLight('#ffffff', '#8a8f99', 1.2));
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
  // The trainer's default view: the medial preset of the right leg, fov 32.
  const pose = cameraPose('medial', 'right');
  const camera = new PerspectiveCamera(32, width / height, 0.02, 20);
  camera.position.set(...pose.position);
  camera.lookAt(...pose.target);

  const response = await fetch(legUrl);
  if (!response.ok) throw new Error(`leg model: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  await MeshoptDecoder.ready;
  const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).parseAsync(bytes, '');
  scene.add(gltf.scene);

  const frame = () => {
    renderer.render(scene, camera);
    recordFrame(probe, renderer.info, camera.position, renderer.getContext());
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

void main();
