import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePalm } from '../../src/camera/choosePalm';
import { CONTACT_ON } from '../../src/camera/handContact';
import { imageToChart } from '../../src/camera/imageToChart';
import type { LegAnchors } from '../../src/camera/legAnchors';
import type { ImagePoint, LegLine } from '../../src/camera/legLine';

// The camera test's leg: ankle left, groin right, 460 px long.
const line: LegLine = {
  ankle: { x: 80, y: 240 },
  knee: { x: 292, y: 240 },
  groin: { x: 538, y: 228 },
};
const anchors: LegAnchors = { ankleS: 0.1, kneeS: 0.5, groinS: 0.95 };
/**
 * The foot, past the ankle: the detector saw a hand there in the camera test's video, its palm
 * centre close enough to the ankle to count as on the leg line's band.
 */
const foot: ImagePoint = { x: 52, y: 246 };
const toes: ImagePoint = { x: 22, y: 246 };
const onThigh: ImagePoint = { x: 450, y: 200 };

describe('choosePalm', () => {
  it('follows the hand on the leg, not the foot the detector took for a hand', () => {
    expect(imageToChart(line, anchors, foot).offLine).toBeLessThan(CONTACT_ON);
    for (const palms of [
      [foot, onThigh],
      [onThigh, foot],
      [toes, onThigh],
    ]) {
      expect(choosePalm(palms, line, null)).toEqual(onThigh);
      // Even when the foot was followed until now.
      expect(choosePalm(palms, line, foot)).toEqual(onThigh);
    }
  });

  it('keeps to the hand it followed when both hands are on the leg', () => {
    const upper = { x: 400, y: 205 };
    const lower = { x: 400, y: 272 };
    expect(choosePalm([upper, lower], line, { x: 395, y: 207 })).toEqual(upper);
    expect(choosePalm([upper, lower], line, { x: 395, y: 270 })).toEqual(lower);
  });

  it('takes what there is: no palm, or only palms off the leg (nearest the line)', () => {
    expect(choosePalm([], line, null)).toBeNull();
    const far = { x: 300, y: 60 };
    expect(choosePalm([far, toes], line, null)).toEqual(toes);
    expect(choosePalm([far, foot], line, null)).toEqual(foot);
  });

  it('does not jump from the hand it followed to the foot, but follows a hand onto the foot', () => {
    expect(choosePalm([foot], line, onThigh)).toBeNull();
    expect(choosePalm([foot], line, { x: 90, y: 250 })).toEqual(foot);
  });

  it('picks a palm on the leg whenever there is one, whatever the order and the past', () => {
    const point = fc.record({
      x: fc.double({ min: 0, max: 640, noNaN: true }),
      y: fc.double({ min: 0, max: 480, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 4 }),
        fc.option(point, { nil: null }),
        fc.double({ min: 0.15, max: 0.85, noNaN: true }),
        (others, previous, f) => {
          // A palm right on the line, somewhere between ankle and groin.
          const onLine = { x: line.ankle.x + f * (line.groin.x - line.ankle.x), y: 240 - f * 12 };
          const palms = [...others, onLine];
          const chosen = choosePalm(palms, line, previous);
          expect(chosen).not.toBeNull();
          expect(palms).toContainEqual(chosen);
          // The palm followed is on the leg.
          expect(imageToChart(line, anchors, chosen!).offLine).toBeLessThanOrEqual(CONTACT_ON);
        },
      ),
    );
  });
});
