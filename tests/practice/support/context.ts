/**
 * The analysis context for the practice tests: the default protocol on the generated leg
 * (models/leg.glb), exactly what `npm run check-trace` uses. Strokes are placed by landmark so
 * they stay on the right anatomy when the model is regenerated.
 */
import type { LandmarkName } from '../../../src/anatomy/names';
import type { TraceContext } from '../../../src/practice/analyzeTrace';
import type { ChartPoint } from '../../../src/anatomy/regions';
import { defaultTraceContext } from '../../../src/practice/defaultTraceContext';

export function practiceContext(): Promise<TraceContext> {
  return defaultTraceContext();
}

/** The level `fraction` of the way from landmark `a` to landmark `b`, on the side `theta`. */
export function between(
  context: TraceContext,
  a: LandmarkName,
  b: LandmarkName,
  fraction: number,
  theta: number,
): ChartPoint {
  const from = context.landmarks[a].s;
  const to = context.landmarks[b].s;
  return { s: from + (to - from) * fraction, theta };
}
