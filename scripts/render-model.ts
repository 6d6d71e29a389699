/**
 * Renders the leg model to PNGs for a look: `npx tsx scripts/render-model.ts [model.glb] [outDir]`.
 * Serves a tiny three.js page on 127.0.0.1 and drives headless Chromium (SwiftShader). Views:
 * front, back, medial, lateral, plus close-ups; skin opaque and skin translucent over bones,
 * muscles, veins (deep darker), valves, lymph nodes and landmarks. Not part of the tests.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const modelPath = resolve(process.argv[2] ?? join(root, 'models/leg.glb'));
const outDir = resolve(process.argv[3] ?? '/tmp/model-shots');
mkdirSync(outDir, { recursive: true });

const PAGE = `<!doctype html><html><head><style>html,body{margin:0;background:#f4f1ec}</style>
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js",
"three/addons/":"/node_modules/three/examples/jsm/"}}</script></head><body>
<script type="module">
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
const W = 900, H = 1200;
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(W, H); renderer.setPixelRatio(1);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene(); scene.background = new THREE.Color(0xf4f1ec);
scene.add(new THREE.HemisphereLight(0xffffff, 0x667788, 1.6));
const key = new THREE.DirectionalLight(0xffffff, 1.8); scene.add(key);
const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).loadAsync('/model.glb');
scene.add(gltf.scene);
const byName = (n) => gltf.scene.getObjectByName(n);
const skin = byName('skin');
const groups = ['bones','muscles','ligaments','veins','lymph'].map(byName);
const markers = new THREE.Group(); scene.add(markers);
for (const g of ['valves','landmarks']) byName(g).traverse((o) => {
  if (o === byName(g)) return;
  const m = new THREE.Mesh(new THREE.SphereGeometry(g === 'valves' ? 0.003 : 0.005, 12, 8),
    new THREE.MeshBasicMaterial({ color: g === 'valves' ? 0xffdd00 : 0x00aa55, depthTest: false }));
  m.renderOrder = 10; o.getWorldPosition(m.position); m.userData.kind = g; markers.add(m);
});
gltf.scene.traverse((o) => { if (o.isMesh && o.name.startsWith('vein_')) {
  o.material = o.material.clone();
  o.material.color.set(o.userData.kind === 'deep' ? 0x1a237e : 0x3f7fff); } });
window.show = (view, mode) => {
  const inside = mode !== 'skin';
  skin.material.transparent = inside; skin.material.opacity = inside ? 0.25 : 1;
  skin.material.depthWrite = !inside;
  if (mode === 'chart') {
    const c = skin.geometry.getAttribute('_chart'); const col = new Float32Array(c.count * 3);
    const unit = skin.userData.attributeUnits?.chartThetaDeg ?? 1; // stored within [-1, 1] (skinUnits.ts)
    for (let i = 0; i < c.count; i++) { const s = c.getX(i), t = c.getY(i) * unit;
      const band = Math.floor(s * 40) % 2, ring = Math.floor((t + 180) / 30) % 2;
      const k = 0.55 + 0.3 * band + 0.15 * ring; col.set([k, k * (t > 0 ? 0.8 : 1), k * (t > 0 ? 1 : 0.7)], i * 3); }
    skin.geometry.setAttribute('color', new THREE.BufferAttribute(col, 3));
    skin.material.vertexColors = true; skin.material.transparent = false; skin.material.opacity = 1; skin.material.depthWrite = true;
  } else if (mode === 'depth') {
    const d = skin.geometry.getAttribute('_tissue_depth'); const col = new Float32Array(d.count * 3);
    const mm = skin.userData.attributeUnits?.tissueDepthMm ?? 1;
    for (let i = 0; i < d.count; i++) { const t = Math.min(1, (d.getX(i) * mm) / 30);
      col.set([1 - t, 0.3 + 0.5 * t, t], i * 3); }
    skin.geometry.setAttribute('color', new THREE.BufferAttribute(col, 3));
    skin.material.vertexColors = true; skin.material.transparent = false; skin.material.opacity = 1; skin.material.depthWrite = true;
  } else skin.material.vertexColors = false;
  skin.material.needsUpdate = true;
  for (const g of groups) g.visible = inside && mode !== 'chart' && mode !== 'depth';
  for (const m of markers.children) m.visible = inside && mode !== 'chart' && mode !== 'depth'
    || (mode === 'skin' && m.userData.kind === 'landmarks');
  const v = view.split(':'); const name = v[0]; const zoom = v[1] || 'full';
  const targets = { full: [0, 0.5, 0.02, 1.15], foot: [0, 0.06, 0.06, 0.34], knee: [0, 0.49, 0, 0.32], hip: [-0.01, 0.85, 0, 0.34], ankle: [0, 0.12, 0, 0.3] };
  const [tx, ty, tz, size] = targets[zoom];
  const dirs = { front: [0, 0, 1], back: [0, 0, -1], medial: [1, 0, 0], lateral: [-1, 0, 0],
    frontmedial: [0.7, 0.2, 0.7], backlateral: [-0.7, 0.2, -0.7], below: [0.2, -1, 0.3], top: [0.1, 1, 0.35] };
  const d = new THREE.Vector3(...dirs[name]).normalize();
  const cam = new THREE.OrthographicCamera(-size * W / H / 2, size * W / H / 2, size / 2, -size / 2, 0.01, 10);
  cam.position.set(tx, ty, tz).addScaledVector(d, 3); cam.up.set(0, name === 'below' || name === 'top' ? 0 : 1, name === 'below' || name === 'top' ? -1 : 0);
  cam.lookAt(tx, ty, tz);
  key.position.copy(cam.position).add(new THREE.Vector3(0.5, 1, 0.3));
  renderer.render(scene, cam);
  return renderer.domElement.toDataURL('image/png');
};
window.ready = true;
</script></body></html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };
const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0]!;
  try {
    if (url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    } else if (url === '/model.glb') {
      res.writeHead(200, { 'content-type': 'model/gltf-binary' }).end(readFileSync(modelPath));
    } else if (url.startsWith('/node_modules/')) {
      const file = join(root, url);
      if (!file.startsWith(join(root, 'node_modules'))) throw new Error('outside');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } else res.writeHead(404).end();
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const port = (server.address() as AddressInfo).port;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(
    () => (window as unknown as { ready?: boolean }).ready === true,
    null,
    {
      timeout: 60_000,
    },
  );
  const shots = (process.env.SHOTS ?? 'front,back,medial,lateral').split(',');
  const modes = (process.env.MODES ?? 'skin,inside').split(',');
  for (const view of shots) {
    for (const mode of modes) {
      const data = await page.evaluate(
        ([v, m]) => (window as unknown as { show: (v: string, m: string) => string }).show(v!, m!),
        [view, mode],
      );
      const file = join(outDir, `${view.replace(':', '-')}-${mode}.png`);
      writeFileSync(file, Buffer.from(data.split(',')[1]!, 'base64'));
      console.log(file);
    }
  }
} finally {
  await browser.close();
  server.close();
}
