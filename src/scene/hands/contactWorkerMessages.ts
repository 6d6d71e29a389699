/** What the page and the hands' contact worker (contact.worker.ts) say to each other. */
import type { LandmarkData, SkinData } from '../../anatomy/legModel';
import type { LandmarkName } from '../../anatomy/names';
import type { Timeline } from '../../protocol/timeline';
import type { SolvedContact } from './handMotion';
import type { Handedness } from './handRig';

export type ToContactWorker =
  | {
      type: 'init';
      /** The leg's skin and landmarks (copies: the page keeps its own). */
      skin: SkinData;
      landmarks: Record<LandmarkName, LandmarkData>;
      /** The hand models' addresses, absolute (the worker fetches and rigs them itself). */
      handUrls: Record<Handedness, string>;
      scale: number;
    }
  /** A lesson to solve, nearest to `t` first; `id` comes back with what is solved for it. */
  | { type: 'timeline'; id: number; timeline: Timeline; t: number }
  /** The playhead moved: solve nearest to it, and on as it nears strokes not solved yet. */
  | { type: 'time'; t: number };

export type FromContactWorker =
  | {
      type: 'solved';
      /** The lesson (`id` of its `timeline` message) and clip of the stroke just finished. */
      timelineId: number;
      clipIndex: number;
      solved: SolvedContact;
      /** Slices run and strokes finished so far (each hand of a stroke counts once). */
      slices: number;
      strokes: number;
    }
  | { type: 'error'; message: string };
