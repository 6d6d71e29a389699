/**
 * The hand detector in the browser: MediaPipe Hands (lite model), its script, wasm and weights
 * served from the app's own origin (scripts/handDetectorFiles.ts) and loaded only when the
 * learner opens the camera check. It runs in a worker (handDetector.worker.ts): on the page's
 * thread each frame blocked taps and buttons for up to seconds. Frames go from the video to the
 * worker as bitmaps, one at a time, and nowhere else. Where a worker cannot run it (no
 * OffscreenCanvas, the worker failed to start), it runs on the page's thread as before: slower
 * to answer, never no answer.
 */
import type { Hands, Results } from '@mediapipe/hands';
import type { ImagePoint } from '../../camera/legLine';
import { HAND_OPTIONS, type FromDetector, type ToDetector } from './handDetectorMessages';

const DIR = `${import.meta.env.BASE_URL}mediapipe/hands/`;

declare global {
  interface Window {
    Hands?: new (config: { locateFile: (file: string) => string }) => Hands;
  }
}

export interface Detection {
  /** The 21 landmarks of each hand found (none, one or two), in the video's pixels. */
  hands: ImagePoint[][];
  /** The frame was too dark, judged off the page's thread; null where not judged (the page's). */
  dark: boolean | null;
}

export interface HandDetector {
  /** Where the detector runs: its own thread, or the page's where a worker cannot run it. */
  thread: 'worker' | 'page';
  detect(video: HTMLVideoElement): Promise<Detection>;
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

/** On the page's thread (the fallback): hands.js as a classic script that defines window.Hands. */
async function createPageDetector(): Promise<HandDetector> {
  await loadScript(`${DIR}hands.js`);
  const HandsClass = window.Hands;
  if (!HandsClass) throw new Error('the hand detector did not start');
  const hands = new HandsClass({ locateFile: (file) => `${DIR}${file}` });
  hands.setOptions(HAND_OPTIONS);
  let latest: Results | null = null;
  hands.onResults((results) => {
    latest = results;
  });
  await hands.initialize();
  let queue: Promise<unknown> = Promise.resolve();
  return {
    thread: 'page',
    detect(video) {
      const run = async (): Promise<Detection> => {
        latest = null;
        await hands.send({ image: video });
        const found = (latest as Results | null)?.multiHandLandmarks ?? [];
        return {
          hands: found.map((hand) =>
            hand.map((p) => ({ x: p.x * video.videoWidth, y: p.y * video.videoHeight })),
          ),
          dark: null,
        };
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

interface Pending {
  resolve: (found: { hands: { x: number; y: number }[][]; dark: boolean }) => void;
  reject: (error: Error) => void;
}

/** In its own worker: the page only copies each frame into a bitmap and hands it over. */
async function createWorkerDetector(): Promise<HandDetector> {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') {
    throw new Error('no OffscreenCanvas or createImageBitmap for a detector worker');
  }
  // A classic worker: hands.js loads its parts with importScripts (see the worker).
  const worker = new Worker(new URL('./handDetector.worker.ts', import.meta.url));
  const pending = new Map<number, Pending>();
  let broken: Error | null = null;
  let started = false;
  const breakDown = (error: Error) => {
    broken = error;
    worker.terminate();
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    // A detector that ran and then crashed: the next opening of the check starts afresh.
    if (started) shared = null;
  };
  await new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromDetector>) => {
      const message = event.data;
      if (message.kind === 'ready') resolve();
      else if (message.kind === 'failed') reject(new Error(message.message));
      else {
        const job = pending.get(message.frameId);
        pending.delete(message.frameId);
        if (message.kind === 'landmarks') job?.resolve(message);
        else job?.reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'the hand detector worker stopped');
      reject(error);
      breakDown(error);
    };
    const start: ToDetector = { kind: 'start', dir: new URL(DIR, location.href).href };
    worker.postMessage(start);
  }).catch((error: unknown) => {
    worker.terminate();
    throw error;
  });
  started = true;
  let nextFrameId = 1;
  return {
    thread: 'worker',
    async detect(video) {
      if (broken) throw broken;
      const { videoWidth: width, videoHeight: height } = video;
      const image = await createImageBitmap(video);
      const frameId = nextFrameId++;
      const found = await new Promise<Parameters<Pending['resolve']>[0]>((resolve, reject) => {
        pending.set(frameId, { resolve, reject });
        const frame: ToDetector = { kind: 'frame', frameId, image };
        worker.postMessage(frame, [image]);
      });
      const hands = found.hands.map((hand) =>
        hand.map((p) => ({ x: p.x * width, y: p.y * height })),
      );
      return { hands, dark: found.dark };
    },
  };
}

/**
 * One detector for the page's life: the solution's wasm keeps global state, and a second
 * instance in the same page aborts (and takes the first down with it). Loaded on first use,
 * kept when the panel closes (reopening is then instant); the loop sends it one frame at a time.
 */
let shared: Promise<HandDetector> | null = null;

async function createDetector(): Promise<HandDetector> {
  try {
    return await createWorkerDetector();
  } catch (error) {
    console.warn(`Proximal: the hand detector runs on the page: ${String(error)}`);
    return createPageDetector();
  }
}

export function loadHandDetector(): Promise<HandDetector> {
  shared ??= createDetector().catch((error: unknown) => {
    // A failed load (a network fault) may succeed on a retry; a wasm abort will not, and says so.
    shared = null;
    throw error;
  });
  return shared;
}
