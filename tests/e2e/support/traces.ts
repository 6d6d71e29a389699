/** Trace files for browser tests: the fixtures, and a full-size trace made from one. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_TRACE_SAMPLES, serializeTrace, type Trace } from '../../../src/practice/traceFile';
import { REPO_ROOT } from './paths';

export function fixtureTrace(name: string): Trace {
  const path = join(REPO_ROOT, 'tests/practice/fixtures', `${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Trace;
}

/**
 * The inner-leg effleurage stretched to the largest trace a file may hold (20,000 samples, 5 ms
 * apart, with a small wobble): the slowest trace to read and check.
 */
export function fullSizeTraceText(): string {
  const base = fixtureTrace('proximal-medial-effleurage').samples;
  const first = base[0];
  const last = base[base.length - 1];
  if (!first || !last) throw new Error('empty fixture');
  const n = MAX_TRACE_SAMPLES;
  const samples = Array.from({ length: n }, (_, i) => ({
    s: first.s + ((last.s - first.s) * i) / n,
    theta: first.theta + Math.sin(i / 50),
    t: i * 5,
    pressure: first.pressure,
  }));
  return serializeTrace({ leg: 'right', samples });
}
