/**
 * The hand detector (MediaPipe Hands, lite model) off the page's thread: on the page, each frame
 * blocked taps and buttons for the whole detection (0.8–2.8 s in software rendering). A classic
 * worker, because hands.js loads its wasm and loaders with `importScripts`, which module workers
 * do not have; in a worker it draws into an `OffscreenCanvas` of its own, so no document is
 * needed. Frames arrive as transferred ImageBitmaps, one at a time.
 */
import type { Hands, Results } from '@mediapipe/hands';
import type { FromDetector, ToDetector } from './handDetectorMessages';

interface DetectorScope {
  importScripts: (...urls: string[]) => void;
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

/**
 * In a worker, hands.js passes every file of its list to importScripts, the landmark model
 * (`.tflite`) too, which the browser refuses to run as a script (google-ai-edge/mediapipe#3659).
 * The model is fetched anyway when the model option is set (its onChange, as in a page), so
 * only the scripts go through.
 */
const importOnlyScripts =
  (importer: (...urls: string[]) => void) =>
  (...urls: string[]) =>
    importer(...urls.filter((url) => new URL(url, self.location.href).pathname.endsWith('.js')));
const post = (message: FromDetector) => self.postMessage(message);

let hands: Hands | null = null;
let latest: Results | null = null;

/** PROBE: which of hands.js's two paths runs in the worker. */
let probeMode: 'worker-path' | 'page-path' = 'page-path';

/**
 * PROBE variant B: hands.js's page path, with the few DOM calls it makes answered in the
 * worker: its scripts added as <script> elements (loaded with importScripts), its canvas (an
 * OffscreenCanvas), and the event listeners the wasm runtime adds to the document (none fire).
 */
function pageShim(): void {
  const document = {
    createElement(tag: string) {
      if (tag === 'canvas') return Object.assign(new OffscreenCanvas(1, 1), { style: {} });
      const listeners: Record<string, (() => void)[]> = {};
      const attributes: Record<string, string> = {};
      return {
        tag,
        attributes,
        setAttribute: (name: string, value: string) => (attributes[name] = value),
        addEventListener: (type: string, listener: () => void) =>
          (listeners[type] ??= []).push(listener),
        fire: (type: string) => listeners[type]?.forEach((listener) => listener()),
      };
    },
    addEventListener() {},
    body: {
      appendChild(element: { tag?: string; attributes?: Record<string, string>; fire?: (t: string) => void }) {
        if (element.tag !== 'script' || !element.attributes?.src) return;
        try {
          scope.importScripts(element.attributes.src);
          element.fire?.('load');
        } catch (error) {
          console.warn(error);
          element.fire?.('error');
        }
      },
    },
  };
  Object.assign(self, { window: self, document });
}

async function start(dir: string): Promise<void> {
  const locateFile = (file: string) => `${dir}${file}`;
  if (probeMode === 'worker-path') {
    scope.createMediapipeSolutionsPackedAssets = { locateFile };
    scope.importScripts = importOnlyScripts(scope.importScripts.bind(self));
  } else {
    pageShim();
  }
  scope.importScripts(`${dir}hands.js`);
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
  if (probeMode === 'worker-path') {
    const solution = (created as unknown as { h?: { K?: unknown; m?: OffscreenCanvas } }).h;
    if (solution && !solution.K && solution.m) {
      solution.K = solution.m.getContext('webgl2') ?? solution.m.getContext('webgl');
    }
  }
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
    const probe = (message as { probeMode?: 'worker-path' | 'page-path' }).probeMode;
    if (probe) probeMode = probe;
    start(message.dir).then(
      () => post({ kind: 'ready' }),
      (error: unknown) => post({ kind: 'failed', message: String(error) }),
    );
    return;
  }
  void detect(message.frameId, message.image);
};
