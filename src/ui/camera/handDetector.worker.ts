/**
 * The hand detector (MediaPipe Hands, lite model) off the page's thread: on the page, each frame
 * blocked taps and buttons for the whole detection (0.8–2.8 s in software rendering). A classic
 * worker, because its scripts are loaded with `importScripts`, which module workers do not have.
 * Frames arrive as transferred ImageBitmaps, one at a time.
 */
import type { Hands, Results } from '@mediapipe/hands';
import { tooDark } from '../../camera/frameBrightness';
import { HAND_OPTIONS, type FromDetector, type ToDetector } from './handDetectorMessages';

interface DetectorScope {
  importScripts: (...urls: string[]) => void;
  Hands?: new (config: { locateFile: (file: string) => string }) => Hands;
}

const scope = self as unknown as DetectorScope;
const post = (message: FromDetector) => self.postMessage(message);

let hands: Hands | null = null;
let latest: Results | null = null;

interface ScriptElement {
  tag: 'script';
  src: string;
  listeners: Record<string, (() => void)[]>;
}

/**
 * hands.js has a worker mode, but in version 0.4 it does not work: it runs its landmark model
 * (`.tflite`) through importScripts (refused as a script, google-ai-edge/mediapipe#3659), never
 * sets the GL context it copies frames with (a TypeError on the first frame), and asks for
 * WebGL 1 (a minified option name; its log says "Creating a context with WebGL 2 failed").
 * So it takes its page mode here, the one the page ran before, and the few DOM calls that mode
 * makes are answered in the worker: `<script>` elements for its loader and wasm runtime (loaded
 * with importScripts), a canvas (an OffscreenCanvas: the same WebGL 2 context as on a page), and
 * the pointer-lock and fullscreen listeners the wasm runtime adds to the document (never fired:
 * nothing here is shown).
 */
function answerPageCalls(): void {
  const document = {
    createElement(tag: string): OffscreenCanvas | ScriptElement {
      if (tag === 'canvas') return Object.assign(new OffscreenCanvas(1, 1), { style: {} });
      if (tag !== 'script') throw new Error(`no <${tag}> in the detector's worker`);
      const element: ScriptElement & {
        setAttribute(name: string, value: string): void;
        addEventListener(type: string, listener: () => void): void;
      } = {
        tag,
        src: '',
        listeners: {},
        setAttribute(name, value) {
          if (name === 'src') element.src = value;
        },
        addEventListener(type, listener) {
          (element.listeners[type] ??= []).push(listener);
        },
      };
      return element;
    },
    addEventListener() {},
    body: {
      appendChild(element: OffscreenCanvas | ScriptElement) {
        if (!('tag' in element)) return;
        let outcome = 'load';
        try {
          scope.importScripts(element.src);
        } catch (error) {
          console.warn(`Proximal: the hand detector's ${element.src} did not load`, error);
          outcome = 'error';
        }
        element.listeners[outcome]?.forEach((listener) => listener());
      },
    },
  };
  Object.assign(self, { window: self, document });
}

async function start(dir: string): Promise<void> {
  const locateFile = (file: string) => `${dir}${file}`;
  answerPageCalls();
  scope.importScripts(`${dir}hands.js`);
  const HandsClass = scope.Hands;
  if (!HandsClass) throw new Error('hands.js did not define Hands');
  const created = new HandsClass({ locateFile });
  created.setOptions(HAND_OPTIONS);
  created.onResults((results) => {
    latest = results;
  });
  await created.initialize();
  hands = created;
}

/** A tiny copy of the frame for its brightness, read back here rather than on the page. */
const brightnessCanvas = new OffscreenCanvas(32, 24);
const brightness = brightnessCanvas.getContext('2d', { willReadFrequently: true });

/**
 * Whether the frame is too dark. Read here: on the page, reading a camera frame's pixels waited
 * for the GPU process, busy with this detector's frames (SwiftShader: 0.5 s a read, measured by
 * scripts/camera/cost.ts --profile), and blocked taps meanwhile.
 */
function frameTooDark(image: ImageBitmap): boolean {
  if (!brightness) return false;
  const { width, height } = brightnessCanvas;
  brightness.drawImage(image, 0, 0, width, height);
  return tooDark(brightness.getImageData(0, 0, width, height).data);
}

async function detect(frameId: number, image: ImageBitmap): Promise<void> {
  try {
    if (!hands) throw new Error('the detector has not started');
    const dark = frameTooDark(image);
    const started = performance.now();
    latest = null;
    // hands.js reads any image with a width and height into its texture (an ImageBitmap does).
    await hands.send({ image: image as unknown as HTMLCanvasElement });
    const detectorMs = performance.now() - started;
    const results = latest as Results | null;
    const found = results?.multiHandLandmarks ?? [];
    // The solution hands back its output frame as a bitmap; nothing here draws it.
    const output: unknown = results?.image;
    if (output instanceof ImageBitmap) output.close();
    post({
      kind: 'landmarks',
      frameId,
      hands: found.map((hand) => hand.map((p) => ({ x: p.x, y: p.y }))),
      dark,
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
