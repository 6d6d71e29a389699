/** The venous flow model: valve-gated compartments, pure numbers (no three.js, no React). */
export type { VeinNetwork } from './network';
export type { Compression } from './compression';
export type { HandContact } from './handContact';
export type { FlowState } from './flowState';
export {
  compressionFromHands,
  PALM_RADIUS_S,
  PALM_SPREAD_DEG,
  palmFootprintOf,
} from './handContact';
export { createFlowState } from './flowState';
export { step } from './step';
export { networkFromLegModel } from './networkFromLegModel';
export { layoutOf, EXIT, NO_VALVE, type FlowLayout } from './layout';
