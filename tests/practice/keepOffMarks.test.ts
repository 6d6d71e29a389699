/**
 * A place the user marked to keep off, on the real leg: a light stroke up the inner leg that
 * crosses it is flagged (and one that does not, is not), and the drill over it stops short of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../src/anatomy/chart';
import { chartScaleOf } from '../../src/anatomy/chartScale';
import { footprintsOnLeg, type KeepOffMark } from '../../src/anatomy/keepOffMarks';
import type { LegModel } from '../../src/anatomy/legModel';
import { regionsAt } from '../../src/anatomy/regions';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { analyzeTrace, type TraceContext } from '../../src/practice/analyzeTrace';
import { drillsFor } from '../../src/practice/drills';
import { traceChartOf, legTraceContext } from '../../src/practice/legTraceContext';
import { loadDefaultLeg } from '../support/leg';
import { between } from './support/context';
import { stroke, trace } from './support/traces';

let leg: LegModel;
let plain: TraceContext;
let marked: TraceContext;
let mark: KeepOffMark;

beforeAll(async () => {
  leg = await loadDefaultLeg();
  plain = legTraceContext(defaultProtocol, traceChartOf(leg), regionsAt);
  const s = between(plain, 'medial_malleolus', 'patella_centre', 0.5, 90).s;
  mark = { id: 'mark-ulcer', kind: 'wound', leg: 'right', s, theta: 90, radiusCm: 3 };
  const footprints = footprintsOnLeg([mark], 'right', chartScaleOf(LegChart.fromModel(leg)));
  marked = legTraceContext(defaultProtocol, traceChartOf(leg), regionsAt, footprints);
});

function innerGlide(theta: number) {
  const from = between(plain, 'medial_malleolus', 'patella_centre', 0.1, theta);
  const to = between(plain, 'medial_malleolus', 'patella_centre', 0.9, theta);
  return trace(stroke(from, to, { pressure: 'light', durationMs: 6000, samples: 80 }));
}

describe('a marked place in practice', () => {
  it('flags a light stroke that crosses it, naming the mark', () => {
    const analysis = analyzeTrace(innerGlide(90), marked);
    expect(analysis.keepOffCrossings.map((c) => c.sourceId)).toEqual(['mark-ulcer']);
    expect(analyzeTrace(innerGlide(90), plain).keepOffCrossings).toEqual([]);
  });

  it('leaves a stroke on the other side of the leg alone', () => {
    expect(analyzeTrace(innerGlide(-90), marked).keepOffCrossings).toEqual([]);
  });

  it('keeps drills off it: no drill target runs through the mark', () => {
    for (const drill of drillsFor(marked)) {
      const { sFrom, sTo } = drill.target;
      const through = sFrom < mark.s && sTo > mark.s;
      const onItsSide = Math.abs(((drill.lane.theta - mark.theta + 540) % 360) - 180) < 10;
      expect(through && onItsSide, drill.lane.strokeId).toBe(false);
    }
  });
});
