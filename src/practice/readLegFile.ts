/**
 * Node only: reads a leg model (`models/leg.glb`) from disk and decodes it as the browser does
 * (`decodeLegGlb`), into the plain `LegModel`. The CLI uses it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { decodeLegGlb } from '../anatomy/decodeLegGlb';
import type { LegModel } from '../anatomy/legModel';

/** The shipped model. */
export const DEFAULT_LEG_GLB = fileURLToPath(new URL('../../models/leg.glb', import.meta.url));

export async function readLegFile(path: string = DEFAULT_LEG_GLB): Promise<LegModel> {
  return (await decodeLegGlb(await readFile(path))).model;
}
