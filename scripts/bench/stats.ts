/** Small statistics for frame times: intervals, nearest-rank percentiles, medians. Pure. */

/** Differences between consecutive timestamps. */
export function intervals(stamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < stamps.length; i++) out.push((stamps[i] ?? 0) - (stamps[i - 1] ?? 0));
  return out;
}

/** Nearest-rank percentile (p in [0, 1]) of a non-empty list; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Rounds for printing: `digits` decimals. */
export function round(value: number, digits = 2): number {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}

/** The blocking part of long tasks: the sum of max(0, duration − 50 ms). */
export function longTaskBlocking(durations: readonly number[]): number {
  return durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
}
