/**
 * The floor for the app's frame time: the same `models/leg.glb`, camera, lights and canvas size
 * as the trainer, drawn with plain three.js in a bare requestAnimationFrame loop. No React, no
 * animation logic. The skin wears the app's own skin material with its zones (tint look, the
 * default protocol baked in place before the first frame) under the same room environment, so
 * the ratio measures the app, not the look; `material=plain` draws the model's own glTF
 * materials instead, and the bench reports the skin material's cost as the ratio of the two.
 * Built only for `npm run bench` (vite --mode bench).
 *
 *   bench/reference.html?w=<canvas width>&h=<canvas height>[&material=plain]
 */
import {
  ACESFilmicToneMapping,
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  PerspectiveCamera,
  PMREMGenerator,
  Scene,
  WebGLRenderer,
  type Group,
} from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import legUrl from '../models/leg.glb?url';
import { extractLegModel } from '../src/anatomy/legModel';
import { bakeZoneChart } from '../src/protocol/zoneChart';
import { defaultProtocol } from '../src/protocol/defaultProtocol';
import { cameraPose } from '../src/scene/cameraPresets';
import { ENVIRONMENT_INTENSITY } from '../src/scene/Lighting';
import { createSkinMaterial, setZoneChart, setZoneLook } from '../src/scene/skinMaterial';
import { ZONE_CHART_HEIGHT, ZONE_CHART_WIDTH } from '../src/scene/zoneChartRequest';
import { recordFrame, renderProbe } from '../src/scene/renderProbe';

function plainMaterials(): boolean {
  return new URLSearchParams(window.location.search).get('material') === 'plain';
}

/** The app's skin material with the default protocol's zones, and the room environment. */
function dressSkin(scene: Scene, legScene: Group, renderer: WebGLRenderer): void {
  const skin = legScene.getObjectByName('skin');
  if (!(skin instanceof Mesh)) throw new Error('leg model: no skin mesh');
  const material = createSkinMaterial();
  const model = extractLegModel(legScene);
  setZoneChart(
    material,
    bakeZoneChart(model.landmarks, defaultProtocol, [], ZONE_CHART_WIDTH, ZONE_CHART_HEIGHT),
  );
  setZoneLook(material, 'tint');
  skin.material = material;
  const pmrem = new PMREMGenerator(renderer);
  scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
  scene.environmentIntensity = ENVIRONMENT_INTENSITY;
  pmrem.dispose();
}

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
  scene.add(new HemisphereLight('#ffffff', '#8a8f99', plainMaterials() ? 1.2 : 1.0));
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
  if (!plainMaterials()) dressSkin(scene, gltf.scene, renderer);
  scene.add(gltf.scene);

  const frame = () => {
    renderer.render(scene, camera);
    recordFrame(probe, renderer.info, camera.position, renderer.getContext());
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

void main();
