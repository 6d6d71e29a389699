/**
 * Node only: the analysis context of the default protocol on the default leg, as the CLI and
 * the tests use it. Loaded once per process.
 */
import { regionsAt } from '../anatomy/regions';
import { defaultProtocol } from '../protocol/defaultProtocol';
import type { TraceContext } from './analyzeTrace';
import { traceChartOf, legTraceContext } from './legTraceContext';
import { DEFAULT_LEG_GLB, readLegFile } from './readLegFile';

let loaded: Promise<TraceContext> | null = null;

export function defaultTraceContext(): Promise<TraceContext> {
  loaded ??= readLegFile(DEFAULT_LEG_GLB).then((model) =>
    legTraceContext(defaultProtocol, traceChartOf(model), regionsAt),
  );
  return loaded;
}
