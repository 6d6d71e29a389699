import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Group } from 'three';
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { decodeGlb, decodeLegGlb, type DecodedLeg } from '../../src/anatomy/decodeLegGlb';
import type { LegModel } from '../../src/anatomy/legModel';

/** The shipped model, read from disk (node only). */
// Resolved from this file's path, not with `new URL`, which a DOM environment (happy-dom) replaces.
export const DEFAULT_LEG_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../models/leg.glb',
);

/** Parses a GLB in node, through the app's own decoder. */
export function parseGlb(bytes: Uint8Array): Promise<GLTF> {
  return decodeGlb(bytes);
}

let cached: Promise<DecodedLeg> | null = null;

function load(): Promise<DecodedLeg> {
  cached ??= decodeLegGlb(readFileSync(DEFAULT_LEG_PATH));
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
