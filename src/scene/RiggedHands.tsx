/**
 * The practitioner's two hands: rigged WebXR hands (@webxr-input-profiles/assets, MIT,
 * © 2019 Amazon), served from the app's own origin and loaded with the scene. Each frame they
 * take the lesson's pose — flat gliding palms side by side, kneading grasps one above the other,
 * palm over palm — resting on the skin, molded to it, fingers closed until the pads touch (solved
 * per stroke when the timeline changes). Rings under the palms show the pressure — one ring
 * light, two moderate, three firm — inside the palm's footprint, swelling with each press.
 */
import { useFrame, useLoader, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import leftHandUrl from '@webxr-input-profiles/assets/dist/profiles/generic-hand/left.glb?url';
import rightHandUrl from '@webxr-input-profiles/assets/dist/profiles/generic-hand/right.glb?url';
import type { LegModel } from '../anatomy/legModel';
import { LegChart } from '../anatomy/chart';
import { halfPalmS } from '../anatomy/handSize';
import type { Timeline } from '../protocol/timeline';
import { onClockTime, playbackClock } from '../state/clock';
import { lessonPose } from './flow/lessonPose';
import { buildHand, setConform } from './hands/drawnHand';
import {
  createPressureRings,
  disposePressureRings,
  placePressureRings,
} from './hands/pressureRings';
import { setBendUniforms } from './hands/handBend';
import { startContactWorker, type ContactWorker } from './hands/contactWorkerClient';
import { HAND_SIDES, HandMotion, modelHand } from './hands/handMotion';
import type { Handedness } from './hands/handRig';
import { skinProbeOf } from './hands/skinProbe';
import type { SkinSurface } from './surface';

const HANDEDNESS: Handedness[] = ['left', 'right'];
/**
 * Without a worker: lesson seconds ahead of (and behind) the playhead whose strokes are solved
 * before shown (the worker looks as far), and the longest a slice of the solve runs in one task
 * (ms): a stroke takes seconds to solve, and the page must keep drawing and answering meanwhile.
 */
const LOOKAHEAD_S = 10;
const SLICE_MS = 25;

declare global {
  interface Window {
    /** Browser tests only (TEST_HOOKS builds): how the contact solve went. */
    proximalHandsSolve?: {
      /** Solved in the worker (else on the page's thread, where no worker could run). */
      inWorker: boolean;
      /** Slices run and strokes finished (each hand of a stroke counts once). */
      slices: number;
      strokes: number;
      /**
       * The longest step on the page's thread (ms): adopting a stroke the worker solved, or a
       * slice of the solve where it runs on the page.
       */
      longestStepMs: number;
      /** True while a stroke shown within `seconds` of the playhead is not solved yet. */
      pendingWithin: (seconds: number) => boolean;
    };
  }
}

/** The test hook, made or taken (TEST_HOOKS builds only). */
function solveHook(motion: HandMotion, inWorker: boolean) {
  const seen = (window.proximalHandsSolve ??= {
    inWorker,
    slices: 0,
    strokes: 0,
    longestStepMs: 0,
    pendingWithin: () => false,
  });
  seen.inWorker = inWorker;
  seen.pendingWithin = (seconds) => motion.pendingWithin(playbackClock.t, seconds);
  return seen;
}

interface Props {
  timeline: Timeline;
  surface: SkinSurface;
  model: LegModel;
  handScale: number;
  /** The pressure rings, shown with the zones' colours (the pressure the skin allows). */
  pressureShown: boolean;
}

export function RiggedHands({ timeline, surface, model, handScale, pressureShown }: Props) {
  const [leftGltf, rightGltf] = useLoader(GLTFLoader, [leftHandUrl, rightHandUrl]);
  const hands = useMemo(
    () => ({
      left: buildHand(leftGltf!.scene, 'left'),
      right: buildHand(rightGltf!.scene, 'right'),
    }),
    [leftGltf, rightGltf],
  );
  const probe = useMemo(() => skinProbeOf(model.skin, LegChart.fromModel(model)), [model]);
  const motion = useMemo(
    () => new HandMotion({ left: hands.left.rig, right: hands.right.rig }, probe, handScale),
    [hands, probe, handScale],
  );
  const invalidate = useThree((s) => s.invalidate);
  // Contact is solved per stroke, never per frame, nearest to the playhead first, in a worker
  // (contact.worker.ts: a lesson is about a minute of solving, which would compete with drawing);
  // the page adopts each stroke as it comes and asks for a frame when it is the one on screen.
  // One worker per mounted model, kept across lessons (strokes on the same lane share contact).
  const [inThread, setInThread] = useState(false);
  const worker = useRef<ContactWorker | null>(null);
  useEffect(() => {
    if (inThread) return;
    const started = startContactWorker(
      model,
      { left: leftHandUrl, right: rightHandUrl },
      handScale,
      {
        onSolved: (solved, stroke, slices, strokes) => {
          const began = performance.now();
          motion.adopt(solved);
          if (import.meta.env.TEST_HOOKS) {
            const seen = solveHook(motion, true);
            seen.slices = slices;
            seen.strokes = strokes;
            seen.longestStepMs = Math.max(seen.longestStepMs, performance.now() - began);
          }
          if (!stroke || HandMotion.shows(stroke.timeline, stroke.clip, playbackClock.t))
            invalidate();
        },
        // The hands must still settle: solved on the page's thread from here on.
        onFailed: () => setInThread(true),
      },
    );
    worker.current = started;
    return () => {
      started.terminate();
      worker.current = null;
    };
  }, [model, motion, handScale, invalidate, inThread]);

  // Runs after the effect above in the same commit, so it finds the worker started for `motion`.
  useEffect(() => {
    const solver = worker.current;
    if (inThread || !solver) return;
    motion.plan(timeline, playbackClock.t);
    // The hands just mounted (or the lesson changed): draw them now, not at the next change.
    invalidate();
    solver.plan(timeline, playbackClock.t);
    return onClockTime((t) => solver.time(t));
  }, [inThread, motion, timeline, invalidate]);

  // Where no worker runs, the same solve on the page's thread, in slices of at most SLICE_MS per
  // task (a stroke's solve takes seconds), so the page stays responsive while it settles. Slices
  // follow each other as tasks of their own, so the browser draws and answers between them
  // (whole strokes back to back, seconds each on a software GPU, kept the on-demand frames from
  // drawing; waiting for a frame before each slice instead solved too slowly where frames are
  // slow: 2 slices a second under load). Only strokes shown within LOOKAHEAD_S of the playhead
  // are solved; the rest wait until the playhead comes near (or jumps there).
  useEffect(() => {
    if (!inThread) return;
    let timer = 0;
    let busy = false;
    const work = () => {
      busy = false;
      motion.plan(timeline, playbackClock.t);
      const began = performance.now();
      motion.solveFor(SLICE_MS, () => performance.now(), true);
      const solved = motion.lastSolved;
      if (import.meta.env.TEST_HOOKS) {
        const seen = solveHook(motion, false);
        seen.slices++;
        if (solved) seen.strokes++;
        seen.longestStepMs = Math.max(seen.longestStepMs, performance.now() - began);
      }
      if (solved && HandMotion.shows(timeline, solved, playbackClock.t)) invalidate();
      schedule();
    };
    const schedule = () => {
      if (busy || !motion.pendingWithin(playbackClock.t, LOOKAHEAD_S)) return;
      busy = true;
      timer = window.setTimeout(work, 0);
    };
    motion.plan(timeline, playbackClock.t);
    invalidate();
    busy = true;
    timer = window.setTimeout(work, 0);
    const offClock = onClockTime(schedule);
    return () => {
      offClock();
      window.clearTimeout(timer);
    };
  }, [inThread, motion, timeline, invalidate]);

  const rings = useMemo(
    () => ({
      left: createPressureRings('pressure_left'),
      right: createPressureRings('pressure_right'),
    }),
    [],
  );
  const halfPalm = useMemo(() => halfPalmS(model.landmarks), [model]);

  useEffect(
    () => () => {
      for (const h of HANDEDNESS) {
        hands[h].materials.forEach((m) => m.dispose());
        hands[h].forearm.geometry.dispose();
        hands[h].rig.mesh.geometry.dispose();
      }
      disposePressureRings(rings.left);
      disposePressureRings(rings.right);
    },
    [hands, rings],
  );

  useFrame(() => {
    const pose = lessonPose(timeline, playbackClock.t); // the wrong-way demo runs strokes down
    motion.update(timeline, pose, pose.t);
    for (let i = 0; i < HAND_SIDES.length; i++) {
      const side = HAND_SIDES[i]!;
      const drawn = hands[modelHand(side, pose.leg)];
      const state = motion.state[side];
      setBendUniforms(drawn.uniforms, state.bend);
      setConform(drawn, state.conform);
      placePressureRings(rings[side], pose[side], state.layer, surface, halfPalm);
    }
  });

  return (
    <group name="hands">
      <primitive object={hands.left.rig.root} />
      <primitive object={hands.right.rig.root} />
      <group visible={pressureShown}>
        <primitive object={rings.left} />
        <primitive object={rings.right} />
      </group>
    </group>
  );
}
