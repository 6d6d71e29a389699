/**
 * The blood dots: one instanced sphere per particle of the simulation (a single draw call), placed
 * on its vein's centreline every frame. Matrices are written straight into the instance buffer:
 * a uniform scale and a translation, nothing allocated.
 */
import {
  DynamicDrawUsage,
  IcosahedronGeometry,
  InstancedBufferAttribute,
  InstancedMesh,
  MeshStandardMaterial,
} from 'three';
import { DOT_MIN_RADIUS_M, DOT_PER_VEIN_RADIUS, COLOURS } from './flowLook';
import type { FlowSim } from './flowSim';
import { pointAt, type Polyline } from './polyline';

export interface Drawable<T> {
  readonly object: T;
  update(): void;
  dispose(): void;
}

/** Radius a dot is drawn at in a vein of radius `veinRadiusM`. */
function dotRadius(veinRadiusM: number): number {
  return Math.max(DOT_MIN_RADIUS_M, DOT_PER_VEIN_RADIUS * veinRadiusM);
}

/**
 * Writes each dot's matrix (column-major 4×4: scale on the diagonal, position in 12–14) into
 * `out`, 16 numbers per dot.
 */
function writeDotMatrices(
  paths: readonly Polyline[],
  vein: Int32Array,
  fraction: Float64Array,
  out: Float32Array,
): void {
  for (let i = 0; i < vein.length; i++) {
    const path = paths[vein[i] ?? 0];
    const o = i * 16;
    if (!path) continue;
    const r = dotRadius(pointAt(path, fraction[i] ?? 0, out, o + 12));
    out[o] = r;
    out[o + 5] = r;
    out[o + 10] = r;
    out[o + 15] = 1;
  }
}

export function createDots(sim: FlowSim): Drawable<InstancedMesh> {
  const geometry = new IcosahedronGeometry(1, 1);
  const material = new MeshStandardMaterial({
    color: COLOURS.dot,
    emissive: COLOURS.dot,
    emissiveIntensity: 0.35,
    roughness: 0.45,
  });
  const mesh = new InstancedMesh(geometry, material, sim.particles.count);
  mesh.name = 'flow_dots';
  const matrices = new Float32Array(sim.particles.count * 16);
  mesh.instanceMatrix = new InstancedBufferAttribute(matrices, 16).setUsage(DynamicDrawUsage);
  // The dots move every frame: bounds computed once would cull them wrongly.
  mesh.frustumCulled = false;
  const update = () => {
    const { particles, geometry: flow } = sim;
    writeDotMatrices(flow.paths, particles.vein, particles.fraction, matrices);
    mesh.instanceMatrix.needsUpdate = true;
  };
  update();
  return {
    object: mesh,
    update,
    dispose: () => {
      geometry.dispose();
      material.dispose();
      mesh.dispose();
    },
  };
}
