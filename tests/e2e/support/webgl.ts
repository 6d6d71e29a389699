/** What WebGL the page gets: whether WebGL2 exists and which renderer draws it. */
import type { Page } from 'playwright-core';

export interface WebglInfo {
  /** A WebGL2 context could be created. */
  webgl2: boolean;
  /** A WebGL (1 or 2) context could be created. */
  webgl: boolean;
  /** The unmasked renderer string, e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader …))"; '' without WebGL. */
  renderer: string;
  vendor: string;
}

/** Creates a throwaway canvas in the page and asks it. */
export function webglInfo(page: Page): Promise<WebglInfo> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    const gl2 = canvas.getContext('webgl2');
    const gl = gl2 ?? document.createElement('canvas').getContext('webgl');
    if (gl === null) return { webgl2: false, webgl: false, renderer: '', vendor: '' };
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(debug?.UNMASKED_RENDERER_WEBGL ?? gl.RENDERER));
    const vendor = String(gl.getParameter(debug?.UNMASKED_VENDOR_WEBGL ?? gl.VENDOR));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl2: gl2 !== null, webgl: true, renderer, vendor };
  });
}
