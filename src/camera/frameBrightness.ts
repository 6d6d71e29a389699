/**
 * Is the picture bright enough to find a hand? The mean luma (Rec. 601 weights) of an RGBA frame,
 * read on a sparse grid of pixels: a frame this dark gives the detector nothing to work with.
 */

/** Mean luma below this (0–255) is too dark. Proximal's threshold: a dim room at night. */
export const TOO_DARK_LUMA = 35;

export function meanLuma(rgba: Uint8ClampedArray | Uint8Array, step = 16): number {
  const pixels = Math.floor(rgba.length / 4);
  if (pixels === 0) return 0;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < pixels; i += step) {
    const o = i * 4;
    sum += 0.299 * (rgba[o] ?? 0) + 0.587 * (rgba[o + 1] ?? 0) + 0.114 * (rgba[o + 2] ?? 0);
    count++;
  }
  return sum / count;
}

export function tooDark(rgba: Uint8ClampedArray | Uint8Array): boolean {
  return meanLuma(rgba) < TOO_DARK_LUMA;
}
