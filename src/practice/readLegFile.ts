/**
 * Node only: reads a leg model (`models/leg.glb`) from disk with three's GLTFLoader, the same
 * way the browser loads it, into the plain `LegModel`. The CLI uses it; tests/support/leg.ts
 * does the same for the tests.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { extractLegModel, type LegModel } from '../anatomy/legModel';

/** The shipped model. */
export const DEFAULT_LEG_GLB = fileURLToPath(new URL('../../models/leg.glb', import.meta.url));

export async function readLegFile(path: string = DEFAULT_LEG_GLB): Promise<LegModel> {
  const bytes = await readFile(path);
  // The model is meshopt-compressed: the decoder has to be wired before parsing.
  await MeshoptDecoder.ready;
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const gltf = await loader.parseAsync(buffer as ArrayBuffer, '');
  return extractLegModel(gltf.scene);
}
