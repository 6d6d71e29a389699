/**
 * How the drawn trace is coloured: each stretch by the way it runs along the leg, as the analysis
 * judged it (its own jitter-free runs, so the colours and the verdict never disagree), and the
 * stretches pressed harder than the skin there allows. Pure: indices into the trace's samples.
 */
import type { TraceAnalysis } from '../../practice/analyzeTrace';
import { directionRuns } from '../../practice/directionRuns';
import type { Trace } from '../../practice/traceFile';
import type { SampleSpan } from '../../practice/tracePieces';

/** `still`: wobbles at the ends of a piece, or a piece too short to show a way. */
export type StretchHeading = 'proximal' | 'distal' | 'still';

export interface HeadingStretch extends SampleSpan {
  heading: StretchHeading;
}

/** Samples of each piece by heading; neighbouring stretches share their end sample. */
export function headingStretches(trace: Trace, analysis: TraceAnalysis): HeadingStretch[] {
  const s = trace.samples.map((sample) => sample.s);
  const stretches: HeadingStretch[] = [];
  for (const piece of analysis.pieces) {
    let at = piece.fromIndex;
    for (const run of directionRuns(s, piece, analysis.wobbleToleranceS)) {
      if (run.fromIndex > at) {
        stretches.push({ heading: 'still', fromIndex: at, toIndex: run.fromIndex });
      }
      stretches.push({ heading: run.heading, fromIndex: run.fromIndex, toIndex: run.toIndex });
      at = run.toIndex;
    }
    if (at < piece.toIndex || piece.fromIndex === piece.toIndex) {
      stretches.push({ heading: 'still', fromIndex: at, toIndex: piece.toIndex });
    }
  }
  return stretches;
}

/**
 * Stretches pressed harder than the zone allows, or on skin to keep off, cut at the pieces'
 * ends and widened by a sample each way (within the piece), so a single sample shows as a dash.
 */
export function excessStretches(analysis: TraceAnalysis): SampleSpan[] {
  const spans = [...analysis.pressureExcesses, ...analysis.keepOffCrossings];
  return spans.flatMap((span) =>
    analysis.pieces.flatMap((piece) => {
      if (span.toIndex < piece.fromIndex || span.fromIndex > piece.toIndex) return [];
      return [
        {
          fromIndex: Math.max(span.fromIndex - 1, piece.fromIndex),
          toIndex: Math.min(span.toIndex + 1, piece.toIndex),
        },
      ];
    }),
  );
}
