/** What the page and the hand detector's worker (handDetector.worker.ts) say to each other. */

/**
 * The detector's settings, the same on the page and in the worker. Two hands: a camera over a
 * leg sees both of the learner's hands and the foot, which the detector can take for a hand;
 * with room for one, it locked onto the toes in the camera test and never let go of them
 * (choosePalm.ts then follows the hand on the leg).
 */
export const HAND_OPTIONS = {
  maxNumHands: 2,
  modelComplexity: 0,
  minDetectionConfidence: 0.5,
  minTrackingConfidence: 0.5,
  selfieMode: false,
} as const;

export type ToDetector =
  /** Where the detector's files are served (the app's `mediapipe/hands/`), sent once. */
  | { kind: 'start'; dir: string }
  /** One camera frame, transferred (the page keeps no copy). */
  | { kind: 'frame'; frameId: number; image: ImageBitmap };

export type FromDetector =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  /**
   * The 21 landmarks of each hand found (none, one or two), as fractions of the frame's width
   * and height, whether the frame was too dark, and the detector's own time on the frame.
   */
  | {
      kind: 'landmarks';
      frameId: number;
      hands: { x: number; y: number }[][];
      dark: boolean;
      detectorMs: number;
    }
  | { kind: 'frame-failed'; frameId: number; message: string };
