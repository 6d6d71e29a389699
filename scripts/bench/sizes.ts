/**
 * Gzip sizes of what the built app sends, read from Vite's manifest: the entry JS (index.html's
 * module and everything it imports statically: all that loads before anything lazy), all JS the
 * app can load (dynamic imports included; the bench's reference page excluded), and the model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface BundleSizes {
  /** KB (1024 bytes) gzip of the JS loaded up front. */
  entryJsKB: number;
  /** Entry JS plus the lazy chunks the first frame with the leg waits for (FIRST_FRAME_CHUNKS). */
  firstLegFrameJsKB: number;
  allJsKB: number;
  modelKB: number;
  /** The files counted as entry JS. */
  entryFiles: string[];
}

/** Files reachable from `start` through static imports, and dynamic ones too when asked. */
export function reachableFiles(manifest: Manifest, start: string, dynamic: boolean): string[] {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
    if (dynamic) for (const next of chunk.dynamicImports ?? []) visit(next);
  };
  visit(start);
  return [...files];
}

/** Dynamic imports the first frame with the leg needs: the 3D scene and the model's loader. */
export const FIRST_FRAME_CHUNKS: readonly RegExp[] = [
  /TrainerCanvas/,
  /GLTFLoader/,
  /meshopt_decoder/,
];

const gzipKB = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

export function bundleSizes(distDir: string, entry = 'index.html'): BundleSizes {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const js = (files: readonly string[]) => files.filter((file) => file.endsWith('.js'));
  const entryFiles = js(reachableFiles(manifest, entry, false));
  const allFiles = reachableFiles(manifest, entry, true);
  const firstFrameFiles = new Set(entryFiles);
  for (const key of Object.keys(manifest).filter((k) =>
    FIRST_FRAME_CHUNKS.some((re) => re.test(k)),
  )) {
    for (const file of js(reachableFiles(manifest, key, false))) firstFrameFiles.add(file);
  }
  const models = new Set(
    allFiles
      .flatMap((file) => Object.values(manifest).filter((c) => c.file === file))
      .flatMap((chunk) => chunk.assets ?? [])
      .filter((asset) => asset.endsWith('.glb')),
  );
  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, file) => total + gzipKB(join(distDir, file)), 0);
  return {
    entryJsKB: sum(entryFiles),
    firstLegFrameJsKB: sum(firstFrameFiles),
    allJsKB: sum(js(allFiles)),
    modelKB: sum(models),
    entryFiles,
  };
}
