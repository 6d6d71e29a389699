/**
 * A tiny static file server for the built app (dist/), on 127.0.0.1 and a free port. No external
 * dependencies; correct MIME types for everything Vite emits, including glb and wasm. With
 * `gzip`, it compresses what common static hosts compress (see COMPRESSED), for measuring what a
 * connection really carries (the bench's phone run).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ktx2': 'image/ktx2',
  '.ico': 'image/x-icon',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Types that static hosts gzip by default (nginx's gzip_types as hosts set them, Netlify,
 * Cloudflare, GitHub Pages): text, scripts, styles, JSON, SVG and wasm. Images and models are
 * sent as they are (the model is meshopt-compressed already), so a measure stays on the safe side.
 */
const COMPRESSED = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.wasm',
  '.txt',
]);

const gzip = promisify(gzipCallback);

export interface StaticServer {
  /** Origin of the server, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/** Resolves a URL path inside root, or null when it would escape it. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = resolve(root, `.${normalize(`/${decoded}`)}`);
  return candidate === root || candidate.startsWith(root + sep) ? candidate : null;
}

async function fileAt(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // not found
  }
  return null;
}

/** Serves `root` until closed. Unknown paths get 404 (no SPA fallback: a missing asset is a bug). */
export async function serveStatic(
  root: string,
  options: { gzip?: boolean } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const zipped = new Map<string, Promise<Buffer>>();
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const target = resolveInside(base, pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    void (async () => {
      const file = target === null ? null : await fileAt(target);
      if (file === null) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const extension = extname(file).toLowerCase();
      const type = MIME_TYPES[extension] ?? 'application/octet-stream';
      const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      if (options.gzip && accepts && COMPRESSED.has(extension)) {
        let body = zipped.get(file);
        if (!body) {
          body = readFile(file).then((bytes) => gzip(bytes));
          zipped.set(file, body);
        }
        const bytes = await body;
        response.writeHead(200, {
          'Content-Type': type,
          'Content-Encoding': 'gzip',
          'Content-Length': bytes.length,
          'Cache-Control': 'no-store',
          Vary: 'Accept-Encoding',
        });
        response.end(request.method === 'HEAD' ? undefined : bytes);
        return;
      }
      // The length, as static hosts send it: the model's progress bar reads it.
      const { size } = await stat(file);
      response.writeHead(200, {
        'Content-Type': type,
        'Content-Length': size,
        'Cache-Control': 'no-store',
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
