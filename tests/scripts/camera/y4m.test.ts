/** The dim copy of the camera test's video: darker by the factor asked, same size and frames. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dimY4m, encodeY4m, type RgbaFrame } from '../../../scripts/camera/y4m';

const WIDTH = 8;
const HEIGHT = 6;

function flat(r: number, g: number, b: number): RgbaFrame {
  const data = new Uint8Array(WIDTH * HEIGHT * 4);
  for (let i = 0; i < WIDTH * HEIGHT; i++) data.set([r, g, b, 255], i * 4);
  return { width: WIDTH, height: HEIGHT, data };
}

const HEADER = `YUV4MPEG2 W${WIDTH} H${HEIGHT} F1:1 Ip A1:1 C420\n`.length;
const FRAME = 6 + WIDTH * HEIGHT * 1.5;
const lumaOf = (y4m: Buffer, frame: number) => y4m[HEADER + frame * FRAME + 6] ?? Number.NaN;

describe('dimY4m', () => {
  it('keeps a video as it is at full light, and keeps only the frames asked for', () => {
    const video = encodeY4m([flat(200, 180, 160), flat(10, 20, 30), flat(90, 90, 90)], 1);
    expect(dimY4m(video, 1, 3).equals(video)).toBe(true);
    expect(dimY4m(video, 1, 2).length).toBe(HEADER + 2 * FRAME);
  });

  it('pulls luma toward black and colour toward grey by the factor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (r, g, b, light) => {
          const video = encodeY4m([flat(r, g, b)], 1);
          const dim = dimY4m(video, light, 1);
          const before = lumaOf(video, 0);
          const after = lumaOf(dim, 0);
          expect(Math.abs(after - (16 + (before - 16) * light))).toBeLessThanOrEqual(0.5);
          const u = dim[HEADER + 6 + WIDTH * HEIGHT] ?? Number.NaN;
          const uBefore = video[HEADER + 6 + WIDTH * HEIGHT] ?? Number.NaN;
          expect(Math.abs(u - 128)).toBeLessThanOrEqual(Math.abs(uBefore - 128) * light + 0.5);
        },
      ),
    );
  });

  it('refuses what is not a C420 video', () => {
    expect(() => dimY4m(Buffer.from('not a video\n'), 0.5, 1)).toThrow();
  });
});
