/**
 * Finds a Chromium or Chrome to drive with playwright-core. Never downloads a browser: when none
 * is installed this throws with the install instructions, so the browser tests fail loudly
 * instead of being skipped.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Well-known install locations, tried in order after CHROMIUM_PATH. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Executable names looked up on PATH when no well-known location has one. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const CHROMIUM_INSTALL_HELP = [
  'The browser tests need Chromium or Google Chrome, and none was found.',
  'Install one:',
  '  Debian:        sudo apt-get install -y chromium',
  '  Ubuntu:        sudo apt-get install -y chromium-browser   (or: sudo snap install chromium)',
  '  macOS:         brew install --cask chromium',
  'or point CHROMIUM_PATH at an existing Chromium/Chrome executable, e.g.',
  '  CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of a Chromium/Chrome executable: CHROMIUM_PATH if set (it must exist), then the
 * well-known locations, then PATH. Throws with install instructions when there is none.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): string {
  const explicit = env.CHROMIUM_PATH;
  if (explicit !== undefined && explicit !== '') {
    if (isExecutableFile(explicit)) return explicit;
    throw new Error(
      `CHROMIUM_PATH is set to "${explicit}", which is not an executable file.\n\n${CHROMIUM_INSTALL_HELP}`,
    );
  }
  for (const candidate of candidates) {
    if (isExecutableFile(candidate)) return candidate;
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const name of PATH_NAMES) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  throw new Error(CHROMIUM_INSTALL_HELP);
}
