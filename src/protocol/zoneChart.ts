/**
 * Pressure zones baked into chart space: for every (s, θ) texel and every tissue-depth band, the
 * zone the protocol's rules, its keep-off areas and the user's keep-off marks give there. The
 * skin shader samples these per fragment with the skin's interpolated chart position and tissue
 * depth, so zone borders follow the rules exactly instead of the mesh's triangles. Pure.
 */
import type { Protocol } from './schema';
import { REGIONS } from '../anatomy/names';
import { regionsAt, type ChartLandmarks } from '../anatomy/regions';
import { insideMark, type UserMark } from '../anatomy/markFootprint';
import { ZONE_LEVELS, zoneFor } from './zones';

export interface ZoneChart {
  /** Texels around the leg (θ from −180° to +180°, wrapping). */
  readonly width: number;
  /** Texels along the leg (s from 0 at the toe tip to 1 at the top rim). */
  readonly height: number;
  /** Tissue-depth band borders in mm, ascending; `thresholdsMm.length + 1` bands. */
  readonly thresholdsMm: readonly number[];
  /**
   * RGBA8 texels, band after band, row (s) after row: one channel per zone level in
   * `ZONE_LEVELS` order, 255 for the level of the texel and 0 for the others — so a linearly
   * filtered sample blends neighbouring zones' weights instead of jumping through their indices.
   */
  readonly texels: Uint8Array;
}

export const ZONE_CHART_SIZE = 512;

/** The depth borders the protocol's rules use (`boneWithinMm`), ascending and distinct. */
export function depthThresholds(protocol: Protocol): number[] {
  const out = new Set<number>();
  for (const rule of protocol.rules) {
    if (rule.kind !== 'pressure') continue;
    const mm = rule.where?.boneWithinMm;
    if (mm !== undefined) out.add(mm);
  }
  return [...out].sort((a, b) => a - b);
}

/** A depth inside band `k` as the rules read it (`depth < threshold` is inside). */
function bandDepth(thresholds: readonly number[], k: number): number {
  return k === 0 ? 0 : (thresholds[k - 1] ?? 0);
}

/** θ (degrees) at the centre of texel column `i`. */
export function texelTheta(i: number, width: number): number {
  return -180 + ((i + 0.5) * 360) / width;
}

/** s at the centre of texel row `j`. */
export function texelS(j: number, height: number): number {
  return (j + 0.5) / height;
}

export function bakeZoneChart(
  landmarks: ChartLandmarks,
  protocol: Protocol,
  marks: readonly UserMark[] = [],
  width = ZONE_CHART_SIZE,
  height = ZONE_CHART_SIZE,
): ZoneChart {
  const thresholdsMm = depthThresholds(protocol);
  const bands = thresholdsMm.length + 1;
  const texels = new Uint8Array(bands * width * height * 4);
  // Only a few dozen combinations of regions and marks exist: decide each once.
  const levelsOf = new Map<number, Uint8Array>();
  const regionBit = new Map<string, number>(REGIONS.map((r, i) => [r, 2 ** i]));
  const markNo = new Map<string, number>(marks.map((m, i) => [m.id, i + 1]));
  const bandStride = width * height * 4;
  for (let j = 0; j < height; j++) {
    const s = texelS(j, height);
    for (let i = 0; i < width; i++) {
      const theta = texelTheta(i, width);
      const regions = regionsAt(s, theta, landmarks);
      const mark = marks.length > 0 ? marks.find((m) => insideMark(m, s, theta)) : undefined;
      let key = (mark === undefined ? 0 : (markNo.get(mark.id) ?? 0)) * 2 ** REGIONS.length;
      for (const r of regions) key += regionBit.get(r) ?? 0;
      let levels = levelsOf.get(key);
      if (levels === undefined) {
        levels = new Uint8Array(bands);
        for (let k = 0; k < bands; k++) {
          const zone = zoneFor(
            { regions, depthMm: bandDepth(thresholdsMm, k), userMarkId: mark?.id },
            protocol,
          );
          levels[k] = ZONE_LEVELS.indexOf(zone.level);
        }
        levelsOf.set(key, levels);
      }
      const at = (j * width + i) * 4;
      for (let k = 0; k < bands; k++) texels[k * bandStride + at + (levels[k] ?? 0)] = 255;
    }
  }
  return { width, height, thresholdsMm, texels };
}

/** The zone level index (into ZONE_LEVELS) of texel (i, j) in band k. */
export function texelLevel(chart: ZoneChart, k: number, i: number, j: number): number {
  const at = (k * chart.width * chart.height + j * chart.width + i) * 4;
  for (let c = 0; c < 4; c++) if ((chart.texels[at + c] ?? 0) > 127) return c;
  return -1;
}

/** The band a tissue depth falls in. */
export function depthBand(chart: ZoneChart, depthMm: number): number {
  let k = 0;
  while (k < chart.thresholdsMm.length && depthMm >= (chart.thresholdsMm[k] ?? Infinity)) k++;
  return k;
}
