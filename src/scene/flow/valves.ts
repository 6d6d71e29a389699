/**
 * The valves on the leg: two cusps per valve (one instanced mesh for all), a ring where the cusps
 * are hinged (another), both shaded from dark (shut) to light (wide open), and a yellow halo
 * round the valve the hands push toward, which the close-up shows. Drawn larger than life
 * (`VALVE_PER_VEIN_RADIUS`), the halo on top of everything so it is found through the skin.
 */
import {
  Color,
  DoubleSide,
  DynamicDrawUsage,
  Group,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  TorusGeometry,
} from 'three';
import type { Drawable } from './dots';
import {
  COLOURS,
  FOCUS_RING_RADIUS_M,
  FOCUS_RING_TUBE_M,
  VALVE_MIN_RADIUS_M,
  VALVE_PER_VEIN_RADIUS,
} from './flowLook';
import type { FlowSim } from './flowSim';
import { createCuspGeometry, cuspMatrix, leafletAngle, valveFrame } from './leaflets';
import { valveColour } from './valveColour';

/** Radius a valve is drawn at in a vein of radius `veinRadiusM`. */
function valveRadius(veinRadiusM: number): number {
  return Math.max(VALVE_MIN_RADIUS_M, VALVE_PER_VEIN_RADIUS * veinRadiusM);
}

const matrix = new Matrix4();
const colour = new Color();

export function createValves(sim: FlowSim): Drawable<Group> {
  const places = sim.geometry.valves;
  const n = places.length;
  const frames = places.map((v) =>
    valveFrame(v.position, v.direction, valveRadius(v.veinRadiusM), new Matrix4()),
  );

  const cuspGeometry = createCuspGeometry();
  const ringGeometry = new TorusGeometry(1, 0.09, 6, 20).rotateX(Math.PI / 2);
  const haloGeometry = new TorusGeometry(FOCUS_RING_RADIUS_M, FOCUS_RING_TUBE_M, 6, 32).rotateX(
    Math.PI / 2,
  );
  // The ring keeps its size whatever the vein: the valve's frame without its scale.
  const haloFrames = places.map((v) => valveFrame(v.position, v.direction, 1, new Matrix4()));
  const material = new MeshStandardMaterial({ roughness: 0.5, side: DoubleSide });
  const haloMaterial = new MeshBasicMaterial({
    color: COLOURS.focus,
    depthTest: false,
    transparent: true,
    toneMapped: false,
  });

  const cusps = new InstancedMesh(cuspGeometry, material, 2 * n);
  const rings = new InstancedMesh(ringGeometry, material, n);
  const halo = new Mesh(haloGeometry, haloMaterial);
  cusps.name = 'flow_valve_cusps';
  rings.name = 'flow_valve_rings';
  halo.name = 'flow_valve_focus';
  halo.matrixAutoUpdate = false;
  halo.renderOrder = 10;
  cusps.instanceMatrix.setUsage(DynamicDrawUsage);
  frames.forEach((frame, i) => rings.setMatrixAt(i, frame));
  const group = new Group();
  group.name = 'flow_valves';
  group.add(cusps, rings, halo);

  const update = () => {
    const open = sim.state.valveOpenFraction;
    for (let i = 0; i < n; i++) {
      const frame = frames[i] as Matrix4;
      const angle = leafletAngle(open[i] ?? 0);
      cusps.setMatrixAt(2 * i, cuspMatrix(frame, 0, angle, matrix));
      cusps.setMatrixAt(2 * i + 1, cuspMatrix(frame, 1, angle, matrix));
      valveColour(open[i] ?? 0, colour);
      cusps.setColorAt(2 * i, colour);
      cusps.setColorAt(2 * i + 1, colour);
      rings.setColorAt(i, colour);
    }
    cusps.instanceMatrix.needsUpdate = true;
    if (cusps.instanceColor) cusps.instanceColor.needsUpdate = true;
    if (rings.instanceColor) rings.instanceColor.needsUpdate = true;
    const featured = haloFrames[sim.featured];
    halo.visible = featured !== undefined;
    if (featured) {
      halo.matrix.copy(featured);
      halo.matrixWorldNeedsUpdate = true;
    }
  };
  update();
  // Bounds from the first pose: the cusps only swing within their ring.
  cusps.computeBoundingSphere();
  rings.computeBoundingSphere();

  return {
    object: group,
    update,
    dispose: () => {
      [cuspGeometry, ringGeometry, haloGeometry, material, haloMaterial].forEach((d) =>
        d.dispose(),
      );
      cusps.dispose();
      rings.dispose();
    },
  };
}
