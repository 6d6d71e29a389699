/**
 * Bakes the zone chart off the main thread (a few hundred milliseconds at full size would
 * stall frames): receives landmarks, protocol and marks, posts the texels back transferred.
 */
import { bakeZoneChart } from '../protocol/zoneChart';
import type { ZoneChartRequest } from './zoneChartRequest';

self.onmessage = (event: MessageEvent<ZoneChartRequest>) => {
  const { id, landmarks, protocol, marks, width, height } = event.data;
  const chart = bakeZoneChart(landmarks, protocol, marks, width, height);
  (self as unknown as Worker).postMessage({ id, chart }, [chart.texels.buffer]);
};
