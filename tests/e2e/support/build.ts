/**
 * Builds the app for the browser tests when a build is missing or older than its sources, so
 * `npx vitest run --project e2e` after an edit tests the edit. The tests drive the e2e build
 * (`vite build --mode e2e` into dist-e2e/: the user build plus its test hooks); the user build
 * (dist/, `npm run build`, which `.ci/run` makes first) is only read, to prove it has no hooks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, E2E_DIST_DIR, REPO_ROOT } from './paths';

/** A build of the app: the user's (`production`) or the browser tests' (`e2e`). */
export type BuildMode = 'production' | 'e2e';

const OUT_DIR: Record<BuildMode, string> = { production: DIST_DIR, e2e: E2E_DIST_DIR };

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

/** Why the build is needed, or null when it is up to date. */
export function buildStaleReason(mode: BuildMode = 'e2e'): string | null {
  const builtIndex = join(OUT_DIR[mode], 'index.html');
  if (!existsSync(builtIndex)) return `${OUT_DIR[mode]} has no index.html`;
  const builtAt = statSync(builtIndex).mtimeMs;
  for (const input of BUILD_INPUTS) {
    if (newestMtime(join(REPO_ROOT, input)) > builtAt)
      return `${input} changed since the last build`;
  }
  return null;
}

/**
 * Runs `vite build` in the given mode when needed (returns the seconds it took, 0 when the build
 * was up to date); throws with vite's output when the build fails.
 */
export function ensureBuilt(
  mode: BuildMode = 'e2e',
  log: (line: string) => void = console.log,
): number {
  const reason = buildStaleReason(mode);
  if (reason === null) return 0;
  log(`[e2e] building the app, mode ${mode} (${reason})…`);
  const started = performance.now();
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--mode', mode, '--outDir', OUT_DIR[mode], '--emptyOutDir'];
  const result = spawnSync(process.execPath, [...args, '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `vite build failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  log(`[e2e] built ${OUT_DIR[mode]} in ${seconds.toFixed(1)} s`);
  return seconds;
}
