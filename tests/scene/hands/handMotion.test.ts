/**
 * The hands' contact solved in slices, as the page solves it (a few steps per task, the frame
 * posing the rigs in between), comes out the same as solved a stroke at a time: measured on the
 * real leg and hand models, on the first thigh compression (both hands, the top one stacked on
 * the lower). Solved elsewhere (a worker) and adopted, it draws the same hands too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../../src/anatomy/chart';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { sample } from '../../../src/protocol/sample';
import { buildTimeline, type Timeline } from '../../../src/protocol/timeline';
import { HandMotion } from '../../../src/scene/hands/handMotion';
import type { Handedness, HandRig } from '../../../src/scene/hands/handRig';
import { skinProbeOf, type SkinProbe } from '../../../src/scene/hands/skinProbe';
import { loadHandRigs } from '../../support/hands';
import { loadDefaultLeg } from '../../support/leg';

let rigs: Record<Handedness, HandRig>;
let probe: SkinProbe;
let timeline: Timeline;
/** The middle of the first compression stroke (s). */
let at = 0;

beforeAll(async () => {
  const [r, model] = await Promise.all([loadHandRigs(), loadDefaultLeg()]);
  rigs = r;
  probe = skinProbeOf(model.skin, LegChart.fromModel(model));
  timeline = buildTimeline(defaultProtocol, {
    mode: 'demo',
    landmarks: model.landmarks,
    leg: 'right',
  });
  const clip = timeline.clips.find((c) => c.kind === 'compress')!;
  at = clip.start + clip.duration / 2;
}, 120_000);

/** Both hands' state drawn at `t` (matrix, wrap, digits, molding), as plain numbers. */
function drawn(motion: HandMotion, t: number): number[] {
  const pose = sample(timeline, t);
  motion.update(timeline, pose, pose.t);
  return (['left', 'right'] as const).flatMap((side) => {
    const s = motion.state[side];
    return [...s.matrix.elements, s.bend.k, ...s.extra, ...s.conform];
  });
}

describe('the contact solve in slices', () => {
  it('gives the hands the same contact as solving a stroke at a time', () => {
    const whole = new HandMotion(rigs, probe, 1);
    whole.plan(timeline, at);
    // The stroke nearest `at`, lower hand then stacked hand.
    whole.solveNext();
    whole.solveNext();

    const sliced = new HandMotion(rigs, probe, 1);
    sliced.plan(timeline, at);
    // A clock that moves one tick per reading: each call runs a step or two.
    let tick = 0;
    const clock = () => tick++;
    let strokes = 0;
    let slices = 0;
    while (strokes < 2) {
      sliced.solveFor(1, clock);
      slices++;
      if (sliced.lastSolved) strokes++;
      // The frame poses the same rigs between slices, as on the page.
      drawn(sliced, at);
    }
    expect(slices).toBeGreaterThan(50);
    const expected = drawn(whole, at);
    const got = drawn(sliced, at);
    expect(got.length).toBe(expected.length);
    // Molded: some vertex of the drawn hands is displaced.
    expect(expected.some((x, i) => i > 40 && Math.abs(x) > 1e-4)).toBe(true);
    expect(got).toEqual(expected);
  }, 240_000);
});

describe('contact solved elsewhere and adopted', () => {
  it('draws the same hands as solving in place, on the strokes and the returns between', () => {
    const clip = timeline.clips.find((c) => c.kind === 'compress')!;
    const solver = new HandMotion(rigs, probe, 1);
    solver.plan(timeline, at);
    // The compression and the stroke nearest it, both hands each: the return between them too.
    for (let i = 0; i < 4; i++) solver.solveNext();
    // As a worker posts it: cloned (the page gets copies).
    const solved = structuredClone(solver.takeSolved());
    expect(solved.contacts).toHaveLength(4);
    expect(solved.rises.length).toBeGreaterThan(0);
    // Asked again, nothing new.
    expect(solver.takeSolved()).toEqual({ contacts: [], rises: [] });

    const page = new HandMotion(rigs, probe, 1);
    page.plan(timeline, at);
    expect(page.pendingWithin(at, 0)).toBe(true);
    page.adopt(solved);
    expect(page.pendingWithin(at, 0)).toBe(false);

    const near = [timeline.clips[clip.index - 1]!, timeline.clips[clip.index + 1]!];
    const moments = [at, ...near.map((c) => c.start + c.duration / 2)];
    for (const t of moments) {
      const expected = drawn(solver, t);
      expect(drawn(page, t)).toEqual(expected);
    }
    // The lifted return's rise is adopted too: without it the hands are drawn lower somewhere.
    // (One hand here must rise over the skin on the way back: measured 11 mm.)
    expect(solved.rises.some(({ rise }) => rise.some((r) => r > 0))).toBe(true);
    const noRise = new HandMotion(rigs, probe, 1);
    noRise.plan(timeline, at);
    noRise.adopt({ contacts: solved.contacts, rises: [] });
    const differs = moments.some((t) => {
      const expected = drawn(solver, t);
      return drawn(noRise, t).some((x, i) => x !== expected[i]);
    });
    expect(differs).toBe(true);
  }, 120_000);
});
