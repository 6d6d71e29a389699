import { fileURLToPath } from 'node:url';
import type { Anthropometry, MeasureName } from '../../src/modelgen/params';
import { loadAnthropometry } from '../../src/modelgen/params';
import type { LegModel } from '../../src/anatomy/legModel';

/** The parameter file the shipped model was generated from (named in its header). */
export function paramsOf(leg: LegModel): Anthropometry {
  const rel = leg.header.parameters;
  if (typeof rel !== 'string') throw new Error('model header names no parameter file');
  return loadAnthropometry(fileURLToPath(new URL(`../../${rel}`, import.meta.url)));
}

/** Mean and SD of a measure, metres. */
export function measure(a: Anthropometry, name: MeasureName): { mean: number; sd: number } {
  const m = a.measuresMm[name];
  return { mean: m.mean / 1000, sd: m.sd / 1000 };
}
