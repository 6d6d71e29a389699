import { beforeAll, describe, expect, it } from 'vitest';
import { say } from '../support/t';
import { analyzeTrace, type TraceContext } from '../../src/practice/analyzeTrace';
import { drillsFor, gradeDrill, type Drill } from '../../src/practice/drills';
import { summarizeSession } from '../../src/practice/sessionSummary';
import { between, practiceContext } from './support/context';
import { reversed, stroke, trace } from './support/traces';

let context: TraceContext;
let drills: Drill[];
beforeAll(async () => {
  context = await practiceContext();
  drills = drillsFor(context);
});

const drill = (strokeId: string) => {
  const found = drills.find((d) => d.lane.strokeId === strokeId);
  if (!found) throw new Error(`no drill for ${strokeId}`);
  return found;
};

function innerLegEffleurage() {
  const from = between(context, 'medial_malleolus', 'groin_crease', 0, 90);
  const to = between(context, 'medial_malleolus', 'groin_crease', 1, 90);
  return trace(stroke(from, to, { durationMs: 8000, samples: 80 }));
}

/** Firm kneading over the stretch of the calf where the zones allow firm pressure. */
function calfKnead() {
  const { sFrom, sTo } = drill('calf-knead').target;
  const from = { s: sFrom + 0.01, theta: 180 };
  const to = { s: sTo - 0.01, theta: 180 };
  return trace(stroke(from, to, { pressure: 'firm', durationMs: 9000, samples: 90 }));
}

describe('drills from the protocol', () => {
  it('gives one drill per distinct stroke lane, in the protocol own words', () => {
    const lanes = context.protocol.phases.flatMap((p) => p.strokes);
    expect(drills.length).toBeGreaterThan(0);
    expect(drills.length).toBeLessThanOrEqual(lanes.length);
    for (const d of drills) {
      expect(lanes.find((s) => s.id === d.lane.strokeId)?.description).toBe(d.prompt);
    }
    const keys = drills.map((d) => `${d.lane.kind} ${d.lane.from} ${d.lane.to} ${d.lane.aspect}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names the calf kneading drill from the Achilles tendon to the back of the knee', () => {
    expect(say(drill('calf-knead').title)).toBe(
      'Knead (petrissage) from the Achilles tendon to the back of the knee, back side',
    );
  });

  it('asks for kneading only where the zones allow firm pressure, inside the calf lane', () => {
    const { lane, target } = drill('calf-knead');
    expect(target.sFrom).toBeGreaterThanOrEqual(lane.sFrom);
    expect(target.sTo).toBeLessThanOrEqual(lane.sTo);
    expect(target.sTo - target.sFrom).toBeGreaterThan(0.3 * (lane.sTo - lane.sFrom));
    for (let f = 0; f <= 1; f += 0.05) {
      const s = target.sFrom + (target.sTo - target.sFrom) * f;
      expect(context.zoneAt(s, 180).level, `at s ${s.toFixed(3)}`).toBe('firm');
    }
  });

  it('passes effleurage up the inside of the leg for the inner-leg drill', () => {
    expect(gradeDrill(drill('warm-up-inner'), analyzeTrace(innerLegEffleurage(), context))).toEqual(
      {
        grade: 'pass',
        reasons: [],
      },
    );
  });

  it('asks to try again when the same stroke runs down the leg', () => {
    const grade = gradeDrill(
      drill('warm-up-inner'),
      analyzeTrace(reversed(innerLegEffleurage()), context),
    );
    expect(grade.grade).toBe('try again');
    expect(grade.reasons.map((r) => r.check)).toEqual(['direction']);
  });

  it('does not pass the inner-leg stroke for the calf kneading drill', () => {
    const grade = gradeDrill(drill('calf-knead'), analyzeTrace(innerLegEffleurage(), context));
    expect(grade.grade).toBe('try again');
    expect(grade.reasons.map((r) => r.check)).toEqual(
      expect.arrayContaining(['aspect', 'pressure']),
    );
  });

  it('passes firm kneading up the calf for the calf kneading drill', () => {
    expect(gradeDrill(drill('calf-knead'), analyzeTrace(calfKnead(), context)).grade).toBe('pass');
  });

  it('asks to try again when only part of the lane is traced', () => {
    const half = trace(calfKnead().samples.slice(0, 30));
    const grade = gradeDrill(drill('calf-knead'), analyzeTrace(half, context));
    expect(grade.reasons.map((r) => r.check)).toContain('coverage');
  });

  it('passes a hurried stroke but advises on the tempo', () => {
    const hurried = innerLegEffleurage().samples.map((s) => ({ ...s, t: s.t / 3 }));
    const grade = gradeDrill(drill('warm-up-inner'), analyzeTrace(trace(hurried), context));
    expect(grade.grade).toBe('pass');
    expect(grade.reasons.map((r) => r.check)).toEqual(['tempo']);
  });
});

describe('a practice session', () => {
  it('counts passes per drill and puts the most frequent mistake first', () => {
    const summary = summarizeSession([
      { drillId: 'a', grade: 'try again', reasons: [{ check: 'direction', text: { key: '' } }] },
      {
        drillId: 'a',
        grade: 'try again',
        reasons: [
          { check: 'direction', text: { key: '' } },
          { check: 'pressure', text: { key: '' } },
        ],
      },
      { drillId: 'a', grade: 'pass', reasons: [{ check: 'tempo', text: { key: '' } }] },
      { drillId: 'b', grade: 'pass', reasons: [] },
    ]);
    expect(summary).toEqual({
      attempts: 4,
      passes: 2,
      passShare: 0.5,
      drills: [
        { drillId: 'a', attempts: 3, passes: 1 },
        { drillId: 'b', attempts: 1, passes: 1 },
      ],
      toWorkOn: [
        { check: 'direction', count: 2 },
        { check: 'pressure', count: 1 },
      ],
    });
  });

  it('summarises an empty session without dividing by zero', () => {
    expect(summarizeSession([])).toMatchObject({ attempts: 0, passes: 0, passShare: 0 });
  });
});
