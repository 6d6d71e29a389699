/**
 * What an instructor drives, as one plain snapshot: the transport (playing, time, speed, timing,
 * loop), the view (mode, leg, camera, layers, skin opacity, the hands close-up) and the valve
 * lesson's wrong-way demonstration. It is sent whole on every change (state, never video), so a
 * late joiner or a reconnected student needs only the last one. The phase is the one under `t`.
 *
 * The lists repeat the app's own (the view store's presets and layers): the domain never imports
 * state; tests/classroom/classState.test.ts checks they agree.
 */
import { z } from 'zod';
import { LEG_SIDES } from '../anatomy/names';

// No code generation: the pages run under a Content-Security-Policy without 'unsafe-eval', where
// zod's eval probe is reported as a violation (as in src/protocol/schema.ts).
z.config({ jitless: true });

export const CLASS_MODES = ['train', 'practice', 'read'] as const;
export const CLASS_CAMERAS = ['front', 'medial', 'lateral', 'back', 'self'] as const;
export const CLASS_LAYERS = [
  'skin',
  'zones',
  'lanes',
  'hands',
  'muscles',
  'bones',
  'veins',
  'valves',
  'lymph',
  'landmarks',
] as const;
export const CLASS_TIMINGS = ['demo', 'session'] as const;

/** Longest timeline a snapshot may name (a session of 600 minutes). */
export const MAX_CLASS_SECONDS = 600 * 60;
/** Camera and close-up requests are counters; bounded so a forged one cannot overflow. */
const MAX_COUNTER = 1e9;

const counter = z.number().int().min(0).max(MAX_COUNTER);

const layers = z.strictObject(
  Object.fromEntries(CLASS_LAYERS.map((layer) => [layer, z.boolean()])) as Record<
    (typeof CLASS_LAYERS)[number],
    z.ZodBoolean
  >,
);

export const classStateSchema = z.strictObject({
  mode: z.enum(CLASS_MODES),
  playing: z.boolean(),
  /** Seconds into the timeline. */
  t: z.number().min(0).max(MAX_CLASS_SECONDS),
  speed: z.number().min(0.25).max(4),
  timing: z.enum(CLASS_TIMINGS),
  sessionMinutes: z.number().int().min(1).max(600),
  loopPhase: z.boolean(),
  /** The setup step (before phase 1) is on screen. */
  setup: z.boolean(),
  leg: z.enum(LEG_SIDES),
  camera: z.enum(CLASS_CAMERAS),
  /** The instructor's camera requests so far: a new one re-frames the preset. */
  cameraRequest: counter,
  /** The camera follows the hands round the leg. */
  followHands: z.boolean(),
  /** The instructor's hands close-up requests so far. */
  closeUp: counter,
  /** The close-up came after the last preset (so a late joiner sees the close-up). */
  closeUpLast: z.boolean(),
  layers,
  skinOpacity: z.number().min(0.05).max(1),
  wrongWay: z.boolean(),
});

export type ClassState = z.infer<typeof classStateSchema>;
export type ClassLayers = ClassState['layers'];
