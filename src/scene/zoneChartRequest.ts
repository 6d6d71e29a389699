/**
 * Asks for a zone chart: from a worker where the browser has one (so the bake never stalls a
 * frame), baked in place otherwise (node tests, very old browsers).
 */
import type { ChartLandmarks } from '../anatomy/regions';
import type { UserMark } from '../anatomy/markFootprint';
import { bakeZoneChart, type ZoneChart } from '../protocol/zoneChart';
import type { Protocol } from '../protocol/schema';

export interface ZoneChartRequest {
  id: number;
  landmarks: ChartLandmarks;
  protocol: Protocol;
  marks: readonly UserMark[];
  width: number;
  height: number;
}

/** θ is sampled every 0.7°, s every ~1 mm of the default leg. */
export const ZONE_CHART_WIDTH = 512;
export const ZONE_CHART_HEIGHT = 1024;

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, { request: ZoneChartRequest; resolve: (c: ZoneChart) => void }>();

function bakeHere(r: ZoneChartRequest): ZoneChart {
  return bakeZoneChart(r.landmarks, r.protocol, r.marks, r.width, r.height);
}

function bakingWorker(): Worker | null {
  if (worker !== null || workerFailed || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./zoneChart.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; chart: ZoneChart }>) => {
      pending.get(e.data.id)?.resolve(e.data.chart);
      pending.delete(e.data.id);
    };
    // A worker that cannot start (a policy, a broken chunk) must not leave the zones unbaked.
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      workerFailed = true;
      for (const { request, resolve } of pending.values()) resolve(bakeHere(request));
      pending.clear();
    };
  } catch {
    worker = null;
    workerFailed = true;
  }
  return worker;
}

/** Starts the worker ahead of the first request (its start waits for a busy main thread). */
export function prewarmZoneChartWorker(): void {
  bakingWorker();
}

export function requestZoneChart(
  landmarks: ChartLandmarks,
  protocol: Protocol,
  marks: readonly UserMark[],
): Promise<ZoneChart> {
  // Landmarks carry positions too; the bake needs only their chart coordinates.
  const chartLandmarks = Object.fromEntries(
    Object.entries(landmarks).map(([k, v]) => [k, { s: v.s, theta: v.theta }]),
  ) as unknown as ChartLandmarks;
  const request: ZoneChartRequest = {
    id: nextId++,
    landmarks: chartLandmarks,
    protocol,
    marks: marks.map((m) => ({ ...m })),
    width: ZONE_CHART_WIDTH,
    height: ZONE_CHART_HEIGHT,
  };
  const w = bakingWorker();
  if (w === null) return Promise.resolve(bakeHere(request));
  return new Promise((resolve) => {
    pending.set(request.id, { request, resolve });
    w.postMessage(request);
  });
}
