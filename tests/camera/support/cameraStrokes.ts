/**
 * Camera frames for tests, made the way a camera sees a hand gliding along a leg: a leg line
 * somewhere on a 640×480 image, the palm centre moving along it at an even pace, each frame's
 * position off by the detector's jitter, some frames missed (no hand found) and the frame rate of
 * anything from a phone's 30 Hz to a slow detector's 1 Hz.
 */
import fc from 'fast-check';
import type { CameraFrame } from '../../../src/camera/handTracker';
import { legLineLength, type ImagePoint, type LegLine } from '../../../src/camera/legLine';

const WIDTH = 640;
const HEIGHT = 480;

/** A leg seen from anywhere: each segment 120 to 320 px, bent at the knee by under 60°. */
export const legLine: fc.Arbitrary<LegLine> = fc
  .record({
    x: fc.double({ min: 0, max: WIDTH, noNaN: true }),
    y: fc.double({ min: 0, max: HEIGHT, noNaN: true }),
    heading: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
    bend: fc.double({ min: -1, max: 1, noNaN: true }),
    lower: fc.double({ min: 120, max: 320, noNaN: true }),
    upper: fc.double({ min: 120, max: 320, noNaN: true }),
  })
  .map(({ x, y, heading, bend, lower, upper }) => {
    const knee = { x: x + lower * Math.cos(heading), y: y + lower * Math.sin(heading) };
    const turned = heading + bend;
    return {
      ankle: { x, y },
      knee,
      groin: { x: knee.x + upper * Math.cos(turned), y: knee.y + upper * Math.sin(turned) },
    };
  });

/** The point `f` of the way along the polyline (0 ankle, 1 groin), by length. */
export function alongLine(line: LegLine, f: number): ImagePoint {
  const lower = Math.hypot(line.knee.x - line.ankle.x, line.knee.y - line.ankle.y);
  const total = legLineLength(line);
  const at = f * total;
  const [from, to, g] =
    at <= lower
      ? [line.ankle, line.knee, lower > 0 ? at / lower : 0]
      : [line.knee, line.groin, (at - lower) / (total - lower)];
  return { x: from.x + (to.x - from.x) * g, y: from.y + (to.y - from.y) * g };
}

/** Detector jitter of the palm centre: up to 0.6 % of the leg line, about 5 mm on a real leg. */
export const JITTER = 0.006;

export interface Glide {
  /** Where the glide starts and ends along the polyline, 0 ankle to 1 groin. */
  from: number;
  to: number;
  frames: number;
  intervalMs: number;
}

/**
 * A glide over a fifth to a quarter of the leg in 4 to 8 s (the guide's slow glide), seen at 1
 * to 30 frames a second.
 */
export function glide(direction: 'up' | 'down'): fc.Arbitrary<Glide> {
  return fc
    .record({
      start: fc.double({ min: 0.02, max: 0.7, noNaN: true }),
      length: fc.double({ min: 0.2, max: 0.28, noNaN: true }),
      durationMs: fc.integer({ min: 4000, max: 8000 }),
      intervalMs: fc.integer({ min: 33, max: 1000 }),
    })
    .map(({ start, length, durationMs, intervalMs }) => {
      const [from, to] = direction === 'up' ? [start, start + length] : [start + length, start];
      return { from, to, frames: Math.max(5, Math.round(durationMs / intervalMs)), intervalMs };
    });
}

const jitter = fc.double({ min: -JITTER, max: JITTER, noNaN: true });

/** The frames of glides one after the other, with jitter and about one frame in eight missed. */
export function framesOf(line: LegLine, glides: readonly Glide[]): fc.Arbitrary<CameraFrame[]> {
  const count = glides.reduce((sum, g) => sum + g.frames, 0);
  const noise = fc.array(
    fc.record({
      dx: jitter,
      dy: jitter,
      // Shrinks toward no miss (0), not toward every frame missed.
      missed: fc.integer({ min: 0, max: 7 }).map((n) => n === 7),
    }),
    { minLength: count, maxLength: count },
  );
  const scale = legLineLength(line);
  return noise.map((offsets) => {
    const frames: CameraFrame[] = [];
    let t = 0;
    let k = 0;
    for (const g of glides) {
      for (let i = 0; i < g.frames; i++) {
        const f = g.from + ((g.to - g.from) * i) / (g.frames - 1);
        const at = alongLine(line, f);
        const { dx, dy, missed: miss } = offsets[k++] ?? { dx: 0, dy: 0, missed: false };
        // Never two misses in a row: a detector that loses the hand longer has lost it.
        const missed = miss && frames.at(-1)?.palm !== null;
        frames.push({
          t,
          palm: missed ? null : { x: at.x + dx * scale, y: at.y + dy * scale },
        });
        t += g.intervalMs;
      }
    }
    return frames;
  });
}
