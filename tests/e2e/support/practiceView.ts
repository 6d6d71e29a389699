/**
 * Turning the leg with Practice's view buttons and waiting until the 3D view has drawn a frame
 * from the new side: proof that it still draws (after the camera panel closed, for one).
 */
import type { Page } from 'playwright-core';
import { cameraPose } from '../../../src/scene/cameraPresets';
import { CAMERA_LABELS, practiceStrings } from '../../../src/ui/strings';
import { framesDrawn, LEG_TIMEOUT_MS } from './render';

/** The probe's camera within this of the preset's position (metres). */
const AT_POSE_M = 0.01;

/**
 * Turns the leg to the front (to the back if the front is shown: a change either way) and waits
 * for a frame drawn from there. The move takes 0.7 s of page time however few frames that is
 * (one or two at a few seconds a frame in software): wait for the pose, not a frame count.
 * Returns the frames the move drew.
 */
export async function turnPracticeView(page: Page, timeout = LEG_TIMEOUT_MS): Promise<number> {
  const view = page.getByTestId('practice-view');
  const cameraGroup = view.getByRole('group', { name: practiceStrings.view.camera });
  const front = cameraGroup.getByRole('button', { name: CAMERA_LABELS.front, exact: true });
  const preset = (await front.getAttribute('aria-pressed')) === 'true' ? 'back' : 'front';
  // Front and back look the same way at either leg (the left is the right mirrored in x).
  const { position } = cameraPose(preset, 'right');
  const before = await framesDrawn(page);
  await cameraGroup.getByRole('button', { name: CAMERA_LABELS[preset], exact: true }).click();
  await page.waitForFunction(
    ([[x, y, z], near]) => {
      const at = window.proximalRender?.camera;
      return at !== undefined && Math.hypot(at[0] - x, at[1] - y, at[2] - z) < near;
    },
    [position, AT_POSE_M] as const,
    { timeout, polling: 200 },
  );
  return (await framesDrawn(page)) - before;
}
