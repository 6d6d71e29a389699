/** What the page and the hand detector's worker (handDetector.worker.ts) say to each other. */

export type ToDetector =
  /** Where the detector's files are served (the app's `mediapipe/hands/`), sent once. */
  | { kind: 'start'; dir: string }
  /** One camera frame, transferred (the page keeps no copy). */
  | { kind: 'frame'; frameId: number; image: ImageBitmap };

export type FromDetector =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  /**
   * The 21 landmarks of the most likely hand, as fractions of the frame's width and height
   * (null when none), whether the frame was too dark, and the detector's own time on the frame.
   */
  | {
      kind: 'landmarks';
      frameId: number;
      landmarks: { x: number; y: number }[] | null;
      dark: boolean;
      detectorMs: number;
    }
  | { kind: 'frame-failed'; frameId: number; message: string };
