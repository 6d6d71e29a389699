/**
 * The strokes in what the camera saw: each stretch of contact is cut where the hand turns, with
 * the practice checker's zig-zag filter (`directionRuns`), and every run long enough to be a
 * stroke, and seen in enough frames to show a direction, counts: the same bounds as the checker
 * that Finish runs, so the live list never calls a stroke that Finish calls too short. A good
 * stroke runs toward the heart.
 */
import { directionRuns, type Heading } from '../practice/directionRuns';
import { MIN_PATH_S, MIN_SAMPLES } from '../practice/strokeDirection';
import type { TrackedSample } from './handTracker';

/**
 * About 2 cm: the palm centre from a camera jitters more than a finger on a screen (the
 * detector's landmarks move by a few pixels between frames). Proximal's choice, not the guide's.
 */
export const CAMERA_WOBBLE_S = 0.02;

export interface CameraStroke {
  heading: Heading;
  sFrom: number;
  sTo: number;
  tFrom: number;
  tTo: number;
}

/** Index spans of consecutive samples in the same stretch of contact. */
function contactSpans(samples: readonly TrackedSample[]): { fromIndex: number; toIndex: number }[] {
  const spans: { fromIndex: number; toIndex: number }[] = [];
  samples.forEach((sample, i) => {
    const last = spans.at(-1);
    if (last && samples[last.toIndex]?.contact === sample.contact) last.toIndex = i;
    else spans.push({ fromIndex: i, toIndex: i });
  });
  return spans;
}

export function cameraStrokes(samples: readonly TrackedSample[]): CameraStroke[] {
  const s = samples.map((sample) => sample.s);
  return contactSpans(samples)
    .filter((span) => samples[span.fromIndex]?.contact === true)
    .flatMap((span) => directionRuns(s, span, CAMERA_WOBBLE_S))
    .filter(
      (run) =>
        Math.abs(run.sTo - run.sFrom) >= MIN_PATH_S &&
        run.toIndex - run.fromIndex + 1 >= MIN_SAMPLES,
    )
    .map((run) => ({
      heading: run.heading,
      sFrom: run.sFrom,
      sTo: run.sTo,
      tFrom: samples[run.fromIndex]?.t ?? 0,
      tTo: samples[run.toIndex]?.t ?? 0,
    }));
}

/** Strokes that ran toward the heart. */
export function goodStrokeCount(strokes: readonly CameraStroke[]): number {
  return strokes.filter((stroke) => stroke.heading === 'proximal').length;
}
