/**
 * The camera check's test video, rendered from Proximal's own scene: the leg seen from the front
 * and turned a quarter (as a camera above a leg lying flat sees it: ankle left, groin right),
 * the demonstration's hands gliding up the front of the leg from ankle to groin, then the same
 * frames backwards (gliding down). Written as a y4m file for Chromium's fake camera, with where
 * the ankle, knee and groin are in it.
 *
 * `npx tsx scripts/camera/renderStrokeVideo.ts [outDir]` (needs `npm run build:e2e`): the browser
 * test calls `renderStrokeVideo` itself when its cached copy is missing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { serveStatic } from '../../tests/e2e/support/staticServer';
import { encodeY4m, resizeRgba, rotateClockwise, type RgbaFrame } from './y4m';

export const VIDEO_WIDTH = 640;
export const VIDEO_HEIGHT = 480;
/** One frame a second: the detector takes about that long per frame in software rendering. */
export const VIDEO_FPS = 1;
/** Places along the glide, ankle to groin. */
const POSITIONS = 12;
/** After a seek: the paused scene redraws and the hands settle. */
const SETTLE_MS = 1500;
/** The camera glides to a chosen view. */
const CAMERA_MOVE_MS = 2500;

export interface StrokeVideo {
  y4mPath: string;
  /** Video pixels of the tapped points, on the front of the leg. */
  ankle: { x: number; y: number };
  knee: { x: number; y: number };
  groin: { x: number; y: number };
  /** Seconds the video takes up, then down (it loops). */
  upSeconds: number;
  downSeconds: number;
}

function decode(png: Buffer): RgbaFrame {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height, data: new Uint8Array(image.data) };
}

export async function renderStrokeVideo(distDir: string, outDir: string): Promise<StrokeVideo> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => window.proximalRender?.firstLegFrameAt != null, null, {
      timeout: 240_000,
      polling: 200,
    });
    const clip = await page.evaluate(() => {
      const p = window.proximal;
      const timeline = p?.playback.getState().timeline;
      if (!p || !timeline) throw new Error('no timeline');
      p.playback.getState().pause();
      p.view.getState().setCamera('front');
      // The bare leg and hands, as a camera sees them: no zone colours, no lanes.
      p.view.getState().setLayers({ ...p.view.getState().layers, zones: false, lanes: false });
      const glide = timeline.clips.find(
        (c) => c.kind === 'glide' && c.leg === 'right' && c.lane.theta === 0 && c.lane.sTo > 0.9,
      );
      if (!glide) throw new Error('no glide up the front of the right leg');
      // Everything drawn over the 3D view (buttons, hints) hidden: only the scene is filmed.
      const stage = document.querySelector('[data-testid=trainer-stage]');
      const canvas = stage?.querySelector('canvas');
      stage?.querySelectorAll<HTMLElement>('*').forEach((el) => {
        if (!el.contains(canvas ?? null) && !canvas?.contains(el)) el.style.visibility = 'hidden';
      });
      return { start: glide.start, duration: glide.duration };
    });
    // Nor a notice that arrives while filming (the offline notice, once the service worker has
    // stored the app: in a CI run it covered the groin half of the video).
    await page.addStyleTag({ content: '.offline-notice { visibility: hidden !important; }' });
    const canvas = page.locator('[data-testid=trainer-stage] canvas').first();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    const landmarkS = await page.evaluate(() => {
      const status = window.proximal?.leg.getState().status;
      if (status?.kind !== 'ready') throw new Error('the leg is not loaded');
      const l = status.model.landmarks;
      return {
        ankle: (l.medial_malleolus.s + l.lateral_malleolus.s) / 2,
        knee: l.patella_centre.s,
        groin: l.groin_crease.s,
      };
    });
    const project = (s: number) =>
      page.evaluate((a) => window.proximalScene?.project(a, 0) ?? null, s);
    const seek = async (f: number) => {
      await page.evaluate(
        (t) => window.proximal?.playback.getState().seek(t),
        clip.start + f * clip.duration,
      );
      // A paused scene redraws after the seek; the hands' pose and the camera settle.
      await page.waitForTimeout(SETTLE_MS);
    };
    await seek(0);
    await page.waitForTimeout(CAMERA_MOVE_MS);
    const knee = await project(landmarkS.knee);
    if (!knee) throw new Error('the knee is not in view');
    // A 3:4 cut of the stage, the leg down its middle, turned a quarter and scaled to the video.
    const cutHeight = Math.floor(box.height);
    const cutWidth = Math.round((cutHeight * 3) / 4);
    const cutX = Math.max(0, Math.min(box.width - cutWidth, knee.x - cutWidth / 2));
    const toVideo = (p: { x: number; y: number }) => ({
      // Turned clockwise: the cut's top (the groin) goes to the right.
      x: VIDEO_WIDTH * (1 - p.y / cutHeight),
      y: VIDEO_HEIGHT * ((p.x - cutX) / cutWidth),
    });
    const points = await Promise.all(
      [landmarkS.ankle, landmarkS.knee, landmarkS.groin].map(async (s) => {
        const p = await project(s);
        if (!p) throw new Error(`s ${s} is not in view`);
        return toVideo(p);
      }),
    );

    const frames: RgbaFrame[] = [];
    for (let i = 0; i < POSITIONS; i++) {
      await seek(0.06 + (0.88 * i) / (POSITIONS - 1));
      const png = await page.screenshot({
        clip: { x: box.x + cutX, y: box.y, width: cutWidth, height: cutHeight },
      });
      frames.push(rotateClockwise(resizeRgba(decode(png), VIDEO_HEIGHT, VIDEO_WIDTH)));
    }
    // Up, a moment at the top, back down the same way, a moment at the bottom; then it loops.
    const top = frames.at(-1);
    const bottom = frames[0];
    if (!top || !bottom) throw new Error('no frames');
    const sequence = [...frames, top, ...[...frames].reverse().slice(1), bottom];
    mkdirSync(outDir, { recursive: true });
    const y4mPath = join(outDir, 'stroke.y4m');
    writeFileSync(y4mPath, encodeY4m(sequence, VIDEO_FPS));
    const middle = frames[Math.floor(POSITIONS / 2)];
    if (middle) {
      const png = new PNG({ width: VIDEO_WIDTH, height: VIDEO_HEIGHT });
      png.data = Buffer.from(middle.data);
      writeFileSync(join(outDir, 'stroke-middle.png'), PNG.sync.write(png));
    }
    const [ankle, kneePoint, groin] = points;
    if (!ankle || !kneePoint || !groin) throw new Error('no landmarks');
    const video: StrokeVideo = {
      y4mPath,
      ankle,
      knee: kneePoint,
      groin,
      upSeconds: (POSITIONS + 1) / VIDEO_FPS,
      downSeconds: POSITIONS / VIDEO_FPS,
    };
    writeFileSync(join(outDir, 'stroke.json'), JSON.stringify(video, null, 2));
    return video;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'test-results/camera-video';
  const video = await renderStrokeVideo('dist-e2e', out);
  console.log(JSON.stringify(video, null, 2));
}
