/** A point on the camera image placed on the chart through the tapped leg line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageToChart } from '../../src/camera/imageToChart';
import type { LegAnchors } from '../../src/camera/legAnchors';
import { alongLine, legLine } from './support/cameraStrokes';

const anchors: LegAnchors = { ankleS: 0.12, kneeS: 0.5, groinS: 0.97 };

describe('imageToChart', () => {
  it('puts the tapped points at their landmarks', () => {
    fc.assert(
      fc.property(legLine, (line) => {
        expect(imageToChart(line, anchors, line.ankle).s).toBeCloseTo(anchors.ankleS, 9);
        expect(imageToChart(line, anchors, line.knee).s).toBeCloseTo(anchors.kneeS, 9);
        expect(imageToChart(line, anchors, line.groin).s).toBeCloseTo(anchors.groinS, 9);
      }),
    );
  });

  it('grows s up the line, with points on it on the line', () => {
    fc.assert(
      fc.property(
        legLine,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (line, a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          const lower = imageToChart(line, anchors, alongLine(line, low));
          const upper = imageToChart(line, anchors, alongLine(line, high));
          expect(upper.s).toBeGreaterThanOrEqual(lower.s - 1e-9);
          expect(lower.offLine).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('says how far off the line a point lies, as a share of the line', () => {
    const line = { ankle: { x: 100, y: 400 }, knee: { x: 100, y: 250 }, groin: { x: 100, y: 50 } };
    const place = imageToChart(line, anchors, { x: 135, y: 250 });
    expect(place.s).toBeCloseTo(anchors.kneeS, 9);
    expect(place.offLine).toBeCloseTo(35 / 350, 9);
  });
});
