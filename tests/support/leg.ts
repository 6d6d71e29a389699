import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { LegModel } from '../../src/anatomy/legModel';
import { extractLegModel } from '../../src/anatomy/legModel';

/** The shipped model, read from disk (node only). */
export const DEFAULT_LEG_PATH = fileURLToPath(new URL('../../models/leg.glb', import.meta.url));

/** Parses a GLB in node with three's GLTFLoader (meshopt-compressed, so the decoder is wired). */
export async function parseGlb(bytes: Uint8Array): Promise<GLTF> {
  await MeshoptDecoder.ready;
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const buf = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  return new Promise((resolve, reject) => loader.parse(buf, '', resolve, reject));
}

let cached: Promise<{ gltf: GLTF; model: LegModel }> | null = null;

function load(): Promise<{ gltf: GLTF; model: LegModel }> {
  cached ??= parseGlb(readFileSync(DEFAULT_LEG_PATH)).then((gltf) => ({
    gltf,
    model: extractLegModel(gltf.scene),
  }));
  return cached;
}

/** The default leg as plain data (cached per test file). */
export async function loadDefaultLeg(): Promise<LegModel> {
  return (await load()).model;
}

/** The raw glTF scene of the default leg, as three's GLTFLoader returns it. */
export async function loadDefaultLegScene(): Promise<Group> {
  return (await load()).gltf.scene;
}

/** The whole parsed glTF (asset header, scenes). */
export async function loadDefaultLegGltf(): Promise<GLTF> {
  return (await load()).gltf;
}
