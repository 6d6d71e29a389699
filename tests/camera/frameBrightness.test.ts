import { describe, expect, it } from 'vitest';
import { meanLuma, tooDark } from '../../src/camera/frameBrightness';

const frame = (r: number, g: number, b: number) =>
  new Uint8ClampedArray(Array.from({ length: 64 * 64 }, () => [r, g, b, 255]).flat());

describe('frameBrightness', () => {
  it('weighs the channels as the eye does', () => {
    expect(meanLuma(frame(255, 255, 255))).toBeCloseTo(255, 6);
    expect(meanLuma(frame(0, 255, 0))).toBeCloseTo(0.587 * 255, 6);
  });

  it('calls a night-time frame too dark and a lit one not', () => {
    expect(tooDark(frame(12, 10, 8))).toBe(true);
    expect(tooDark(frame(140, 110, 90))).toBe(false);
    expect(tooDark(new Uint8ClampedArray(0))).toBe(true);
  });
});
