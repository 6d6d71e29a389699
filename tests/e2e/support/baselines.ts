/**
 * Visual baselines: a rendered view against a committed PNG in tests/e2e/baselines/, compared
 * with pixelmatch (threshold 0.1, at most 0.3 % of pixels differing: what three.js uses for its
 * examples). `UPDATE_BASELINES=1` (`npm run baselines:update`) writes the baselines instead of
 * comparing: a deliberate step, after a change of the look that is meant.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { REPO_ROOT } from './paths';

export const BASELINE_DIR = join(REPO_ROOT, 'tests/e2e/baselines');
const DIFF_DIR = join(REPO_ROOT, 'test-results/baselines');
export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFFERING_SHARE = 0.003;

export const UPDATING_BASELINES = process.env.UPDATE_BASELINES === '1';

/** Halves an image with a 2×2 box filter: small files, and the comparison sees the shapes. */
export function halve(src: PNG): PNG {
  const width = Math.floor(src.width / 2);
  const height = Math.floor(src.height / 2);
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ] as const) {
          sum += src.data[4 * ((2 * y + dy) * src.width + 2 * x + dx) + c] ?? 0;
        }
        out.data[4 * (y * width + x) + c] = Math.round(sum / 4);
      }
    }
  }
  return out;
}

export interface BaselineResult {
  /** 'updated' when UPDATE_BASELINES=1 wrote the baseline. */
  status: 'matched' | 'updated';
  differing: number;
  share: number;
}

/**
 * Compares `actual` with the baseline `name`; throws with the figures (and writes the actual
 * image and a diff to test-results/baselines/) when they differ beyond the tolerance.
 */
export function checkBaseline(name: string, actual: PNG): BaselineResult {
  const path = join(BASELINE_DIR, `${name}.png`);
  if (UPDATING_BASELINES) {
    mkdirSync(BASELINE_DIR, { recursive: true });
    writeFileSync(path, PNG.sync.write(actual, { colorType: 2 }));
    return { status: 'updated', differing: 0, share: 0 };
  }
  if (!existsSync(path)) {
    throw new Error(`No baseline ${path}. Write it with: npm run baselines:update`);
  }
  const expected = PNG.sync.read(readFileSync(path));
  mkdirSync(DIFF_DIR, { recursive: true });
  writeFileSync(join(DIFF_DIR, `${name}-actual.png`), PNG.sync.write(actual));
  if (expected.width !== actual.width || expected.height !== actual.height) {
    throw new Error(
      `${name}: the view is ${actual.width}×${actual.height}, the baseline ${expected.width}×${expected.height} ` +
        '(did the layout change? If the change is meant: npm run baselines:update)',
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  writeFileSync(join(DIFF_DIR, `${name}-diff.png`), PNG.sync.write(diff));
  const share = differing / (actual.width * actual.height);
  if (share > MAX_DIFFERING_SHARE) {
    throw new Error(
      `${name}: ${differing} pixels (${(share * 100).toFixed(2)} %) differ from the baseline ` +
        `(at most ${MAX_DIFFERING_SHARE * 100} %); see test-results/baselines/${name}-diff.png. ` +
        'If the change is meant: npm run baselines:update',
    );
  }
  return { status: 'matched', differing, share };
}
