/**
 * Properties of the camera's path from palm positions to a checked stroke: a glide sampled along
 * the tapped leg line upward is proximal, downward distal, through the detector's jitter and
 * missed frames at any frame rate; up then down is two strokes, the first good. A glide the
 * detector saw in fewer frames than a direction needs is no stroke, live or at Finish.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cameraStrokes, goodStrokeCount } from '../../src/camera/cameraStrokes';
import { cameraTrace } from '../../src/camera/cameraTrace';
import {
  initialTrackerState,
  trackFrame,
  type CameraFrame,
  type TrackerState,
} from '../../src/camera/handTracker';
import { legAnchors, type LegAnchors } from '../../src/camera/legAnchors';
import type { LegLine } from '../../src/camera/legLine';
import { analyzeTrace, type TraceContext } from '../../src/practice/analyzeTrace';
import { MIN_SAMPLES } from '../../src/practice/strokeDirection';
import { parseTraceText, serializeTrace } from '../../src/practice/traceFile';
import { practiceContext } from '../practice/support/context';
import { framesOf, glide, legLine } from './support/cameraStrokes';

/** Each run tracks and analyses hundreds of frames: fewer runs keep the file quick. */
const runs = { numRuns: 40 };

let context: TraceContext;
let anchors: LegAnchors;
beforeAll(async () => {
  context = await practiceContext();
  anchors = legAnchors(context.landmarks);
});

function track(line: LegLine, frames: readonly CameraFrame[]): TrackerState {
  return frames.reduce(
    (state, frame) => trackFrame(state, frame, line, anchors),
    initialTrackerState,
  );
}

/** Frames in which the detector found the hand. */
const seen = (frames: readonly CameraFrame[]) => frames.filter((f) => f.palm !== null).length;

const oneGlide = (direction: 'up' | 'down') =>
  fc
    .record({ line: legLine, glide: glide(direction) })
    .chain(({ line, glide }) => framesOf(line, [glide]).map((frames) => ({ line, frames })));

describe('a glide seen by the camera', () => {
  it('up the leg line is one stroke toward the heart, and the trace says proximal', () => {
    fc.assert(
      fc.property(oneGlide('up'), ({ line, frames }) => {
        const state = track(line, frames);
        const strokes = cameraStrokes(state.samples);
        const trace = cameraTrace('right', state.samples);
        if (seen(frames) < MIN_SAMPLES) {
          expect(strokes).toEqual([]);
          if (trace) expect(analyzeTrace(trace, context).verdict).toBe('too-short');
          return;
        }
        expect(strokes.map((s) => s.heading)).toEqual(['proximal']);
        expect(goodStrokeCount(strokes)).toBe(1);
        expect(trace).not.toBeNull();
        if (trace) expect(analyzeTrace(trace, context).verdict).toBe('proximal');
      }),
      runs,
    );
  });

  it('down the leg line is one stroke away from the heart, and the trace says distal', () => {
    fc.assert(
      fc.property(oneGlide('down'), ({ line, frames }) => {
        const state = track(line, frames);
        const strokes = cameraStrokes(state.samples);
        const trace = cameraTrace('left', state.samples);
        if (seen(frames) < MIN_SAMPLES) {
          expect(strokes).toEqual([]);
          if (trace) expect(analyzeTrace(trace, context).verdict).toBe('too-short');
          return;
        }
        expect(strokes.map((s) => s.heading)).toEqual(['distal']);
        expect(goodStrokeCount(strokes)).toBe(0);
        if (trace) expect(analyzeTrace(trace, context).verdict).toBe('distal');
      }),
      runs,
    );
  });

  it('up then straight back down without lifting is a good stroke, then a bad one', () => {
    const upDown = fc.record({ line: legLine, up: glide('up') }).chain(({ line, up }) =>
      framesOf(line, [up, { ...up, from: up.to, to: up.from }]).map((frames) => ({
        line,
        frames,
      })),
    );
    fc.assert(
      fc.property(upDown, ({ line, frames }) => {
        const state = track(line, frames);
        expect(cameraStrokes(state.samples).map((s) => s.heading)).toEqual(['proximal', 'distal']);
        const trace = cameraTrace('right', state.samples);
        if (trace) expect(analyzeTrace(trace, context).verdict).toBe('mixed');
      }),
      runs,
    );
  });

  it('a hand moving beside the leg, off its line, is no stroke at all', () => {
    const beside = oneGlide('up').map(({ line, frames }) => {
      // Shifted sideways by half the leg line: far off any leg.
      const dx = (line.groin.y - line.ankle.y) / 2;
      const dy = -(line.groin.x - line.ankle.x) / 2;
      return {
        line,
        frames: frames.map((f) => ({
          ...f,
          palm: f.palm && { x: f.palm.x + dx, y: f.palm.y + dy },
        })),
      };
    });
    fc.assert(
      fc.property(beside, ({ line, frames }) => {
        const state = track(line, frames);
        expect(cameraStrokes(state.samples)).toEqual([]);
        expect(cameraTrace('right', state.samples)).toBeNull();
      }),
      runs,
    );
  });

  it('its trace file says the pressure was not measured and reads back the same', () => {
    fc.assert(
      fc.property(oneGlide('up'), ({ line, frames }) => {
        const trace = cameraTrace('right', track(line, frames).samples);
        if (!trace) return;
        const text = serializeTrace(trace);
        expect(text).toContain('"pressureMeasured": false');
        expect(parseTraceText(text)).toEqual({ ok: true, trace });
      }),
      { numRuns: 20 },
    );
  });
});
