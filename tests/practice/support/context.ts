/**
 * The analysis context for the practice tests, and strokes placed by landmark so they fit
 * whichever leg provides the chart.
 */
import type { LandmarkName } from '../../../src/anatomy/names';
import type { TraceContext } from '../../../src/practice/analyzeTrace';
import type { ChartPoint } from '../../../src/practice/strokeLanes';
import { standInContext } from './standInLeg';

export async function practiceContext(): Promise<TraceContext> {
  return standInContext();
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
