/**
 * What solving the hands' contact costs, per stroke, on the real model for the default
 * demonstration (right leg): wall time per stroke and hand, stations, and skin-distance queries.
 * Run: npx tsx scripts/hands/solveCost.ts [leg]
 */
import { performance } from 'node:perf_hooks';
import { LegChart } from '../../src/anatomy/chart';
import { girthProfileOf } from '../../src/anatomy/girthProfile';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { buildTimeline } from '../../src/protocol/timeline';
import { HandMotion } from '../../src/scene/hands/handMotion';
import { skinProbeOf } from '../../src/scene/hands/skinProbe';
import { loadHandRigs } from '../../tests/support/hands';
import { loadDefaultLeg } from '../../tests/support/leg';

const leg = process.argv[2] === 'left' ? 'left' : 'right';
const [rigs, model] = await Promise.all([loadHandRigs(), loadDefaultLeg()]);
const chart = LegChart.fromModel(model);
const probe = skinProbeOf(model.skin, chart);
let queries = 0;
const signedDistance = probe.signedDistance.bind(probe);
probe.signedDistance = (p, out, reach) => {
  queries++;
  return signedDistance(p, out, reach);
};
// The hands spaced round the leg's girth, as the app builds it (src/state/timelineSync.ts).
const girth = girthProfileOf(chart);
const timeline = buildTimeline(defaultProtocol, {
  mode: 'demo',
  landmarks: model.landmarks,
  leg,
  girth,
});
const motion = new HandMotion(rigs, probe, 1);
motion.plan(timeline, 0);
const vertices = rigs.left.mesh.geometry.getAttribute('position').count;
console.log(`${leg} leg, ${vertices} vertices per hand, lesson ${timeline.duration.toFixed(1)} s`);
const byKind = new Map<string, { ms: number; n: number; worst: number; play: number }>();
let total = 0;
// Step by step, as the page solves (solveFor with no budget runs one step): the longest step
// is the longest task the solve adds to the page.
let longestStep = 0;
for (;;) {
  const q0 = queries;
  let ms = 0;
  let more = true;
  let clip = null;
  while (!clip && more) {
    const t0 = performance.now();
    more = motion.solveFor(0, () => performance.now());
    const step = performance.now() - t0;
    longestStep = Math.max(longestStep, step);
    ms += step;
    clip = motion.lastSolved;
  }
  if (!clip) break;
  total += ms;
  const k = byKind.get(clip.kind) ?? { ms: 0, n: 0, worst: 0, play: clip.duration };
  k.ms += ms;
  k.n++;
  k.worst = Math.max(k.worst, ms);
  byKind.set(clip.kind, k);
  console.log(
    `${clip.kind.padEnd(9)} #${clip.index} plays ${clip.duration.toFixed(1)} s: ${ms.toFixed(0)} ms, ${queries - q0} skin queries`,
  );
  if (!more) break;
}
for (const [kind, k] of byKind)
  console.log(
    `${kind}: ${k.n} solves, mean ${(k.ms / k.n).toFixed(0)} ms, worst ${k.worst.toFixed(0)} ms (stroke plays ${k.play.toFixed(1)} s)`,
  );
console.log(`total ${(total / 1000).toFixed(1)} s, longest step ${longestStep.toFixed(0)} ms`);
