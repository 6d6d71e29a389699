/**
 * While the check runs: a frame to the detector, the palm on the leg (of the hands it found)
 * through the tracker, then the newest frame. One frame is in flight at a time: frames the camera
 * shows while the detector is busy are skipped, so what is shown lags the hand by one detection at
 * most. Time is the page's clock from the start of the check.
 */
import { useEffect, useState, type RefObject } from 'react';
import { initialTrackerState, trackFrame, type TrackerState } from '../../camera/handTracker';
import type { LegAnchors } from '../../camera/legAnchors';
import type { LegLine } from '../../camera/legLine';
import { choosePalm } from '../../camera/choosePalm';
import { palmCentre } from '../../camera/palmCentre';
import type { HandDetector } from './handDetector';

export interface DetectionLoop {
  tracker: TrackerState;
  /** Frames sent to the detector so far. */
  frames: number;
  /** Milliseconds the detector took, per frame (the cost figure), the last `KEPT_TIMINGS`. */
  detectMs: number[];
  /** Milliseconds of the app's own work on each result (palm, tracking), as many. */
  workMs: number[];
  /** The detector stopped answering (its worker crashed): the check cannot go on. */
  failed: boolean;
  /** The last frame was too dark, as the detector judged it; null when it does not judge. */
  dark: boolean | null;
}

/** The hand followed is forgotten after this many frames in a row without it (a second or more). */
const FOLLOWED_FOR_FRAMES = 3;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Timings kept: copied and written out on every result, all of them would grow the work per
 * frame with the length of the check (at 30 frames a second on a real GPU, 18,000 in 10 min).
 */
const KEPT_TIMINGS = 300;
const keepLast = (values: number[]) => values.splice(0, Math.max(0, values.length - KEPT_TIMINGS));

export function useDetectionLoop(
  video: RefObject<HTMLVideoElement | null>,
  detector: HandDetector | null,
  line: LegLine | null,
  anchors: LegAnchors,
): DetectionLoop {
  const [loop, setLoop] = useState<DetectionLoop>({
    tracker: initialTrackerState,
    frames: 0,
    detectMs: [],
    workMs: [],
    failed: false,
    dark: null,
  });
  useEffect(() => {
    if (!detector || !line) return undefined;
    let running = true;
    let tracker = initialTrackerState;
    let frames = 0;
    const detectMs: number[] = [];
    const workMs: number[] = [];
    const start = performance.now();
    const run = async () => {
      while (running) {
        const element = video.current;
        if (element && element.readyState >= 2) {
          const t = performance.now();
          const { hands, dark } = await detector.detect(element);
          if (!running) return;
          const detected = performance.now();
          detectMs.push(detected - t);
          frames += 1;
          const palms = hands.flatMap((hand) => palmCentre(hand) ?? []);
          const followed =
            tracker.framesWithoutHand < FOLLOWED_FOR_FRAMES ? tracker.smoothed?.point : null;
          const palm = choosePalm(palms, line, followed ?? null);
          tracker = trackFrame(tracker, { t: t - start, palm }, line, anchors);
          workMs.push(performance.now() - detected);
          keepLast(detectMs);
          keepLast(workMs);
          setLoop({
            tracker,
            frames,
            detectMs: [...detectMs],
            workMs: [...workMs],
            failed: false,
            dark,
          });
        }
        await nextTurn();
      }
    };
    run().catch((error: unknown) => {
      console.warn('Proximal: the camera check stopped.', error);
      if (running) setLoop((current) => ({ ...current, failed: true }));
    });
    return () => {
      running = false;
    };
  }, [video, detector, line, anchors]);
  return loop;
}
