/**
 * Frame by frame, what the hand did: the palm centre smoothed, placed on the leg line, judged on
 * or off the leg. Pure: each call takes the state and one frame and returns the next state.
 */
import { inContact } from './handContact';
import { imageToChart } from './imageToChart';
import type { LegAnchors } from './legAnchors';
import type { ImagePoint, LegLine } from './legLine';
import { smoothPoint, type SmoothedPoint } from './smoothPoint';

/** One detector result: the palm centre, or null when no hand was found. */
export interface CameraFrame {
  /** Milliseconds, from any fixed start (the video's clock). */
  t: number;
  palm: ImagePoint | null;
}

/** A frame with a hand in it, placed on the chart. */
export interface TrackedSample {
  t: number;
  s: number;
  contact: boolean;
  /** The smoothed palm centre on the image, for the live arrow. */
  point: ImagePoint;
}

export interface TrackerState {
  smoothed: SmoothedPoint | null;
  contact: boolean;
  samples: TrackedSample[];
  /** Frames in a row without a hand. */
  framesWithoutHand: number;
}

export const initialTrackerState: TrackerState = {
  smoothed: null,
  contact: false,
  samples: [],
  framesWithoutHand: 0,
};

/** A hand unseen this long comes back unsmoothed: it is not where it was. */
const LOST_HAND_MS = 500;

export function trackFrame(
  state: TrackerState,
  frame: CameraFrame,
  line: LegLine,
  anchors: LegAnchors,
): TrackerState {
  if (!frame.palm) {
    return { ...state, contact: false, framesWithoutHand: state.framesWithoutHand + 1 };
  }
  const lastT = state.samples.at(-1)?.t ?? state.smoothed?.t ?? -Infinity;
  if (frame.t < lastT) return state;
  const previous =
    state.smoothed && frame.t - state.smoothed.t <= LOST_HAND_MS && state.framesWithoutHand === 0
      ? state.smoothed
      : null;
  const smoothed = smoothPoint(previous, frame.palm, frame.t);
  const place = imageToChart(line, anchors, smoothed.point);
  const contact = inContact(place.offLine, state.contact);
  const sample: TrackedSample = { t: frame.t, s: place.s, contact, point: smoothed.point };
  return { smoothed, contact, samples: [...state.samples, sample], framesWithoutHand: 0 };
}
