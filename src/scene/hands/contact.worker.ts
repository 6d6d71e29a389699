/**
 * Solves the hands' contact off the page's thread (seconds of work per stroke, a minute for a
 * lesson, would compete with drawing): loads its own copy of the hands and the skin, follows the
 * lesson and the playhead it is told, and posts each stroke's contact as soon as it is solved
 * (its arrays transferred) for the page's HandMotion to adopt.
 */
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { LegChart } from '../../anatomy/chart';
import type { Timeline } from '../../protocol/timeline';
import type { FromContactWorker, ToContactWorker } from './contactWorkerMessages';
import { HandMotion } from './handMotion';
import { rigHand, type Handedness } from './handRig';
import { skinProbeOf } from './skinProbe';

/** Lesson seconds ahead of (and behind) the playhead whose strokes are solved. */
const LOOKAHEAD_S = 10;
/** How long a slice runs before new messages (a jump of the playhead) are let in (ms). */
const SLICE_MS = 50;

const post = (message: FromContactWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

let motion: HandMotion | null = null;
let timeline: Timeline | null = null;
let timelineId = 0;
let t = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let slices = 0;
let strokes = 0;
let failed = false;

function fail(error: unknown): void {
  failed = true;
  if (timer !== null) clearTimeout(timer);
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}

async function loadRig(url: string, handedness: Handedness) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`hand model ${url}: ${response.status}`);
  const gltf = await new GLTFLoader().parseAsync(await response.arrayBuffer(), '');
  return rigHand(gltf.scene, handedness);
}

function work(): void {
  timer = null;
  if (!motion || !timeline || failed) return;
  try {
    motion.solveFor(SLICE_MS, () => performance.now(), true);
    slices++;
    const clip = motion.lastSolved;
    if (clip) {
      strokes++;
      const solved = motion.takeSolved();
      const transfer = [
        ...solved.contacts.flatMap((c) => [
          c.levels.buffer,
          c.data.buffer,
          c.conform.buffer,
          c.posed.buffer,
        ]),
        ...solved.rises.map((r) => r.rise.buffer),
      ];
      post(
        { type: 'solved', timelineId, clipIndex: clip.index, solved, slices, strokes },
        transfer,
      );
    }
  } catch (error) {
    fail(error);
    return;
  }
  schedule();
}

/** The next slice as a task of its own, so messages get in between (a jump replans first). */
function schedule(): void {
  if (timer !== null || !motion || !timeline || failed) return;
  if (!motion.pendingWithin(t, LOOKAHEAD_S)) return;
  timer = setTimeout(work, 0);
}

let ready: Promise<void> | null = null;

self.onmessage = (event: MessageEvent<ToContactWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    ready = (async () => {
      const chart = new LegChart(message.skin, message.landmarks);
      const [left, right] = await Promise.all([
        loadRig(message.handUrls.left, 'left'),
        loadRig(message.handUrls.right, 'right'),
      ]);
      motion = new HandMotion({ left, right }, skinProbeOf(message.skin, chart), message.scale);
    })().catch(fail);
    return;
  }
  if (message.type === 'timeline') {
    timeline = message.timeline;
    timelineId = message.id;
  }
  t = message.t;
  void ready?.then(() => {
    if (!motion || !timeline || failed) return;
    motion.plan(timeline, t);
    schedule();
  });
};
