/**
 * How much a page allocates per frame, from Chromium's sampling heap profiler (CDP
 * `HeapProfiler.startSampling`, objects collected since counted too): the bytes sampled over a
 * number of frames, divided by the frames, and the functions that allocated most. A page that
 * allocates nothing per frame in its hot paths shows a few hundred bytes (the browser's own).
 */
import type { Page } from 'playwright-core';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

export interface FrameAllocations {
  frames: number;
  /** Bytes allocated per frame (sampled estimate). */
  bytesPerFrame: number;
  /** The functions that allocated most, bytes per frame each. */
  top: { where: string; bytesPerFrame: number }[];
}

const SAMPLING_INTERVAL_BYTES = 512;

function walk(node: SamplingNode, out: Map<string, number>): void {
  if (node.selfSize > 0) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() ?? url;
    const where = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    out.set(where, (out.get(where) ?? 0) + node.selfSize);
  }
  for (const child of node.children) walk(child, out);
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
      profile: { head: SamplingNode };
    };
    const after = await page.evaluate(() => window.proximalRender?.frames ?? 0);
    const drawn = Math.max(1, after - before);
    const byPlace = new Map<string, number>();
    walk(profile.head, byPlace);
    const total = [...byPlace.values()].reduce((sum, bytes) => sum + bytes, 0);
    const top = [...byPlace.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([where, bytes]) => ({ where, bytesPerFrame: Math.round(bytes / drawn) }));
    return { frames: drawn, bytesPerFrame: Math.round(total / drawn), top };
  } finally {
    await cdp.detach();
  }
}
