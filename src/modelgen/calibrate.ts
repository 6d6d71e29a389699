import type { Body } from './body';
import type { GirthSampling } from './girth';
import { FINE_GIRTHS, measureFieldGirths } from './girth';
import { meanM } from './params';

/**
 * Adjusts the fat thickness at the four girth levels until the skin's girths match the
 * parameter file's means (ankle minimum, calf maximum, just above the knee, upper thigh).
 * Fat is only added where bone is deep, so the shin and the patella stay thin-skinned.
 */
export function calibrateFat(
  body: Body,
  iterations = 4,
  sampling: GirthSampling = FINE_GIRTHS,
): ReturnType<typeof measureFieldGirths> {
  const a = body.layout.params;
  const targets = {
    ankle: meanM(a, 'ankleCircumference'),
    calf: meanM(a, 'calfCircumference'),
    lowerThigh: meanM(a, 'lowerThighCircumference'),
    thigh: meanM(a, 'thighCircumference'),
  };
  const fat = body.field.fat;
  const knotOf = (y: number) => {
    let k = 0;
    for (let i = 0; i < fat.ys.length; i++)
      if (Math.abs(fat.ys[i]! - y) < Math.abs(fat.ys[k]! - y)) k = i;
    return k;
  };
  let m = measureFieldGirths(body, sampling);
  for (let it = 0; it < iterations; it++) {
    for (const key of ['ankle', 'calf', 'lowerThigh', 'thigh'] as const) {
      const k = knotOf(m[key].y);
      const delta = (targets[key] - m[key].c) / (2 * Math.PI);
      fat.extra[k] = Math.max(0, Math.min(0.04, fat.extra[k]! + delta * 1.15));
    }
    m = measureFieldGirths(body, sampling);
  }
  return m;
}
