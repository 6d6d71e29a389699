/**
 * The e2e harness itself: finding a browser fails loudly with install instructions, and the
 * static server serves the right types and nothing outside its folder. (No browser needed.)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './support/findChromium';
import { serveStatic, type StaticServer } from './support/staticServer';

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it points at an executable', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('throws, naming the install commands, when CHROMIUM_PATH is wrong', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
      /apt-get install -y chromium[\s\S]*brew install --cask chromium[\s\S]*CHROMIUM_PATH/,
    );
  });

  it('throws, naming the install commands, when no browser is anywhere', () => {
    expect(() => findChromium({ PATH: '' }, ['/nonexistent/a', '/nonexistent/b'])).toThrow(
      /chromium-browser[\s\S]*brew install --cask chromium/,
    );
  });
});

describe('the static server', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'proximal-static-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(root, 'leg.glb'), Buffer.from([0x67, 0x6c, 0x54, 0x46]));
    await writeFile(join(root, 'decoder.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
    await writeFile(join(root, 'app.js'), 'export {};');
    server = await serveStatic(root);
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/leg.glb', 'model/gltf-binary'],
    ['/decoder.wasm', 'application/wasm'],
    ['/app.js', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers 404 for missing files and for paths outside its folder', async () => {
    await expect(fetch(`${server.url}/missing.js`).then((r) => r.status)).resolves.toBe(404);
    await expect(fetch(`${server.url}/..%2f..%2fetc%2fpasswd`).then((r) => r.status)).resolves.toBe(
      404,
    );
  });
});

/** Headers and the bytes as they came over the wire (no decompression), asking for gzip. */
function rawGet(
  url: string,
): Promise<{ encoding: string | undefined; length: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          encoding: response.headers['content-encoding'],
          length: response.headers['content-length'],
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject);
  });
}

describe('the static server, as a host that compresses', () => {
  const script = `export const text = ${JSON.stringify('toward the heart '.repeat(200))};\n`;
  const model = Buffer.from(Array.from({ length: 2000 }, (_, i) => i % 7));
  let root: string;
  let plain: StaticServer;
  let zipping: StaticServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'proximal-static-gzip-'));
    await writeFile(join(root, 'app.js'), script);
    await writeFile(join(root, 'leg.glb'), model);
    plain = await serveStatic(root);
    zipping = await serveStatic(root, { gzip: true });
  });

  afterAll(async () => {
    await Promise.all([plain.close(), zipping.close()]);
    await rm(root, { recursive: true, force: true });
  });

  it('gzips scripts, with the compressed length, and they decompress to the file', async () => {
    const { encoding, length, body } = await rawGet(`${zipping.url}/app.js`);
    expect(encoding).toBe('gzip');
    expect(Number(length)).toBe(body.length);
    expect(body.length).toBeLessThan(script.length / 5);
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it('sends models as they are, and compresses nothing unless asked to', async () => {
    const glb = await rawGet(`${zipping.url}/leg.glb`);
    expect(glb.encoding).toBeUndefined();
    expect(glb.body.equals(model)).toBe(true);
    const js = await rawGet(`${plain.url}/app.js`);
    expect(js.encoding).toBeUndefined();
    expect(js.body.toString()).toBe(script);
  });
});
