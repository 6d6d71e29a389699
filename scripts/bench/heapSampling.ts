/**
 * How much a page allocates per frame, from Chromium's sampling heap profiler (CDP
 * `HeapProfiler.startSampling`, objects collected since counted too): the bytes sampled over a
 * number of frames, divided by the frames, and the functions that allocated most. A page that
 * allocates nothing per frame in its hot paths shows a few hundred bytes (the browser's own).
 *
 * The bytes are split by the size of each sampled allocation. Those of 16 bytes or less are, on
 * this Chromium (no pointer compression), almost all numbers the engine boxed: a double passed to
 * or returned from a function the engine has not inlined, or computed in code not yet optimised
 * (three.js's own `Quaternion` getters allocate only that way). The larger ones are objects,
 * arrays, closures, iterators and strings: what a hot path can avoid by its design.
 */
import type { Page } from 'playwright-core';

interface SamplingNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

export interface SamplingProfile {
  head: SamplingNode;
  /** One entry per sampled allocation; `size` is its share of the bytes (see `allocationSize`). */
  samples?: { size: number; nodeId: number }[];
}

export interface FrameAllocations {
  frames: number;
  /** Bytes allocated per frame (sampled estimate). */
  bytesPerFrame: number;
  /** Of those, in allocations of 16 bytes or less: numbers boxed by the engine. */
  smallBytesPerFrame: number;
  /** Of those, in larger allocations: objects, arrays, closures, strings. */
  objectBytesPerFrame: number;
  /** The functions that allocated most, bytes per frame each. */
  top: { where: string; bytesPerFrame: number }[];
  /** The functions that allocated most in objects (larger than 16 bytes), bytes per frame each. */
  topObjects: { where: string; bytesPerFrame: number }[];
}

export const SAMPLING_INTERVAL_BYTES = 512;
/** The largest allocation counted as a boxed number (a HeapNumber is 16 bytes here). */
export const SMALL_ALLOCATION_BYTES = 16;

/**
 * The size of one sampled allocation from the bytes the profiler attributes to it: an object of
 * r bytes is sampled with probability 1 − e^(−r/interval), so each sample stands for
 * r / (1 − e^(−r/interval)) bytes (V8's sampling-heap-profiler.cc). Inverted by bisection.
 */
export function allocationSize(attributed: number, interval: number): number {
  const weight = (r: number) => r / -Math.expm1(-r / interval);
  if (!(attributed > interval)) return 0;
  let lo = 0;
  let hi = attributed;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (weight(mid) < attributed) lo = mid;
    else hi = mid;
  }
  return Math.round((lo + hi) / 2);
}

function placeOf(node: SamplingNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? url;
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

function topOf(byPlace: Map<string, number>, frames: number): FrameAllocations['top'] {
  return [...byPlace.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([where, bytes]) => ({ where, bytesPerFrame: Math.round(bytes / frames) }));
}

/** A sampling profile taken over `frames` frames, per frame: in all, small and objects. */
export function frameAllocations(
  profile: SamplingProfile,
  frames: number,
  interval: number = SAMPLING_INTERVAL_BYTES,
): FrameAllocations {
  const drawn = Math.max(1, frames);
  const nodes = new Map<number, SamplingNode>();
  const byPlace = new Map<string, number>();
  const walk = (node: SamplingNode) => {
    nodes.set(node.id, node);
    if (node.selfSize > 0) {
      const where = placeOf(node);
      byPlace.set(where, (byPlace.get(where) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  const total = [...byPlace.values()].reduce((sum, bytes) => sum + bytes, 0);
  let small = 0;
  const objectsByPlace = new Map<string, number>();
  for (const sample of profile.samples ?? []) {
    if (allocationSize(sample.size, interval) <= SMALL_ALLOCATION_BYTES) {
      small += sample.size;
      continue;
    }
    const node = nodes.get(sample.nodeId);
    const where = node ? placeOf(node) : '(unknown)';
    objectsByPlace.set(where, (objectsByPlace.get(where) ?? 0) + sample.size);
  }
  return {
    frames: drawn,
    bytesPerFrame: Math.round(total / drawn),
    smallBytesPerFrame: Math.round(small / drawn),
    objectBytesPerFrame: Math.round((total - small) / drawn),
    top: topOf(byPlace, drawn),
    topObjects: topOf(objectsByPlace, drawn),
  };
}

/** Samples allocations while the page draws `frames` more frames (its render probe counts). */
export async function sampleFrameAllocations(
  page: Page,
  frames: number,
  timeoutMs: number,
): Promise<FrameAllocations> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await page.evaluate(() => window.proximalRender?.frames ?? 0);
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: SAMPLING_INTERVAL_BYTES,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    await page.waitForFunction(
      (target) => (window.proximalRender?.frames ?? 0) >= target,
      before + frames,
      { polling: 100, timeout: timeoutMs },
    );
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as {
      profile: SamplingProfile;
    };
    const after = await page.evaluate(() => window.proximalRender?.frames ?? 0);
    return frameAllocations(profile, after - before);
  } finally {
    await cdp.detach();
  }
}
