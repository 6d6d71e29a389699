/** The colours of the drawn trace agree with the verdict: stretch by stretch, as judged. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrace, type TraceContext } from '../../../src/practice/analyzeTrace';
import type { Trace } from '../../../src/practice/traceFile';
import { excessStretches, headingStretches } from '../../../src/scene/practice/traceStretches';
import { between, practiceContext } from '../../practice/support/context';
import { stroke, trace, withPauses } from '../../practice/support/traces';

let context: TraceContext;
beforeAll(async () => {
  context = await practiceContext();
});

const inner = (f: number) => between(context, 'medial_malleolus', 'medial_femoral_condyle', f, 90);
const check = (t: Trace) => headingStretches(t, analyzeTrace(t, context));

describe('stretches by heading', () => {
  it('a stroke up the leg is one stretch toward the heart', () => {
    const up = trace(stroke(inner(0.1), inner(0.9), { samples: 40 }));
    expect(check(up)).toEqual([{ heading: 'proximal', fromIndex: 0, toIndex: 39 }]);
  });

  it('up and back down: toward the heart, then away, sharing the turning sample', () => {
    const upDown = trace([
      ...stroke(inner(0.1), inner(0.9), { samples: 40 }),
      ...stroke(inner(0.88), inner(0.3), { samples: 30, startMs: 4100 }),
    ]);
    const stretches = check(upDown);
    expect(stretches.map((s) => s.heading)).toEqual(['proximal', 'distal']);
    expect(stretches[0]?.toIndex).toBe(stretches[1]?.fromIndex);
    expect(stretches.at(-1)?.toIndex).toBe(69);
  });

  it('never joins two pieces, and leaves a piece that does not move still', () => {
    const twoPieces = trace(
      withPauses([
        stroke(inner(0.1), inner(0.5), { samples: 20, durationMs: 800 }),
        stroke(inner(0.6), inner(0.6005), { samples: 5, durationMs: 160 }),
      ]),
    );
    expect(check(twoPieces)).toEqual([
      { heading: 'proximal', fromIndex: 0, toIndex: 19 },
      { heading: 'still', fromIndex: 20, toIndex: 24 },
    ]);
  });
});

describe('stretches pressed too hard', () => {
  it('cover firm pressure over the shin, widened a sample each way within the piece', () => {
    const shin = (f: number) => between(context, 'medial_malleolus', 'tibial_tuberosity', f, 0);
    const firmShin = trace(stroke(shin(0.2), shin(0.8), { samples: 30, pressure: 'firm' }));
    const analysis = analyzeTrace(firmShin, context);
    expect(analysis.pressureExcesses.length).toBeGreaterThan(0);
    const stretches = excessStretches(analysis);
    expect(stretches.length).toBe(analysis.pressureExcesses.length);
    stretches.forEach((stretch, i) => {
      const excess = analysis.pressureExcesses[i]!;
      expect(stretch.fromIndex).toBe(Math.max(0, excess.fromIndex - 1));
      expect(stretch.toIndex).toBe(Math.min(29, excess.toIndex + 1));
    });
  });

  it('are none for a light stroke', () => {
    const light = trace(stroke(inner(0.1), inner(0.9), { samples: 40 }));
    expect(excessStretches(analyzeTrace(light, context))).toEqual([]);
  });
});
