/**
 * The camera test's video (scripts/camera/renderStrokeVideo.ts), rendered from the served app
 * once and kept in test-results/ (a fresh clone renders it: about two minutes in software), and
 * a browser whose fake camera plays it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { renderStrokeVideo, type StrokeVideo } from '../../../scripts/camera/renderStrokeVideo';
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
