/**
 * What users download carries no test hook: the user build (dist/, `npm run build`) has no
 * `window.proximal` handle, no render, scene, practice or flow probe and no one-pixel GPU sync,
 * while the e2e build the browser tests drive (dist-e2e/) has every one of them, so the markers
 * searched for are the real ones. The user build also installs and works offline: a web app
 * manifest with its icons, and a service worker that precaches every built file. (No browser
 * needed: the built files are read.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAND_DETECTOR_DIR } from '../../scripts/handDetectorFiles';
import { THEME_COLOUR } from '../../scripts/offlineApp';
import { ensureBuilt } from './support/build';
import { DIST_DIR, E2E_DIST_DIR } from './support/paths';

/** Each test hook and a piece of its code that survives minification. */
const HOOK_MARKERS: Readonly<Record<string, RegExp>> = {
  'window.proximal (stores and clock)': /window\.proximal\s*=/,
  'render probe (window.proximalRender)': /window\.proximalRender\b/,
  'render probe frame record': /firstLegFrameAt/,
  "render probe's GPU sync (one-pixel readPixels)": /readPixels\(0,\s*0,\s*1,\s*1\b/,
  'scene probe (window.proximalScene)': /window\.proximalScene\b/,
  'practice probe (window.proximalPractice)': /window\.proximalPractice\b/,
  'flow hook (window.proximalFlow)': /window\.proximalFlow\b/,
};

/** Every text file of a build (scripts, styles, the page), keyed by its path in the build. */
function builtTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(js|mjs|css|html)$/.test(entry.name)) {
        texts.set(relative(dir, path), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dir);
  return texts;
}

function filesWith(texts: Map<string, string>, marker: RegExp): string[] {
  return [...texts].filter(([, text]) => marker.test(text)).map(([path]) => path);
}

describe('the builds', () => {
  let userBuild: Map<string, string>;
  let e2eBuild: Map<string, string>;

  beforeAll(() => {
    ensureBuilt('production');
    // dist-e2e/ was built by the global setup, before any test file ran; rebuilding it here
    // could swap the files under the server the other test files use.
    userBuild = builtTexts(DIST_DIR);
    e2eBuild = builtTexts(E2E_DIST_DIR);
  });

  it('the user build is the whole app', () => {
    expect([...userBuild.keys()]).toContain('index.html');
    expect([...userBuild.keys()].filter((path) => path.endsWith('.js')).length).toBeGreaterThan(2);
  });

  it.each(Object.entries(HOOK_MARKERS))('the user build has no %s', (_name, marker) => {
    expect(filesWith(userBuild, marker)).toEqual([]);
  });

  it.each(Object.entries(HOOK_MARKERS))('the e2e build has the %s', (_name, marker) => {
    expect(filesWith(e2eBuild, marker).length).toBeGreaterThan(0);
  });
});

/** Every file of a build, by its path in the build. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** A PNG's width and height, from its header. */
function pngSize(path: string): string {
  const bytes = readFileSync(path);
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the user build works offline and installs', () => {
  beforeAll(() => {
    ensureBuilt('production');
  });

  it('has a web app manifest, linked from the page, with icons of the sizes it says', () => {
    const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      short_name: string;
      description: string;
      display: string;
      start_url: string;
      theme_color: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(readFileSync(join(DIST_DIR, 'index.html'), 'utf8')).toContain(
      '<link rel="manifest" href="/manifest.webmanifest">',
    );
    expect(manifest.short_name).toBe('Proximal');
    expect(manifest.name).toMatch(/^Proximal/);
    expect(manifest.description).toMatch(/not a diagnosis/);
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' });
    expect(manifest.theme_color).toBe(THEME_COLOUR);
    for (const icon of manifest.icons) {
      expect(pngSize(join(DIST_DIR, icon.src)), icon.src).toBe(icon.sizes);
    }
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });

  it('has a service worker that precaches every file it built', () => {
    const worker = readFileSync(join(DIST_DIR, 'sw.js'), 'utf8');
    const precached = [...worker.matchAll(/\{\s*"?url"?:\s*"([^"]+)",\s*"?revision"?:/g)].map(
      (m) => m[1],
    );
    // The worker itself, its Workbox runtime and the opt-in camera detector are the only files
    // it does not store.
    const files = builtFiles(DIST_DIR).filter(
      (path) =>
        !/^(sw|workbox-[\w-]+)\.js$/.test(path) && !path.startsWith(`${HAND_DETECTOR_DIR}/`),
    );
    expect(builtFiles(DIST_DIR).some((path) => path.startsWith(`${HAND_DETECTOR_DIR}/`))).toBe(
      true,
    );
    expect(files.some((path) => /^assets\/leg-.+\.glb$/.test(path))).toBe(true);
    expect(precached.sort()).toEqual(files.sort());
  });
});
