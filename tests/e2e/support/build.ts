/**
 * Builds the app for the browser tests when dist/ is missing or older than its sources, so
 * `npx vitest run --project e2e` after an edit tests the edit. (`.ci/run` builds first, so there
 * this is a cheap check.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, REPO_ROOT } from './paths';

/** Files and folders whose change means the built app is out of date. */
const BUILD_INPUTS = [
  'index.html',
  'src',
  'public',
  'models',
  'vite.config.ts',
  'package.json',
  'tsconfig.json',
];

/** The newest modification time under a path, in ms (0 when it does not exist). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why the build is needed, or null when dist/ is up to date. */
export function buildStaleReason(): string | null {
  const builtIndex = join(DIST_DIR, 'index.html');
  if (!existsSync(builtIndex)) return 'dist/ has no index.html';
  const builtAt = statSync(builtIndex).mtimeMs;
  for (const input of BUILD_INPUTS) {
    if (newestMtime(join(REPO_ROOT, input)) > builtAt)
      return `${input} changed since the last build`;
  }
  return null;
}

/** Runs `vite build` when needed; throws with vite's output when the build fails. */
export function ensureBuilt(log: (line: string) => void = console.log): void {
  const reason = buildStaleReason();
  if (reason === null) return;
  log(`[e2e] building the app (${reason})…`);
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `vite build failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}
