/**
 * The close-up of one valve, a scene of its own drawn into a corner of the canvas: a cut-open
 * stretch of vein (its back half, see-through), the valve's two cusps seen edge-on so they read
 * as a Λ when shut and lie back against the wall when open, and blood dots moving at the model's
 * velocities just below and above the valve, in slow motion. Proportions are the vein's own
 * (cusps as long as 1.25 vein radii); only the size is enlarged.
 */
import {
  BoxGeometry,
  Color,
  CylinderGeometry,
  DirectionalLight,
  DoubleSide,
  DynamicDrawUsage,
  HemisphereLight,
  IcosahedronGeometry,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  OrthographicCamera,
  Scene,
} from 'three';
import { EXIT } from '../../physiology';
import { advectCloseUp, type CloseUpFlow } from './closeUpDots';
import type { Drawable } from './dots';
import { CLOSE_UP_HALF_HEIGHT, CLOSE_UP_SLOW_MOTION, COLOURS } from './flowLook';
import type { FlowSim } from './flowSim';
import { createCuspGeometry, cuspMatrix, leafletAngle } from './leaflets';
import { valveColour } from './valveColour';

const DOTS = 30;
const H = CLOSE_UP_HALF_HEIGHT;

export interface CloseUp {
  readonly scene: Scene;
  readonly camera: OrthographicCamera;
  /** Half the height the camera shows, in vein radii (its width follows the window's shape). */
  readonly halfHeight: number;
}

/** The model's velocities next to valve k, in vein radii per second of the close-up. */
function closeUpFlow(sim: FlowSim, k: number, out: CloseUpFlow): CloseUpFlow {
  const { layout, valves } = sim.geometry;
  const link = layout.valveLink[k] ?? 0;
  const from = layout.linkFrom[link] ?? 0;
  const to = layout.linkTo[link] ?? EXIT;
  const v = sim.state.cellVelocityCmPerS;
  const radiiPerCm = 1 / Math.max(1e-3, (valves[k]?.veinRadiusM ?? 0.0015) * 100);
  const scale = radiiPerCm / CLOSE_UP_SLOW_MOTION;
  out.below = (v[from] ?? 0) * scale;
  out.above = (to === EXIT ? (v[from] ?? 0) : (v[to] ?? 0)) * scale;
  out.passing = (sim.state.valveFlowMlPerS[k] ?? 0) > 0;
  return out;
}

/** Deterministic scatter of the dots over the lumen and the height. */
function scatter(i: number): [number, number, number] {
  const a = i * 2.399963; // golden angle
  const r = 0.72 * Math.sqrt(((i * 7) % DOTS) / DOTS);
  return [r * Math.sin(a), -H + (2 * H * (i + 0.5)) / DOTS, r * Math.cos(a)];
}

export function createCloseUp(sim: FlowSim): Drawable<CloseUp> {
  const scene = new Scene();
  scene.background = new Color('#f8f9fa');
  scene.add(new HemisphereLight('#ffffff', '#8a94a6', 1.6));
  const sun = new DirectionalLight('#ffffff', 1.4);
  sun.position.set(4, 6, 5);
  scene.add(sun);

  // The back half of the vein's wall (the camera looks from +x).
  const wallGeometry = new CylinderGeometry(1, 1, 2 * H, 28, 1, true, Math.PI, Math.PI);
  const wallMaterial = new MeshStandardMaterial({
    color: '#3b5bdb',
    transparent: true,
    opacity: 0.4,
    side: DoubleSide,
    depthWrite: false,
    // One sheet seen from one side covers each pixel once: one pass draws what three's back
    // pass and front pass would, without re-marking the material twice a frame.
    forceSinglePass: true,
  });
  const wall = new Mesh(wallGeometry, wallMaterial);
  wall.renderOrder = 2;

  // Cut open like the wall: the back half of each cusp (the second is turned half way round,
  // so its back half is the other side of its own frame).
  const cuspGeometries = [
    createCuspGeometry(8, 5, 'x-negative'),
    createCuspGeometry(8, 5, 'x-positive'),
  ] as const;
  const cuspMaterial = new MeshStandardMaterial({ roughness: 0.55, side: DoubleSide });
  // Each cusp's cut edge, drawn dark: in section the two read as a Λ when shut.
  const edgeGeometry = new BoxGeometry(0.07, 0.92, 0.14).translate(0, 0.46, 0.93);
  const edgeMaterial = new MeshBasicMaterial({ color: '#212529' });
  const cusps = [
    ...cuspGeometries.map((g) => new Mesh(g, cuspMaterial)),
    new Mesh(edgeGeometry, edgeMaterial),
    new Mesh(edgeGeometry, edgeMaterial),
  ];
  cusps.forEach((c) => (c.matrixAutoUpdate = false));

  const dotGeometry = new IcosahedronGeometry(0.17, 1);
  const dotMaterial = new MeshStandardMaterial({ color: COLOURS.dot, roughness: 0.45 });
  const dots = new InstancedMesh(dotGeometry, dotMaterial, DOTS);
  dots.instanceMatrix.setUsage(DynamicDrawUsage);
  dots.frustumCulled = false;
  const place = Array.from({ length: DOTS }, (_, i) => scatter(i));
  const ys = Float32Array.from(place, (p) => p[1]);

  scene.add(wall, ...cusps, dots);
  const halfHeight = H + 0.1;
  const camera = new OrthographicCamera(-halfHeight, halfHeight, halfHeight, -halfHeight, 0.1, 50);
  camera.position.set(10, 1, 1.4);
  camera.lookAt(0, 0, 0);

  const identity = new Matrix4();
  const matrix = new Matrix4();
  const colour = new Color();
  const white = new Color('#ffffff');
  const flow: CloseUpFlow = { below: 0, above: 0, passing: true };

  const update = () => {
    const k = sim.featured;
    const open = sim.state.valveOpenFraction[k] ?? 0.5;
    const angle = leafletAngle(open);
    cusps.forEach((c, i) => {
      c.matrix.copy(cuspMatrix(identity, i % 2 === 0 ? 0 : 1, angle, matrix));
      c.matrixWorldNeedsUpdate = true;
    });
    // The valve's colour, lightened so its shading (its shape) still reads when shut.
    cuspMaterial.color.copy(valveColour(open, colour)).lerp(white, 0.3);
    advectCloseUp(ys, H, closeUpFlow(sim, k, flow), sim.lastSeconds);
    place.forEach((p, i) => {
      dots.setMatrixAt(i, matrix.makeTranslation(p[0], ys[i] ?? 0, p[2]));
    });
    dots.instanceMatrix.needsUpdate = true;
  };
  update();

  return {
    object: { scene, camera, halfHeight },
    update,
    dispose: () => {
      [wallGeometry, ...cuspGeometries, edgeGeometry, dotGeometry].forEach((g) => g.dispose());
      [wallMaterial, cuspMaterial, edgeMaterial, dotMaterial].forEach((m) => m.dispose());
      dots.dispose();
    },
  };
}
