/** fast-check arbitraries for the classroom's snapshots. */
import fc from 'fast-check';
import { LEG_SIDES } from '../../src/anatomy/names';
import {
  CLASS_CAMERAS,
  CLASS_LAYERS,
  CLASS_MODES,
  CLASS_TIMINGS,
  MAX_CLASS_SECONDS,
  type ClassLayers,
  type ClassState,
} from '../../src/classroom/classState';

const layers: fc.Arbitrary<ClassLayers> = fc.record(
  Object.fromEntries(CLASS_LAYERS.map((layer) => [layer, fc.boolean()])) as Record<
    keyof ClassLayers,
    fc.Arbitrary<boolean>
  >,
);

export const classStateArb: fc.Arbitrary<ClassState> = fc.record({
  mode: fc.constantFrom(...CLASS_MODES),
  playing: fc.boolean(),
  t: fc.double({ min: 0, max: MAX_CLASS_SECONDS, noNaN: true }),
  speed: fc.double({ min: 0.25, max: 4, noNaN: true }),
  timing: fc.constantFrom(...CLASS_TIMINGS),
  sessionMinutes: fc.integer({ min: 1, max: 600 }),
  loopPhase: fc.boolean(),
  setup: fc.boolean(),
  leg: fc.constantFrom(...LEG_SIDES),
  camera: fc.constantFrom(...CLASS_CAMERAS),
  cameraRequest: fc.nat({ max: 1e9 }),
  followHands: fc.boolean(),
  closeUp: fc.nat({ max: 1e9 }),
  closeUpLast: fc.boolean(),
  layers,
  skinOpacity: fc.double({ min: 0.05, max: 1, noNaN: true }),
  wrongWay: fc.boolean(),
});

/** A plain snapshot for example-based tests. */
export const SAMPLE_STATE: ClassState = {
  mode: 'train',
  playing: true,
  t: 12.5,
  speed: 1,
  timing: 'demo',
  sessionMinutes: 20,
  loopPhase: false,
  setup: false,
  leg: 'right',
  camera: 'medial',
  cameraRequest: 3,
  followHands: false,
  closeUp: 0,
  closeUpLast: false,
  layers: {
    skin: true,
    zones: true,
    lanes: true,
    hands: true,
    muscles: false,
    bones: false,
    veins: true,
    valves: true,
    lymph: false,
    landmarks: false,
  },
  skinOpacity: 1,
  wrongWay: false,
};
