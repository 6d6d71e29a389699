/**
 * The hand detector (MediaPipe Hands, lite model) off the page's thread: on the page, each frame
 * blocked taps and buttons for the whole detection (0.8–2.8 s in software rendering). A classic
 * worker, because hands.js loads its wasm and loaders with `importScripts`, which module workers
 * do not have; in a worker it draws into an `OffscreenCanvas` of its own, so no document is
 * needed. Frames arrive as transferred ImageBitmaps, one at a time.
 */
import type { Hands, Results } from '@mediapipe/hands';
import type { FromDetector, ToDetector } from './handDetectorMessages';

declare function importScripts(...urls: string[]): void;

interface DetectorScope {
  Hands?: new (config: { locateFile: (file: string) => string }) => Hands;
  /**
   * In a page, hands.js sets this itself before it adds the wasm loader's script; in a worker it
   * does not, and the loader then looks for its `.data` package and the wasm next to this
   * worker's script (the app's `assets/`), not in `mediapipe/hands/`. Setting it first is the
   * one thing the worker path needs.
   */
  createMediapipeSolutionsPackedAssets?: { locateFile: (file: string) => string };
}

const scope = self as unknown as DetectorScope;
const post = (message: FromDetector) => self.postMessage(message);

let hands: Hands | null = null;
let latest: Results | null = null;

async function start(dir: string): Promise<void> {
  const locateFile = (file: string) => `${dir}${file}`;
  scope.createMediapipeSolutionsPackedAssets = { locateFile };
  importScripts(`${dir}hands.js`);
  const HandsClass = scope.Hands;
  if (!HandsClass) throw new Error('hands.js did not define Hands');
  const created = new HandsClass({ locateFile });
  created.setOptions({
    maxNumHands: 1,
    modelComplexity: 0,
    minDetectionConfidence: 0.5,
    minTrackingConfidence: 0.5,
    selfieMode: false,
  });
  created.onResults((results) => {
    latest = results;
  });
  await created.initialize();
  hands = created;
}

async function detect(frameId: number, image: ImageBitmap): Promise<void> {
  try {
    if (!hands) throw new Error('the detector has not started');
    const started = performance.now();
    latest = null;
    // hands.js reads any image with a width and height into its texture (an ImageBitmap does).
    await hands.send({ image: image as unknown as HTMLCanvasElement });
    const detectorMs = performance.now() - started;
    const results = latest as Results | null;
    const found = results?.multiHandLandmarks?.[0];
    // The solution hands back its output frame as a bitmap; nothing here draws it.
    const output: unknown = results?.image;
    if (output instanceof ImageBitmap) output.close();
    post({
      kind: 'landmarks',
      frameId,
      landmarks: found ? found.map((p) => ({ x: p.x, y: p.y })) : null,
      detectorMs,
    });
  } catch (error) {
    post({ kind: 'frame-failed', frameId, message: String(error) });
  } finally {
    image.close();
  }
}

self.onmessage = (event: MessageEvent<ToDetector>) => {
  const message = event.data;
  if (message.kind === 'start') {
    start(message.dir).then(
      () => post({ kind: 'ready' }),
      (error: unknown) => post({ kind: 'failed', message: String(error) }),
    );
    return;
  }
  void detect(message.frameId, message.image);
};
