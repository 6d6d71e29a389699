/**
 * The page's side of the hands' contact worker (contact.worker.ts): starts it with the leg's
 * skin and the hand models, tells it the lesson and where the playhead is, and hands each
 * stroke's solved contact to `onSolved`. `onFailed` (always later, never during the call) where
 * no worker can start or one stops working (its code did not load, it threw): the caller solves
 * on its own thread then.
 */
import type { LegModel } from '../../anatomy/legModel';
import type { StrokeClip, Timeline } from '../../protocol/timeline';
import type { FromContactWorker, ToContactWorker } from './contactWorkerMessages';
import type { SolvedContact } from './handMotion';
import type { Handedness } from './handRig';

/** Playhead moves smaller than this (lesson s) are not told: the worker looks 10 s ahead. */
const TELL_STEP_S = 1;

export interface ContactWorker {
  /** A lesson to solve (plain data is sent: its zones, a function, stay on the page). */
  plan(timeline: Timeline, t: number): void;
  /** Where the playhead is; cheap to call every frame (told only when it moved a second). */
  time(t: number): void;
  terminate(): void;
}

export interface ContactWorkerEvents {
  /**
   * A stroke's contact, with the stroke (in the lesson last planned; null when solved for an
   * earlier one) and the worker's slices and strokes so far.
   */
  onSolved(
    solved: SolvedContact,
    stroke: { timeline: Timeline; clip: StrokeClip } | null,
    slices: number,
    strokes: number,
  ): void;
  onFailed(message: string): void;
}

export function startContactWorker(
  model: LegModel,
  handUrls: Record<Handedness, string>,
  scale: number,
  events: ContactWorkerEvents,
): ContactWorker {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./contact.worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    return failedWorker(events, error);
  }
  let timeline: Timeline | null = null;
  let id = 0;
  let told = -Infinity;
  let stopped = false;
  const send = (message: ToContactWorker) => worker.postMessage(message);
  const stop = (message: string) => {
    if (stopped) return;
    stopped = true;
    worker.terminate();
    events.onFailed(message);
  };
  worker.onmessage = (e: MessageEvent<FromContactWorker>) => {
    const m = e.data;
    if (m.type === 'error') return stop(m.message);
    const clip = m.timelineId === id ? timeline?.clips[m.clipIndex] : undefined;
    const stroke = timeline && clip && clip.kind !== 'return' ? { timeline, clip } : null;
    events.onSolved(m.solved, stroke, m.slices, m.strokes);
  };
  worker.onerror = (e) => stop(e.message || 'contact worker failed');
  worker.onmessageerror = () => stop('contact worker: message not readable');
  const base = typeof document === 'undefined' ? self.location.href : document.baseURI;
  try {
    send({
      type: 'init',
      skin: model.skin,
      landmarks: model.landmarks,
      handUrls: {
        left: new URL(handUrls.left, base).href,
        right: new URL(handUrls.right, base).href,
      },
      scale,
    });
  } catch (error) {
    worker.terminate();
    return failedWorker(events, error);
  }
  return {
    plan(next, t) {
      if (stopped) return;
      timeline = next;
      told = t;
      // The zones (a function) are not needed to solve contact: strokes are placed without them.
      const plain: Timeline = { ...next };
      delete plain.zones;
      try {
        send({ type: 'timeline', id: ++id, timeline: plain, t });
      } catch (error) {
        stop(error instanceof Error ? error.message : String(error));
      }
    },
    time(t) {
      if (stopped || Math.abs(t - told) < TELL_STEP_S) return;
      told = t;
      send({ type: 'time', t });
    },
    terminate() {
      stopped = true;
      worker.terminate();
    },
  };
}

/** No worker: says so a moment later (not inside the caller's call), then does nothing. */
function failedWorker(events: ContactWorkerEvents, error: unknown): ContactWorker {
  let cancelled = false;
  setTimeout(() => {
    if (!cancelled) events.onFailed(error instanceof Error ? error.message : String(error));
  }, 0);
  return {
    plan() {},
    time() {},
    terminate() {
      cancelled = true;
    },
  };
}
