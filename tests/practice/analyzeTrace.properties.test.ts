/**
 * Properties of the stroke checker over many random strokes: direction follows the path,
 * a trembling hand does not change a clear verdict, and a real return down the leg still shows.
 */
import { say } from '../support/t';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrace, type TraceContext } from '../../src/practice/analyzeTrace';
import { wrapDegrees } from '../../src/anatomy/chartAngle';
import type { TraceSample } from '../../src/practice/traceFile';
import { KNEADING_WOBBLE_S } from '../../src/practice/wobbleTolerance';
import { practiceContext } from './support/context';
import { reversed, stroke, trace, withPauses } from './support/traces';

let context: TraceContext;
beforeAll(async () => {
  context = await practiceContext();
});

const pressure = fc.constantFrom('light' as const, 'moderate' as const, 'firm' as const);

/**
 * A clear stroke up the leg: at least 10 % of its length, anywhere around it, sampled at a steady
 * rate the way pointer events arrive (every 16 to 100 ms).
 */
const upStroke = fc
  .record({
    s: fc.double({ min: 0.02, max: 0.55, noNaN: true }),
    length: fc.double({ min: 0.1, max: 0.4, noNaN: true }),
    theta: fc.double({ min: -180, max: 180, noNaN: true }),
    turn: fc.double({ min: -40, max: 40, noNaN: true }),
    samples: fc.integer({ min: 12, max: 120 }),
    intervalMs: fc.integer({ min: 16, max: 100 }),
    pressure,
  })
  .map(({ s, length, theta, turn, samples, intervalMs, pressure }) =>
    stroke(
      { s, theta },
      { s: s + length, theta: wrapDegrees(theta + turn) },
      {
        samples,
        durationMs: (samples - 1) * intervalMs,
        pressure,
      },
    ),
  );

/**
 * A trembling hand, in leg lengths (0.001 ≈ 1 mm): every sample off by up to 2 mm along the leg
 * and 8° around it, and here and there a wobble back of up to 5 mm before going on. Fixed
 * figures, not the checker's own tolerance, so a checker that grew twitchy would fail.
 */
const JITTER_S = 0.002;
const WOBBLE_BACK_S = 0.005;
/** How closely a real return must be measured: the tremble at both of its ends and a wobble. */
const RETURN_ACCURACY_S = 2 * JITTER_S + WOBBLE_BACK_S + 0.001;

function trembling(samples: TraceSample[]) {
  const noise = fc.array(
    fc.record({
      ds: fc.double({ min: -JITTER_S, max: JITTER_S, noNaN: true }),
      dTheta: fc.double({ min: -8, max: 8, noNaN: true }),
      wobble: fc.option(fc.double({ min: 0, max: WOBBLE_BACK_S, noNaN: true }), { freq: 4 }),
    }),
    { minLength: samples.length, maxLength: samples.length },
  );
  return noise.map((offsets) =>
    samples.flatMap((sample, i) => {
      const { ds, dTheta, wobble } = offsets[i] ?? { ds: 0, dTheta: 0, wobble: null };
      const jittered = {
        ...sample,
        s: Math.min(1, Math.max(0, sample.s + ds)),
        theta: wrapDegrees(sample.theta + dTheta),
      };
      if (wobble === null) return [jittered];
      const back = { ...jittered, s: Math.max(0, jittered.s - wobble) };
      return [jittered, back, jittered];
    }),
  );
}

const verdictOf = (samples: TraceSample[]) => analyzeTrace(trace(samples), context).verdict;

describe('the direction of a stroke', () => {
  it('reversing a stroke toward the heart makes it a stroke away from it', () => {
    fc.assert(
      fc.property(upStroke, (samples) => {
        expect(verdictOf(samples)).toBe('proximal');
        expect(analyzeTrace(reversed(trace(samples)), context).verdict).toBe('distal');
      }),
    );
  });

  it('a trembling hand does not change a clear verdict, either way', () => {
    fc.assert(
      fc.property(
        upStroke.chain((samples) => trembling(samples)),
        (samples) => {
          expect(verdictOf(samples)).toBe('proximal');
          expect(analyzeTrace(reversed(trace(samples)), context).verdict).toBe('distal');
        },
      ),
    );
  });

  it('a real return down the leg, longer than a kneading circle, is still found under the tremble', () => {
    const upThenDown = fc
      .record({
        up: upStroke,
        back: fc.double({ min: 0.3, max: 0.7, noNaN: true }),
      })
      .map(({ up, back }) => {
        const top = up.at(-1) ?? { s: 0, theta: 0, t: 0, pressure: 'light' as const };
        return { up, top, drop: back * (top.s - (up[0]?.s ?? 0)) };
      })
      // Shorter returns on a kneading lane are the kneading circles themselves.
      .filter(({ drop }) => drop > KNEADING_WOBBLE_S + RETURN_ACCURACY_S)
      .chain(({ up, top, drop }) => {
        // Back down at the same pace and sampling rate as the way up.
        const interval = (top.t - (up[0]?.t ?? 0)) / (up.length - 1);
        const samples = Math.max(8, Math.round(drop / ((top.s - (up[0]?.s ?? 0)) / up.length)));
        const down = stroke(
          top,
          { ...top, s: top.s - drop },
          {
            startMs: top.t + interval,
            samples,
            durationMs: (samples - 1) * interval,
            pressure: top.pressure,
          },
        );
        return trembling([...up, ...down]).map((samples) => ({ samples, drop }));
      });
    fc.assert(
      fc.property(upThenDown, ({ samples, drop }) => {
        const analysis = analyzeTrace(trace(samples), context);
        expect(analysis.verdict).not.toBe('proximal');
        const longest = Math.max(...analysis.distalSegments.map((d) => d.sFrom - d.sTo));
        expect(Math.abs(longest - drop)).toBeLessThan(RETURN_ACCURACY_S);
      }),
    );
  });
});

describe('any stroke', () => {
  it('judges the left leg like the right', () => {
    fc.assert(
      fc.property(upStroke.chain(trembling), (samples) => {
        const right = analyzeTrace(trace(samples, 'right'), context);
        const left = analyzeTrace(trace(samples, 'left'), context);
        expect({ ...left, leg: 'right' }).toEqual(right);
      }),
    );
  });

  it('still analyses when cut into pieces by the pointer leaving the leg', () => {
    const cut = fc
      .record({
        samples: upStroke.filter((samples) => samples.length >= 30),
        cuts: fc.uniqueArray(fc.integer({ min: 5, max: 25 }), { minLength: 1, maxLength: 3 }),
      })
      .map(({ samples, cuts }) => {
        const ends = [...cuts.sort((a, b) => a - b), samples.length];
        // Each piece is a stretch of the stroke; a few samples are lost while off the leg.
        return ends.map((end, i) => samples.slice(i === 0 ? 0 : (ends[i - 1] ?? 0) + 2, end));
      });
    fc.assert(
      fc.property(cut, (pieces) => {
        const analysis = analyzeTrace(
          trace(withPauses(pieces.filter((p) => p.length > 0))),
          context,
        );
        expect(analysis.pieces.length).toBe(pieces.filter((p) => p.length > 0).length);
        expect(['proximal', 'too-short']).toContain(analysis.verdict);
        expect(analysis.distalSegments).toEqual([]);
      }),
    );
  });

  it('gives a well-formed analysis for any valid trace', () => {
    const anyTrace = fc
      .array(
        fc.record({
          s: fc.double({ min: 0, max: 1, noNaN: true }),
          theta: fc.double({ min: -180, max: 180, noNaN: true }),
          dt: fc.integer({ min: 0, max: 300 }),
          pressure,
        }),
        { minLength: 1, maxLength: 80 },
      )
      .map((raw) => {
        let t = 0;
        return raw.map(({ dt, ...rest }) => ({ ...rest, t: (t += dt) }));
      });
    fc.assert(
      fc.property(anyTrace, (samples) => {
        const analysis = analyzeTrace(trace(samples), context);
        expect(analysis.proximalShare).toBeGreaterThanOrEqual(0);
        expect(analysis.proximalShare).toBeLessThanOrEqual(1);
        for (const span of [...analysis.distalSegments, ...analysis.pressureExcesses]) {
          expect(span.fromIndex).toBeLessThanOrEqual(span.toIndex);
          expect(span.toIndex).toBeLessThan(samples.length);
        }
        expect(say(analysis.messages.headline).length).toBeGreaterThan(0);
      }),
    );
  });
});
