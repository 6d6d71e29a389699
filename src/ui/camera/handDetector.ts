/**
 * The hand detector in the browser: MediaPipe Hands (lite model), its script, wasm and weights
 * served from the app's own origin (scripts/handDetectorFiles.ts) and loaded only when the
 * learner opens the camera check. Frames go from the video element to the wasm in this page and
 * nowhere else.
 */
import type { Hands, Results } from '@mediapipe/hands';
import type { ImagePoint } from '../../camera/legLine';

const DIR = `${import.meta.env.BASE_URL}mediapipe/hands/`;

declare global {
  interface Window {
    Hands?: new (config: { locateFile: (file: string) => string }) => Hands;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

export interface HandDetector {
  /** The 21 landmarks of the most likely hand, in the video's pixels; null when none. */
  detect(video: HTMLVideoElement): Promise<ImagePoint[] | null>;
}

/**
 * One detector for the page's life: the solution's wasm keeps global state, and a second
 * instance in the same page aborts (and takes the first down with it). Loaded on first use,
 * kept when the panel closes (reopening is then instant), and its frames are taken one at a time.
 */
let shared: Promise<HandDetector> | null = null;

async function createDetector(): Promise<HandDetector> {
  // hands.js is a classic script that defines window.Hands; it fetches the rest itself.
  await loadScript(`${DIR}hands.js`);
  const HandsClass = window.Hands;
  if (!HandsClass) throw new Error('the hand detector did not start');
  const hands = new HandsClass({ locateFile: (file) => `${DIR}${file}` });
  hands.setOptions({
    maxNumHands: 1,
    modelComplexity: 0,
    minDetectionConfidence: 0.5,
    minTrackingConfidence: 0.5,
    selfieMode: false,
  });
  let latest: Results | null = null;
  hands.onResults((results) => {
    latest = results;
  });
  await hands.initialize();
  let queue: Promise<unknown> = Promise.resolve();
  return {
    detect(video) {
      const run = async () => {
        latest = null;
        await hands.send({ image: video });
        const found = (latest as Results | null)?.multiHandLandmarks?.[0];
        if (!found) return null;
        return found.map((p) => ({ x: p.x * video.videoWidth, y: p.y * video.videoHeight }));
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

export function loadHandDetector(): Promise<HandDetector> {
  shared ??= createDetector().catch((error: unknown) => {
    // A failed load (a network fault) may succeed on a retry; a wasm abort will not, and says so.
    shared = null;
    throw error;
  });
  return shared;
}
