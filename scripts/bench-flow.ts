/**
 * Cost of one flow-model `step` for all veins of the generated leg at a 60 Hz frame, as a ratio
 * to a reference measured in the same run, plus absolute µs for the note. Prints one JSON object.
 *
 *   npx tsx scripts/bench-flow.ts
 *
 * Reference: a plain loop doing, per frame, as many Float64Array multiply-adds as the model
 * touches cells and links (internal steps × (cells + links)). It is the arithmetic floor of any
 * scheme that visits each cell and link once per internal step, runs on the same JIT and cache,
 * and slows down with the machine exactly as the model does, so the ratio says how much work the
 * model does per element and stays put when a shared machine is busy; the µs do not.
 * Reference and model alternate in blocks of frames (first pair dropped as warm-up); each block
 * gives its median frame time (robust to the odd frame a busy machine preempts), each pair a
 * ratio, and the median of the ratios is reported.
 */
import { loadavg } from 'node:os';
import { compressionFromHands } from '../src/physiology/handContact';
import { createFlowState } from '../src/physiology/flowState';
import { layoutOf } from '../src/physiology/layout';
import { networkFromLegModel } from '../src/physiology/networkFromLegModel';
import { internalStepSeconds, step } from '../src/physiology/step';
import { loadDefaultLeg } from '../tests/support/leg';

const FRAME_SECONDS = 1 / 60;
const FRAMES_PER_BLOCK = 240;
const PAIRS = 9;

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(mid)] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const percentile = (xs: readonly number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};

async function main(): Promise<void> {
  const network = networkFromLegModel(await loadDefaultLeg());
  const layout = layoutOf(network);
  const internalSteps = Math.ceil(FRAME_SECONDS / internalStepSeconds(network));
  const elementsPerFrame = internalSteps * (layout.cellCount + layout.linkCount);

  // Two palms gliding up the medial leg and back, firm: every frame presses something.
  let frame = 0;
  const handsAt = (k: number) => {
    const u = (k % 480) / 480;
    const s = 0.2 + 0.75 * (u < 0.5 ? 2 * u : 2 - 2 * u);
    return compressionFromHands(
      [65, 115].map((theta) => ({ s, theta, pressure: 'firm' as const, contact: true })),
    );
  };
  let state = createFlowState(network);
  const frameTimes: number[] = [];
  const modelBlock = (): number => {
    const block: number[] = [];
    for (let k = 0; k < FRAMES_PER_BLOCK; k++) {
      const t0 = performance.now();
      state = step(network, state, handsAt(frame++), FRAME_SECONDS, state);
      block.push((performance.now() - t0) * 1000);
    }
    frameTimes.push(...block);
    return median(block);
  };

  const a = new Float64Array(layout.cellCount).fill(1);
  const b = new Float64Array(layout.cellCount).fill(0.5);
  let checksum = 0;
  const referenceBlock = (): number => {
    const block: number[] = [];
    for (let k = 0; k < FRAMES_PER_BLOCK; k++) {
      const t0 = performance.now();
      for (let done = 0; done < elementsPerFrame;) {
        for (let i = 0; i < a.length && done < elementsPerFrame; i++, done++) {
          a[i] = (a[i] ?? 0) * 0.999 + (b[i] ?? 0);
        }
      }
      checksum += a[k % a.length] ?? 0;
      block.push((performance.now() - t0) * 1000);
    }
    return median(block);
  };

  const ratios: number[] = [];
  const modelUs: number[] = [];
  const referenceUs: number[] = [];
  for (let pair = 0; pair <= PAIRS; pair++) {
    const reference = referenceBlock();
    const model = modelBlock();
    if (pair === 0) {
      frameTimes.length = 0; // warm-up
      continue;
    }
    referenceUs.push(reference);
    modelUs.push(model);
    ratios.push(model / reference);
  }

  console.log(
    JSON.stringify(
      {
        what: 'flow model step, all veins of models/leg.glb, 60 Hz frames, two firm palms gliding',
        network: {
          veins: network.veins.length,
          cells: layout.cellCount,
          links: layout.linkCount,
          valves: layout.valveCount,
        },
        internalStepMs: +(internalStepSeconds(network) * 1000).toFixed(4),
        internalStepsPerFrame: internalSteps,
        reference: {
          what: 'Float64Array multiply-adds, one per cell and link per internal step',
          multiplyAddsPerFrame: elementsPerFrame,
          usPerFrameMedian: +median(referenceUs).toFixed(1),
        },
        step: {
          usPerFrameMedian: +median(modelUs).toFixed(1),
          usPerFrameP95: +percentile(frameTimes, 0.95).toFixed(1),
        },
        ratioMedian: +median(ratios).toFixed(2),
        ratios: ratios.map((r) => +r.toFixed(2)),
        targetUsPerFrame: 1000,
        loadAverage1m: +(loadavg()[0] ?? NaN).toFixed(2),
        node: process.version,
        checksum: +checksum.toFixed(3),
      },
      null,
      2,
    ),
  );
}

void main();
