/** A practice session in a few numbers: how many drills passed and what to work on next. */
import type { DrillCheck, DrillGrade } from './drills';

export interface DrillResult extends DrillGrade {
  drillId: string;
}

export interface SessionSummary {
  attempts: number;
  passes: number;
  /** 0–1; 0 for an empty session. */
  passShare: number;
  drills: { drillId: string; attempts: number; passes: number }[];
  /** Checks that failed attempts, most frequent first (advice on passes is not counted). */
  toWorkOn: { check: DrillCheck; count: number }[];
}

export function summarizeSession(results: readonly DrillResult[]): SessionSummary {
  const drills = new Map<string, { drillId: string; attempts: number; passes: number }>();
  const checks = new Map<DrillCheck, number>();
  for (const result of results) {
    const drill = drills.get(result.drillId) ?? { drillId: result.drillId, attempts: 0, passes: 0 };
    drill.attempts += 1;
    if (result.grade === 'pass') drill.passes += 1;
    drills.set(result.drillId, drill);
    if (result.grade === 'pass') continue;
    for (const check of new Set(result.reasons.map((r) => r.check))) {
      checks.set(check, (checks.get(check) ?? 0) + 1);
    }
  }
  const passes = results.filter((r) => r.grade === 'pass').length;
  return {
    attempts: results.length,
    passes,
    passShare: results.length > 0 ? passes / results.length : 0,
    drills: [...drills.values()],
    toWorkOn: [...checks]
      .map(([check, count]) => ({ check, count }))
      .sort((a, b) => b.count - a.count),
  };
}
