/**
 * Blood drawn as dots carried along the veins by the flow model's cell velocities. Pure numbers:
 * `advectParticles` moves each dot through the cells of its vein, cell by cell within a frame (a
 * squeezed cell's fast blood leaves it, then slows in the next), and never through a valve the
 * wrong way: moving toward the foot a dot stops at the valve below it, and moving toward the
 * heart it stops at a valve that passes no flow. A dot leaving a vein's proximal end comes back
 * in at its distal end, so each vein keeps its dots.
 */
import { NO_VALVE, type FlowLayout } from '../../physiology';

export interface Particles {
  readonly count: number;
  readonly vein: Int32Array;
  /** Where along its vein, 0 (distal) … 1 (proximal). */
  readonly fraction: Float64Array;
}

/** Where each vein's cells are in the layout, for finding the cell under a dot. */
export interface VeinCells {
  readonly first: Int32Array;
  readonly count: Int32Array;
  /** Vein length, cm. */
  readonly lengthCm: Float64Array;
}

export function veinCellsOf(layout: FlowLayout): VeinCells {
  const veins = layout.network.veins;
  const first = new Int32Array(veins.length).fill(-1);
  const count = new Int32Array(veins.length);
  for (let c = 0; c < layout.cellCount; c++) {
    const v = layout.cellVein[c] ?? 0;
    if ((first[v] ?? -1) < 0) first[v] = c;
    count[v] = (count[v] ?? 0) + 1;
  }
  return { first, count, lengthCm: Float64Array.from(veins, (v) => v.lengthMm / 10) };
}

/**
 * Dots spread evenly along each vein, `spacingMm(vein index)` apart, with a small deterministic
 * jitter so they do not march in step.
 */
export function createParticles(
  layout: FlowLayout,
  spacingMm: (vein: number) => number,
): Particles {
  const vein: number[] = [];
  const fraction: number[] = [];
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  layout.network.veins.forEach((v, i) => {
    const n = Math.max(1, Math.round(v.lengthMm / Math.max(1, spacingMm(i))));
    for (let k = 0; k < n; k++) {
      vein.push(i);
      fraction.push(Math.min(1, (k + 0.25 + 0.5 * random()) / n));
    }
  });
  return { count: vein.length, vein: Int32Array.from(vein), fraction: Float64Array.from(fraction) };
}

/** The cell of vein v holding fraction f. */
export function cellAt(layout: FlowLayout, cells: VeinCells, v: number, f: number): number {
  let lo = cells.first[v] ?? 0;
  let hi = lo + (cells.count[v] ?? 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f < (layout.cellToFraction[mid] ?? 1)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The valve on the link leaving cell c (toward the heart), or NO_VALVE. */
function valveAfter(layout: FlowLayout, c: number): number {
  return layout.linkValve[layout.cellOutLink[c] ?? 0] ?? NO_VALVE;
}

/** Most cell boundaries a dot crosses in one frame (a frame at 60 Hz crosses one at most). */
const MAX_CROSSINGS = 6;
/** How far short of a shut valve a held dot rests, as a fraction of its vein. */
const HELD_GAP = 1e-4;

export interface FlowField {
  /** Per cell, cm/s, positive toward the heart (`FlowState.cellVelocityCmPerS`). */
  readonly cellVelocityCmPerS: Float64Array;
  /** Per valve, mL/s (`FlowState.valveFlowMlPerS`). */
  readonly valveFlowMlPerS: Float64Array;
}

/** Moves one dot of vein v from fraction f over `seconds`; returns its new fraction. */
export function advectOne(
  layout: FlowLayout,
  cells: VeinCells,
  field: FlowField,
  v: number,
  f: number,
  seconds: number,
  speedScale: number,
): number {
  const lengthCm = cells.lengthCm[v] ?? 1;
  const first = cells.first[v] ?? 0;
  const last = first + (cells.count[v] ?? 1) - 1;
  let c = cellAt(layout, cells, v, f);
  let left = seconds;
  for (let k = 0; k < MAX_CROSSINGS && left > 0; k++) {
    const rate = ((field.cellVelocityCmPerS[c] ?? 0) * speedScale) / lengthCm; // fraction per s
    if (rate === 0) break;
    const from = layout.cellFromFraction[c] ?? 0;
    const to = layout.cellToFraction[c] ?? 1;
    const edge = rate > 0 ? to : from;
    const need = Math.max(0, (edge - f) / rate);
    if (need >= left) return f + rate * left;
    left -= need;
    if (rate > 0) {
      if (c === last) return 0; // out at the proximal end, back in at the distal end
      const valve = valveAfter(layout, c);
      if (valve !== NO_VALVE && !((field.valveFlowMlPerS[valve] ?? 0) > 0)) return to - HELD_GAP;
      f = to;
      c += 1;
    } else {
      if (c === first) return 0;
      if (valveAfter(layout, c - 1) !== NO_VALVE) return from + HELD_GAP; // held by the valve below
      f = from;
      c -= 1;
    }
  }
  return f;
}

/** Moves every dot over `seconds` of the model's flow, `speedScale` × the model's speed. */
export function advectParticles(
  particles: Particles,
  layout: FlowLayout,
  cells: VeinCells,
  field: FlowField,
  seconds: number,
  speedScale = 1,
): void {
  if (!(seconds > 0)) return;
  for (let i = 0; i < particles.count; i++) {
    const v = particles.vein[i] ?? 0;
    const f = particles.fraction[i] ?? 0;
    particles.fraction[i] = advectOne(layout, cells, field, v, f, seconds, speedScale);
  }
}
