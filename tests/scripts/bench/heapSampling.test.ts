/**
 * The bench's allocation check: the size of a sampled allocation recovered from the bytes the
 * profiler attributes to it, and a profile's bytes per frame split into boxed numbers and objects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocationSize,
  frameAllocations,
  type SamplingProfile,
} from '../../../scripts/bench/heapSampling';

/** What V8's sampling heap profiler attributes to one sampled allocation of `size` bytes. */
const attributed = (size: number, interval: number) => size / (1 - Math.exp(-size / interval));

const node = (
  id: number,
  functionName: string,
  selfSize: number,
  children: SamplingProfile['head'][] = [],
) => ({
  id,
  callFrame: { functionName, url: `http://localhost/assets/${functionName}.js`, lineNumber: 9 },
  selfSize,
  children,
});

describe('allocationSize', () => {
  it('recovers the size of the allocation a sample stands for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 100_000 }),
        fc.constantFrom(256, 512, 1024),
        (size, interval) => {
          expect(allocationSize(attributed(size, interval), interval)).toBe(size);
        },
      ),
    );
  });

  it('reads a boxed number (16 bytes) as 16 at the bench interval', () => {
    expect(allocationSize(520, 512)).toBe(16);
  });
});

describe('frameAllocations', () => {
  it('splits the bytes per frame into boxed numbers and objects, and names who allocated', () => {
    const number = attributed(16, 512);
    const object = attributed(48, 512);
    const profile: SamplingProfile = {
      head: node(1, '(root)', 0, [
        node(2, 'interpolate', 10 * number),
        node(3, 'pose', 4 * object + 2 * number),
      ]),
      samples: [
        ...Array.from({ length: 10 }, () => ({ size: number, nodeId: 2 })),
        ...Array.from({ length: 4 }, () => ({ size: object, nodeId: 3 })),
        ...Array.from({ length: 2 }, () => ({ size: number, nodeId: 3 })),
      ],
    };
    const frames = 2;
    const result = frameAllocations(profile, frames, 512);
    expect(result.frames).toBe(2);
    expect(result.bytesPerFrame).toBe(Math.round((12 * number + 4 * object) / frames));
    expect(result.smallBytesPerFrame).toBe(Math.round((12 * number) / frames));
    expect(result.objectBytesPerFrame).toBe(Math.round((4 * object) / frames));
    expect(result.top.map((t) => t.where)).toEqual([
      'interpolate interpolate.js:10',
      'pose pose.js:10',
    ]);
    expect(result.topObjects).toEqual([
      { where: 'pose pose.js:10', bytesPerFrame: Math.round((4 * object) / frames) },
    ]);
  });

  it('counts no frame drawn as one, so a stalled page does not divide by zero', () => {
    const profile: SamplingProfile = { head: node(1, '(root)', 0), samples: [] };
    expect(frameAllocations(profile, 0).bytesPerFrame).toBe(0);
  });
});
