/**
 * The skin's chart angle and tissue depth are stored in the model file within [-1, 1], so the
 * generator can write them as normalised integers (far smaller than floats once compressed);
 * the skin node's extras say what 1 stands for. A model without them stores plain degrees and
 * millimetres (the unit is 1).
 */
export interface SkinUnits {
  /** Degrees of θ per stored unit (the chart's second component). */
  chartThetaDeg: number;
  /** Millimetres of tissue depth per stored unit. */
  tissueDepthMm: number;
}

/** The extras key on the skin node. */
export const SKIN_UNITS_KEY = 'attributeUnits';

const PLAIN: SkinUnits = { chartThetaDeg: 1, tissueDepthMm: 1 };

const positive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** The units a skin node's extras declare (plain degrees and millimetres when none). */
export function skinUnitsOf(extras: Record<string, unknown>): SkinUnits {
  const units = extras[SKIN_UNITS_KEY];
  if (typeof units !== 'object' || units === null) return PLAIN;
  const { chartThetaDeg, tissueDepthMm } = units as Record<string, unknown>;
  return {
    chartThetaDeg: positive(chartThetaDeg) ? chartThetaDeg : 1,
    tissueDepthMm: positive(tissueDepthMm) ? tissueDepthMm : 1,
  };
}

/** Units that bring θ (±180°) and depths up to `maxDepthMm` within [-1, 1]: a power of two of mm. */
export function skinUnitsFor(maxDepthMm: number): SkinUnits {
  return { chartThetaDeg: 180, tissueDepthMm: 2 ** Math.ceil(Math.log2(Math.max(1, maxDepthMm))) };
}
