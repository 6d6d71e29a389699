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

const gzipKB = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

export function bundleSizes(distDir: string, entry = 'index.html'): BundleSizes {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const js = (files: readonly string[]) => files.filter((file) => file.endsWith('.js'));
  const entryFiles = js(reachableFiles(manifest, entry, false));
  const allFiles = reachableFiles(manifest, entry, true);
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
    allJsKB: sum(js(allFiles)),
    modelKB: sum(models),
    entryFiles,
  };
}
