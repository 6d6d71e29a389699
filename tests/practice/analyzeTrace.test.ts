import { beforeAll, describe, expect, it } from 'vitest';
import { say } from '../support/t';
import {
  analyzeTrace,
  type TraceAnalysis,
  type TraceContext,
} from '../../src/practice/analyzeTrace';
import type { Protocol } from '../../src/protocol/schema';
import { between, practiceContext } from './support/context';
import { reversed, stroke, trace, withPauses } from './support/traces';

let context: TraceContext;
beforeAll(async () => {
  context = await practiceContext();
});

const directionRule = (protocol: Protocol) => protocol.rules.find((r) => r.kind === 'direction');
const laneOf = (analysis: TraceAnalysis) =>
  analysis.bestMatch?.kind === 'lane' ? analysis.bestMatch.strokeId : null;

/** Effleurage up the inside of the leg, inner ankle to groin, at the protocol's tempo. */
function medialEffleurage() {
  const from = between(context, 'medial_malleolus', 'groin_crease', 0, 90);
  const to = between(context, 'medial_malleolus', 'groin_crease', 1, 90);
  return trace(stroke(from, to, { durationMs: 8000, samples: 80 }));
}

/** Firm kneading up the middle of the calf, clear of the ankle and the hollow of the knee. */
function calfKnead(startFraction = 0.3, endFraction = 0.72) {
  const from = between(context, 'achilles_insertion', 'popliteal_crease', startFraction, 180);
  const to = between(context, 'achilles_insertion', 'popliteal_crease', endFraction, 180);
  return trace(stroke(from, to, { pressure: 'firm', durationMs: 7000, samples: 70 }));
}

/** Firm along the front of the shin, where the tibia lies under the skin. */
function firmShin() {
  const from = between(context, 'medial_malleolus', 'tibial_tuberosity', 0.2, 20);
  const to = between(context, 'medial_malleolus', 'tibial_tuberosity', 0.8, 20);
  return trace(stroke(from, to, { pressure: 'firm' }));
}

describe('a stroke toward the heart', () => {
  it('up the inside of the leg runs proximally and follows the inner effleurage lane', () => {
    const analysis = analyzeTrace(medialEffleurage(), context);
    expect(analysis.verdict).toBe('proximal');
    expect(analysis.proximalShare).toBe(1);
    expect(analysis.distalSegments).toEqual([]);
    expect(laneOf(analysis)).toBe('warm-up-inner');
    expect(analysis.speed?.judgement).toBe('about right');
    expect(analysis.pressureExcesses).toEqual([]);
    // A passing stroke is not told how to start: no cue of the phase is quoted at it.
    const lane = analysis.messages.tips.find((t) => t.topic === 'lane');
    expect(lane?.quote).toBeNull();
  });

  it('drawn the other way runs distally, and the tip quotes the protocol direction rule', () => {
    const analysis = analyzeTrace(reversed(medialEffleurage()), context);
    expect(analysis.verdict).toBe('distal');
    expect(analysis.distalSegments).toHaveLength(1);
    const tip = analysis.messages.tips.find((t) => t.topic === 'direction');
    expect(tip?.quote?.text).toBe(directionRule(context.protocol)?.text);
  });

  it('that goes up the calf and halfway back down is mixed, with the return found', () => {
    const up = calfKnead(0.1, 0.9).samples;
    const top = up.at(-1);
    const down = stroke(
      { s: top?.s ?? 0, theta: 180 },
      between(context, 'achilles_insertion', 'popliteal_crease', 0.5, 180),
      { pressure: 'firm', startMs: (top?.t ?? 0) + 100, durationMs: 3000, samples: 30 },
    );
    const analysis = analyzeTrace(trace([...up, ...down.slice(1)]), context);
    expect(analysis.verdict).toBe('mixed');
    expect(analysis.distalSegments).toHaveLength(1);
    expect(analysis.distalSegments[0]?.sFrom).toBeCloseTo(top?.s ?? 0);
    expect(analysis.distalSegments[0]?.sTo).toBeCloseTo(down.at(-1)?.s ?? 0);
    expect(analysis.proximalShare).toBeGreaterThan(0.5);
    expect(analysis.proximalShare).toBeLessThan(0.9);
  });
});

describe('pressure against the zones', () => {
  it('flags firm pressure along the front of the shin, quoting the bony-area rule', () => {
    const analysis = analyzeTrace(firmShin(), context);
    expect(analysis.pressureExcesses.length).toBeGreaterThan(0);
    for (const excess of analysis.pressureExcesses) {
      expect(excess).toMatchObject({ pressure: 'firm', zoneLevel: 'light' });
    }
    const rule = context.protocol.rules.find(
      (r) => r.id === analysis.pressureExcesses[0]?.sourceId,
    );
    const tip = analysis.messages.tips.find((t) => t.topic === 'pressure');
    expect(rule).toBeDefined();
    expect(tip?.quote?.text).toBe(rule?.text);
    // Where, in words a learner knows; never sample numbers.
    expect(tip && say(tip.text)).toMatch(/on the (front|front-inner side) of the shin/);
    expect(tip && say(tip.text)).not.toMatch(/sample/);
  });

  it('does not flag firm kneading on the back of the calf, and matches the calf kneading lane', () => {
    const analysis = analyzeTrace(calfKnead(), context);
    expect(analysis.pressureExcesses).toEqual([]);
    expect(analysis.keepOffCrossings).toEqual([]);
    expect(analysis.verdict).toBe('proximal');
    expect(laneOf(analysis)).toBe('calf-knead');
  });

  it('reports an area to keep off with the protocol own words', () => {
    const protocol: Protocol = {
      ...context.protocol,
      keepOff: [
        {
          id: 'tender-calf',
          region: 'calf',
          text: 'Keep off the tender calf.',
          why: 'It is tender.',
          provenance: 'proximal',
        },
      ],
    };
    const withKeepOff: TraceContext = {
      ...context,
      protocol,
      zoneAt: (s, theta) => {
        const regions = context.regionsAt(s, theta);
        return regions.includes('calf')
          ? { level: 'keep-off', sourceId: 'tender-calf' }
          : context.zoneAt(s, theta);
      },
    };
    const analysis = analyzeTrace(calfKnead(), withKeepOff);
    expect(analysis.keepOffCrossings.length).toBeGreaterThan(0);
    expect(analysis.keepOffCrossings[0]?.reason).toBe('It is tender.');
    expect(say(analysis.messages.headline)).toMatch(/keep off/);
    expect(analysis.messages.tips[0]?.quote?.text).toBe('Keep off the tender calf.');
  });
});

describe('judging the stroke as drawn', () => {
  it('calls a touch shorter than 3 % of the leg too short to judge', () => {
    const from = between(context, 'achilles_insertion', 'popliteal_crease', 0.5, 180);
    const short = trace(stroke(from, { ...from, s: from.s + 0.02 }));
    expect(analyzeTrace(short, context).verdict).toBe('too-short');
    expect(analyzeTrace(trace(medialEffleurage().samples.slice(0, 2)), context).verdict).toBe(
      'too-short',
    );
  });

  it('reads a stroke that crosses the back of the leg at ±180° as one posterior stroke', () => {
    const from = between(context, 'achilles_insertion', 'popliteal_crease', 0.2, 170);
    const to = between(context, 'achilles_insertion', 'popliteal_crease', 0.8, -170);
    const analysis = analyzeTrace(trace(stroke(from, to, { pressure: 'firm' })), context);
    expect(Math.abs(analysis.extent.meanTheta ?? 0)).toBeGreaterThan(170);
    expect(laneOf(analysis)).toBe('calf-knead');
  });

  it('reads repeated passes with the hand lifted in between as strokes toward the heart', () => {
    const pass = medialEffleurage().samples;
    const analysis = analyzeTrace(trace(withPauses([pass, pass, pass])), context);
    expect(analysis.pieces).toHaveLength(3);
    expect(analysis.verdict).toBe('proximal');
    expect(analysis.speed?.judgement).toBe('about right');
  });

  it('reads kneading circles that step upward as proximal, and stepping downward as distal', () => {
    const from = between(context, 'achilles_insertion', 'popliteal_crease', 0.2, 180);
    // Circles about 5 cm across, each falling back about 2.9 % of the leg before going on.
    const circles = Array.from({ length: 100 }, (_, i) => ({
      s: from.s + 0.0025 * i + 0.025 * Math.sin(i / 3),
      theta: 180 + 20 * Math.cos(i / 3),
      t: i * 60,
      pressure: 'firm' as const,
    }));
    const analysis = analyzeTrace(trace(circles), context);
    expect(laneOf(analysis)).toBe('calf-knead');
    expect(analysis.verdict).toBe('proximal');
    expect(analyzeTrace(reversed(trace(circles)), context).verdict).toBe('distal');
  });

  it('says a pass twice as quick as the demonstration is too fast, quoting the pacing note', () => {
    const quick = medialEffleurage().samples.map((sample) => ({ ...sample, t: sample.t / 2 }));
    const analysis = analyzeTrace(trace(quick), context);
    expect(analysis.speed?.judgement).toBe('too fast');
    expect(analysis.speed?.ratio).toBeCloseTo(
      2 * (analyzeTrace(medialEffleurage(), context).speed?.ratio ?? 0),
    );
    const tip = analysis.messages.tips.find((t) => t.topic === 'tempo');
    expect(tip?.quote?.text).toBe(context.protocol.pacingNote);
  });

  it('judges the left leg like the right', () => {
    const right = medialEffleurage();
    const left = { ...right, leg: 'left' as const };
    expect({ ...analyzeTrace(left, context), leg: 'right' }).toEqual(analyzeTrace(right, context));
  });

  it('speaks with the protocol it is given, not words of its own', () => {
    const rule = directionRule(context.protocol);
    const protocol: Protocol = {
      ...context.protocol,
      rules: context.protocol.rules.map((r) =>
        r.kind === 'direction' ? { ...r, text: 'Always stroke up the leg.' } : r,
      ),
    };
    const analysis = analyzeTrace(reversed(medialEffleurage()), { ...context, protocol });
    expect(rule?.text).not.toBe('Always stroke up the leg.');
    const tip = analysis.messages.tips.find((t) => t.topic === 'direction');
    expect(tip?.quote?.text).toBe('Always stroke up the leg.');
  });
});
