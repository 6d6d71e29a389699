/**
 * The vein network the flow model runs on: plain data, built from the generated leg model
 * (`networkFromLegModel`) or by hand in tests. Fractions run along each vein from its distal end
 * (0) to its proximal end (1), the direction blood flows toward the heart.
 */

import type { VeinKind } from '../anatomy/legModel';

export type { VeinKind };

/** Where a vein's proximal end joins another vein. */
export interface VeinJunction {
  veinId: string;
  /** Where along the receiving vein, 0 (distal) … 1 (proximal). */
  atFraction: number;
}

/** Inner diameter of a vein at a fraction of its length; linear between samples. */
export interface DiameterSample {
  fraction: number;
  diameterMm: number;
}

/**
 * Where a point of the vein lies on the leg's chart: s 0 (toe tip) … 1 (groin); θ in degrees,
 * 0 anterior, +90 medial, ±180 posterior, −90 lateral. Linear between samples (θ the short way).
 */
export interface ChartSample {
  fraction: number;
  s: number;
  theta: number;
}

export interface Vein {
  id: string;
  kind: VeinKind;
  lengthMm: number;
  /** null: the vein leaves the leg here, toward the heart (the common femoral vein). */
  drainsInto: VeinJunction | null;
  /** Valve positions as fractions 0 … 1, distal to proximal. */
  valves: readonly number[];
  diameterMm: readonly DiameterSample[];
  chartPath: readonly ChartSample[];
  /**
   * Blood entering the vein's distal end at rest (from the foot, capillaries and tributaries the
   * network leaves out), mL/s. Zero for a vein that only collects from other veins.
   */
  restInflowMlPerS: number;
  /**
   * Deep veins (required): the share of their volume a firm squeeze of the muscle around them
   * ejects (the muscle pump). Superficial veins have none: a hand presses them directly.
   */
  pumpEjectionFraction?: number;
}

export interface VeinNetwork {
  veins: readonly Vein[];
}
