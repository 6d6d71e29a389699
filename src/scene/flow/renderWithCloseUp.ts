/**
 * Draws a frame of the stage with the valve close-up inset: the main scene over the whole canvas,
 * then the close-up's own scene inside a scissored rectangle. The rectangle is wherever the DOM
 * puts the close-up's window (an element marked `data-flow-closeup-window`, transparent, in the
 * valves card over the stage), measured every frame, so the page's layout decides and the two
 * never drift apart. The renderer's counters cover both renders (what the frame really cost).
 */
import type { Camera, Scene, WebGLRenderer } from 'three';
import type { CloseUp } from './closeUp';

const CLOSE_UP_WINDOW_ATTRIBUTE = 'data-flow-closeup-window';
/** Marks the element that scrolls the window (its box clips the inset, as it clips the card). */
const CLOSE_UP_CLIP_ATTRIBUTE = 'data-flow-closeup-clip';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Smallest inset worth drawing, CSS px. */
const MIN_SIZE_PX = 40;

/**
 * The inset in the canvas's viewport coordinates (CSS px, origin bottom-left as WebGL has it), or
 * null when the window is missing, too small or not on the canvas.
 */
export function closeUpViewport(
  frame: Box | null,
  canvas: Box,
): { x: number; y: number; width: number; height: number } | null {
  if (!frame || frame.width < MIN_SIZE_PX || frame.height < MIN_SIZE_PX) return null;
  const x = frame.left - canvas.left;
  const top = frame.top - canvas.top;
  const y = canvas.height - (top + frame.height);
  if (x < 0 || y < 0 || x + frame.width > canvas.width || top < 0) return null;
  return { x, y, width: frame.width, height: frame.height };
}

type Rect = { x: number; y: number; width: number; height: number };

/**
 * The part of the inset `view` (canvas viewport coordinates) inside the `clip` box (page CSS
 * px, like `canvas`), or null when none of it is: where the scissor lets the inset draw, so a
 * window half scrolled out of its column is cut off with the card around it.
 */
export function visiblePart(view: Rect, clip: Box | null, canvas: Box): Rect | null {
  if (clip === null) return view;
  const left = Math.max(view.x, clip.left - canvas.left);
  const right = Math.min(view.x + view.width, clip.left + clip.width - canvas.left);
  const bottom = Math.max(view.y, canvas.height - (clip.top + clip.height - canvas.top));
  const top = Math.min(view.y + view.height, canvas.height - (clip.top - canvas.top));
  if (right <= left || top <= bottom) return null;
  return { x: left, y: bottom, width: right - left, height: top - bottom };
}

export function renderWithCloseUp(
  gl: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  closeUp: CloseUp,
  width: number,
  height: number,
): void {
  const autoReset = gl.info.autoReset;
  gl.info.autoReset = false;
  gl.info.reset();
  gl.render(scene, camera);
  const target = document.querySelector(`[${CLOSE_UP_WINDOW_ATTRIBUTE}]`);
  const canvas = gl.domElement.getBoundingClientRect();
  const view = closeUpViewport(target?.getBoundingClientRect() ?? null, canvas);
  const clip = target?.closest(`[${CLOSE_UP_CLIP_ATTRIBUTE}]`)?.getBoundingClientRect() ?? null;
  const scissor = view && visiblePart(view, clip, canvas);
  if (view && scissor) {
    const autoClear = gl.autoClear;
    closeUp.camera.left = (-closeUp.halfHeight * view.width) / view.height;
    closeUp.camera.right = -closeUp.camera.left;
    closeUp.camera.updateProjectionMatrix();
    gl.setScissorTest(true);
    gl.setScissor(scissor.x, scissor.y, scissor.width, scissor.height);
    gl.setViewport(view.x, view.y, view.width, view.height);
    gl.autoClear = true;
    gl.render(closeUp.scene, closeUp.camera);
    gl.setScissorTest(false);
    gl.setViewport(0, 0, width, height);
    gl.autoClear = autoClear;
  }
  gl.info.autoReset = autoReset;
}
