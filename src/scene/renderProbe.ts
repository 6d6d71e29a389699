/**
 * Render counters for measurement and browser tests (`window.proximalRender`), shared by the app
 * and the plain three.js reference page (bench/reference.ts) so both are measured the same way:
 * when the first frame with the leg was drawn, how many frames were drawn, what each cost the
 * renderer, and, while recording, the time every frame finished.
 */
import { markLoadSpan } from '../state/loadTimings';

export interface RenderProbe {
  /** `performance.now()` (ms since navigation) when the first frame with the leg finished. */
  firstLegFrameAt: number | null;
  /** Frames rendered since the page loaded. */
  frames: number;
  /** While true, every rendered frame appends its end time (ms) to `stamps`. */
  recording: boolean;
  /**
   * While true, every frame waits for the GPU to finish it (a one-pixel read) before its time is
   * taken. Without it a software GPU queues frames and the main thread's timestamps say little.
   */
  syncEachFrame: boolean;
  stamps: number[];
  /** The last frame's draw calls and triangles (`renderer.info.render`). */
  calls: number;
  triangles: number;
  /** Live GPU resources (`renderer.info.memory`). */
  geometries: number;
  textures: number;
  /** Shader programs the renderer has linked so far (`renderer.info.programs`). */
  programs: number;
  /** The camera's position at the last frame (metres). */
  camera: [number, number, number];
  /** `performance.now()` when the frame being drawn started (see `startFrame`). */
  frameStartedAt: number | null;
}

/** The parts of `WebGLRenderer.info` the probe reads. */
export interface RendererInfo {
  render: { calls: number; triangles: number };
  memory: { geometries: number; textures: number };
  programs?: readonly unknown[] | null;
}

declare global {
  interface Window {
    proximalRender?: RenderProbe;
    /** Set before the page's scripts run (the bench does) to start with `syncEachFrame` on. */
    proximalRenderSync?: boolean;
  }
}

/** The page's probe, created on first use. */
export function renderProbe(): RenderProbe {
  window.proximalRender ??= {
    firstLegFrameAt: null,
    frames: 0,
    recording: false,
    syncEachFrame: window.proximalRenderSync === true,
    stamps: [],
    calls: 0,
    triangles: 0,
    geometries: 0,
    textures: 0,
    programs: 0,
    camera: [0, 0, 0],
    frameStartedAt: null,
  };
  return window.proximalRender;
}

const pixel = new Uint8Array(4);

/** Blocks until the GPU has drawn everything issued so far on this context. */
function finishFrame(gl: WebGLRenderingContext | WebGL2RenderingContext): void {
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
}

/** Called before each frame is rendered: the first leg frame's drawing is timed from here. */
export function startFrame(probe: RenderProbe): void {
  probe.frameStartedAt = performance.now();
}

/** Called once after each rendered frame that shows the leg. */
export function recordFrame(
  probe: RenderProbe,
  info: RendererInfo,
  camera: { x: number; y: number; z: number },
  gl: WebGLRenderingContext | WebGL2RenderingContext,
): void {
  if (probe.syncEachFrame || probe.firstLegFrameAt === null) finishFrame(gl);
  const now = performance.now();
  probe.frames += 1;
  if (probe.firstLegFrameAt === null) {
    probe.firstLegFrameAt = now;
    if (probe.frameStartedAt !== null) markLoadSpan('first-draw', probe.frameStartedAt, now);
  }
  if (probe.recording) probe.stamps.push(now);
  probe.calls = info.render.calls;
  probe.triangles = info.render.triangles;
  probe.geometries = info.memory.geometries;
  probe.textures = info.memory.textures;
  probe.programs = info.programs?.length ?? 0;
  // Written in place: a frame allocates nothing here.
  probe.camera[0] = camera.x;
  probe.camera[1] = camera.y;
  probe.camera[2] = camera.z;
}
