/** Where things are, relative to this repository (never to the current directory). */
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The user build (`npm run build`): no test hooks. */
export const DIST_DIR = fileURLToPath(new URL('../../../dist/', import.meta.url));
/** The build the browser tests drive (`vite build --mode e2e`): the same app with its test hooks. */
export const E2E_DIST_DIR = fileURLToPath(new URL('../../../dist-e2e/', import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(
  new URL('../../../test-results/screenshots/', import.meta.url),
);
