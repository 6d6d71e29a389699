/**
 * The analysis context for the practice tests: the default protocol on the generated leg
 * (models/leg.glb), built as `npm run check-trace` builds it. The model is read through
 * tests/support (not `defaultTraceContext`, whose `new URL(…, import.meta.url)` a DOM test
 * environment replaces), so the DOM tests can use it too. Strokes are placed by landmark so
 * they stay on the right anatomy when the model is regenerated.
 */
import type { LandmarkName } from '../../../src/anatomy/names';
import type { TraceContext } from '../../../src/practice/analyzeTrace';
import type { ChartPoint } from '../../../src/anatomy/regions';
import { regionsAt } from '../../../src/anatomy/regions';
import { legTraceContext, traceChartOf } from '../../../src/practice/legTraceContext';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { loadDefaultLeg } from '../../support/leg';

let loaded: Promise<TraceContext> | null = null;

export function practiceContext(): Promise<TraceContext> {
  loaded ??= loadDefaultLeg().then((model) =>
    legTraceContext(defaultProtocol, traceChartOf(model), regionsAt),
  );
  return loaded;
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
