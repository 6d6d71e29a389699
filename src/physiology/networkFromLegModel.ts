/**
 * The vein network of a loaded leg model: its vein centrelines, radii, valves and junctions,
 * placed on the leg's chart. Rest inflows and muscle pumps are assigned by the veins' names and
 * places, from the figures in `parameters.ts`.
 */
import type { LegModel, VeinData } from '../anatomy/legModel';
import { interiorChart, type Point3 } from './interiorChart';
import type { ChartSample, DiameterSample, Vein, VeinNetwork } from './network';
import {
  CALF_PUMP_EJECTION_FRACTION,
  DEEP_FEMORAL_REST_INFLOW_ML_PER_S,
  MODELLED_CALF_VEIN_SHARE,
  POPLITEAL_REST_VELOCITY_CM_PER_S,
  SUPERFICIAL_REST_INFLOW_ML_PER_S,
  THIGH_PUMP_EJECTION_FRACTION,
} from './parameters';
import { crossSectionCm2 } from './veinGeometry';

export const POPLITEAL_VEIN = 'vein_popliteal';
/** Spacing of the chart path and diameter samples along a vein, mm. */
const SAMPLE_SPACING_MM = 10;

/** Fraction of the centreline's arc length at each of its points. */
function fractions(centreline: readonly Point3[]): number[] {
  const lengths = [0];
  for (let i = 1; i < centreline.length; i++) {
    const a = centreline[i - 1] as Point3;
    const b = centreline[i] as Point3;
    lengths.push((lengths[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]));
  }
  const total = lengths[lengths.length - 1] || 1;
  return lengths.map((l) => l / total);
}

/** Indices of the points to sample: about every SAMPLE_SPACING_MM, always both ends. */
function sampleIndices(vein: VeinData, f: readonly number[]): number[] {
  const spacing = SAMPLE_SPACING_MM / vein.lengthMm;
  const picked = [0];
  f.forEach((x, i) => {
    if (x - (f[picked[picked.length - 1] ?? 0] ?? 0) >= spacing) picked.push(i);
  });
  if (picked[picked.length - 1] !== f.length - 1) picked.push(f.length - 1);
  return picked;
}

/** Fraction along `vein` of its centreline point nearest to p. */
function nearestFraction(vein: VeinData, p: Point3): number {
  const f = fractions(vein.centreline);
  let best = 0;
  let bestDistance = Infinity;
  vein.centreline.forEach((q, i) => {
    const d = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
    if (d < bestDistance) [bestDistance, best] = [d, f[i] ?? 0];
  });
  return best;
}

function strictlyIncreasing(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    if (v > (out[out.length - 1] ?? 0) && v <= 1) out.push(v);
  }
  return out;
}

/**
 * Rest inflow at each vein's distal end (mL/s). The popliteal vein carries 11 cm/s over its
 * lumen (POPLITEAL_REST_VELOCITY_CM_PER_S); its superficial tributaries their superficial share;
 * each deep calf vein draining into it MODELLED_CALF_VEIN_SHARE of the rest, and the popliteal
 * vein's own distal end the remainder (the calf veins the model leaves out). The exit vein
 * receives the deep femoral vein.
 */
function restInflows(model: LegModel): Map<string, number> {
  const veins = Object.values(model.veins);
  const popliteal = model.veins[POPLITEAL_VEIN];
  if (!popliteal) throw new Error(`leg model: no ${POPLITEAL_VEIN} to calibrate rest flow`);
  const popDiameterMm = 2000 * (popliteal.radii[0] ?? 0);
  const poplitealFlow = POPLITEAL_REST_VELOCITY_CM_PER_S * crossSectionCm2(popDiameterMm);
  const inflows = new Map<string, number>();
  let calfDeep = poplitealFlow;
  for (const v of veins) {
    if (v.kind === 'superficial') {
      inflows.set(v.name, SUPERFICIAL_REST_INFLOW_ML_PER_S);
      if (v.drainsInto === POPLITEAL_VEIN) calfDeep -= SUPERFICIAL_REST_INFLOW_ML_PER_S;
    }
  }
  let poplitealOwn = calfDeep;
  for (const v of veins) {
    if (v.kind === 'deep' && v.drainsInto === POPLITEAL_VEIN) {
      inflows.set(v.name, calfDeep * MODELLED_CALF_VEIN_SHARE);
      poplitealOwn -= calfDeep * MODELLED_CALF_VEIN_SHARE;
    }
  }
  inflows.set(POPLITEAL_VEIN, Math.max(0, poplitealOwn));
  for (const v of veins) {
    if (v.drainsInto === null) inflows.set(v.name, DEEP_FEMORAL_REST_INFLOW_ML_PER_S);
  }
  return inflows;
}

export function networkFromLegModel(model: LegModel): VeinNetwork {
  const chartOf = interiorChart(model.skin);
  const inflows = restInflows(model);
  const calfTopS = model.landmarks.popliteal_crease.s;
  const veins: Vein[] = Object.values(model.veins).map((v) => {
    const f = fractions(v.centreline);
    const picked = sampleIndices(v, f);
    const chartPath: ChartSample[] = picked.map((i) => ({
      fraction: f[i] ?? 0,
      ...chartOf(v.centreline[i] as Point3),
    }));
    const diameterMm: DiameterSample[] = picked.map((i) => ({
      fraction: f[i] ?? 0,
      diameterMm: 2000 * (v.radii[i] ?? v.radii[0] ?? 0),
    }));
    const end = v.centreline[v.centreline.length - 1] as Point3;
    const receiver = v.drainsInto === null ? undefined : model.veins[v.drainsInto];
    if (v.drainsInto !== null && !receiver) {
      throw new Error(`leg model: ${v.name} drains into unknown ${v.drainsInto}`);
    }
    // A deep vein starting below the popliteal crease is squeezed by the calf muscles.
    const inCalf = (chartPath[0]?.s ?? 0) < calfTopS;
    return {
      id: v.name,
      kind: v.kind,
      lengthMm: v.lengthMm,
      drainsInto: receiver
        ? { veinId: receiver.name, atFraction: nearestFraction(receiver, end) }
        : null,
      valves: strictlyIncreasing(v.valves.map((x) => x.fraction)),
      diameterMm,
      chartPath,
      restInflowMlPerS: inflows.get(v.name) ?? 0,
      ...(v.kind === 'deep' && {
        pumpEjectionFraction: inCalf ? CALF_PUMP_EJECTION_FRACTION : THIGH_PUMP_EJECTION_FRACTION,
      }),
    };
  });
  return { veins };
}
