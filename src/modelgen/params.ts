import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A measure from the survey: mean and standard deviation in millimetres. */
const measure = z.object({ mean: z.number().positive(), sd: z.number().nonnegative() });

const MEASURE_NAMES = [
  'stature',
  'crotchHeight',
  'trochanterionHeight',
  'lateralFemoralEpicondyleHeight',
  'kneeHeightMidPatella',
  'tibialeHeight',
  'lateralMalleolusHeight',
  'ankleCircumference',
  'heelAnkleCircumference',
  'calfCircumference',
  'lowerThighCircumference',
  'thighCircumference',
  'footLength',
  'footBreadth',
  'bimalleolarBreadth',
  'heelBreadth',
] as const;
export type MeasureName = (typeof MEASURE_NAMES)[number];

const measuresShape = Object.fromEntries(MEASURE_NAMES.map((n) => [n, measure])) as Record<
  MeasureName,
  typeof measure
>;

export const anthropometrySchema = z.object({
  population: z.string().min(1),
  why: z.string().min(1),
  source: z.string().min(1),
  measuresMm: z.object(measuresShape),
  segmentRatios: z.object({
    note: z.string().optional(),
    ankleJoint: z.number(),
    knee: z.number(),
    greaterTrochanter: z.number(),
    thigh: z.number(),
    shank: z.number(),
    footLength: z.number(),
    footBreadth: z.number(),
  }),
});
export type Anthropometry = z.infer<typeof anthropometrySchema>;

/** Reads and validates a parameter file; throws with the offending path on a bad file. */
export function loadAnthropometry(path: string): Anthropometry {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const result = anthropometrySchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path}: invalid anthropometry\n${issues.join('\n')}`);
  }
  return result.data;
}

/** Mean of a measure in metres. */
export function meanM(a: Anthropometry, name: MeasureName): number {
  return a.measuresMm[name].mean / 1000;
}
