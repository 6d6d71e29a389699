/** Where things are, relative to this repository (never to the current directory). */
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../../../dist/', import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(
  new URL('../../../test-results/screenshots/', import.meta.url),
);
