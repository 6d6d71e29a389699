/**
 * The camera test's video (scripts/camera/renderStrokeVideo.ts), rendered from the served app
 * once and kept in test-results/ (a fresh clone renders it: about two minutes in software), and
 * a browser whose fake camera plays it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { renderStrokeVideo, type StrokeVideo } from '../../../scripts/camera/renderStrokeVideo';
import { dimY4m } from '../../../scripts/camera/y4m';
import { launchBrowser } from './browser';
import { E2E_DIST_DIR, REPO_ROOT } from './paths';

const VIDEO_DIR = join(REPO_ROOT, 'test-results/camera-video');

export async function strokeVideo(): Promise<StrokeVideo> {
  const described = join(VIDEO_DIR, 'stroke.json');
  if (existsSync(described) && existsSync(join(VIDEO_DIR, 'stroke.y4m'))) {
    return {
      ...(JSON.parse(readFileSync(described, 'utf8')) as StrokeVideo),
      y4mPath: join(VIDEO_DIR, 'stroke.y4m'),
    };
  }
  return renderStrokeVideo(E2E_DIST_DIR, VIDEO_DIR);
}

/** A Chromium of its own whose camera is the video file, with no permission prompt. */
export function launchWithFakeCamera(y4mPath: string): Promise<Browser> {
  return launchBrowser({
    extraArgs: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${y4mPath}`,
    ],
  });
}

/** A tenth of the light: a room at night (the panel's too-dark threshold is far above it). */
const DIM_LIGHT = 0.1;
const DIM_FRAMES = 4;

/** The test video's first frames in a dim room, written next to it (made once, quickly). */
export async function darkVideo(): Promise<string> {
  const path = join(VIDEO_DIR, 'dark.y4m');
  if (!existsSync(path)) {
    const { y4mPath } = await strokeVideo();
    writeFileSync(path, dimY4m(readFileSync(y4mPath), DIM_LIGHT, DIM_FRAMES));
  }
  return path;
}

/**
 * A Chromium whose fake camera plays `y4mPath` and asks for permission as a browser does (no
 * fake prompt): each context grants or refuses the camera itself.
 */
export function launchWithFakeCameraAndPermissions(y4mPath: string): Promise<Browser> {
  return launchBrowser({
    extraArgs: [
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${y4mPath}`,
    ],
  });
}
