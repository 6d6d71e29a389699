/** The feedback's words: closest stroke, tempo, headline, the valves, and the next drill. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrace, type TraceContext } from '../../../src/practice/analyzeTrace';
import { drillsFor } from '../../../src/practice/drills';
import {
  closestStroke,
  headlineBeyondVerdict,
  tempoText,
} from '../../../src/ui/practice/describeAnalysis';
import { nextDrillId } from '../../../src/ui/practice/drillChoice';
import { replayText } from '../../../src/ui/practice/replayWords';
import { between, practiceContext } from '../../practice/support/context';
import { reversed, stroke, trace } from '../../practice/support/traces';

let context: TraceContext;
beforeAll(async () => {
  context = await practiceContext();
});

const innerLeg = () =>
  trace(
    stroke(
      between(context, 'medial_malleolus', 'groin_crease', 0, 90),
      between(context, 'medial_malleolus', 'groin_crease', 1, 90),
      { durationMs: 8000, samples: 80 },
    ),
  );

describe('the feedback in words', () => {
  it('names the guide’s stroke a trace follows, with the match', () => {
    const text = closestStroke(analyzeTrace(innerLeg(), context), context.protocol);
    const warmUp = context.protocol.phases[0];
    expect(text).toContain(warmUp?.name);
    expect(text).toMatch(/\(match \d+%\)$/);
  });

  it('names the region when no stroke of the guide runs there', () => {
    const analysis = analyzeTrace(innerLeg(), context);
    const offLane = {
      ...analysis,
      bestMatch: { kind: 'region', region: 'calf', score: 1 } as const,
    };
    expect(closestStroke(offLane, context.protocol)).toBe(
      'No stroke of the guide runs here; mostly on the calf.',
    );
  });

  it('gives the tempo against the demonstration', () => {
    expect(tempoText(analyzeTrace(innerLeg(), context))).toMatch(/^About right: 1\.\d× /);
  });

  it('leaves out a headline that only repeats the verdict, keeps one that adds to it', () => {
    expect(headlineBeyondVerdict(analyzeTrace(innerLeg(), context))).toBeNull();
    expect(headlineBeyondVerdict(analyzeTrace(reversed(innerLeg()), context))).toBe(
      'This stroke runs away from the heart.',
    );
  });
});

describe('the valves in a sentence', () => {
  const done = (outcome: 'moved' | 'blocked' | 'nothing', passedMl: number) =>
    replayText({
      kind: 'done',
      replay: { outcome, passedMl, valvesPassed: 4, valvesShut: 3, seconds: 9 },
    });

  it('says how many valves let how much through, or that they shut', () => {
    expect(done('moved', 16.86)).toBe(
      'The valves opened: 4 valves let 17 mL through toward the heart.',
    );
    expect(done('blocked', 0.004)).toBe(
      'The valves shut: blood had nowhere to go. Only 0 mL moved toward the heart.',
    );
    expect(done('nothing', 0)).toMatch(/did not run over a vein/);
  });

  it('shows progress while the replay runs, nothing before it starts', () => {
    expect(replayText({ kind: 'running', progress: 0.42 })).toMatch(/42%$/);
    expect(replayText({ kind: 'none' })).toBeNull();
  });
});

describe('the next drill', () => {
  it('starts at the first, steps through the list and wraps round', () => {
    const drills = drillsFor(context);
    const ids = drills.map((d) => d.id);
    expect(nextDrillId(drills, null)).toBe(ids[0]);
    expect(nextDrillId(drills, ids[0] ?? null)).toBe(ids[1]);
    expect(nextDrillId(drills, ids.at(-1) ?? null)).toBe(ids[0]);
    expect(nextDrillId([], null)).toBeNull();
  });
});
