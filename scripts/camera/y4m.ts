/**
 * A minimal YUV4MPEG2 writer (the format Chromium's fake camera plays with
 * `--use-file-for-fake-video-capture`): RGBA frames to 4:2:0 planes, BT.601 in video range
 * (Y 16–235), as Chromium reads a plain `C420` file.
 */

export interface RgbaFrame {
  width: number;
  height: number;
  data: Uint8Array;
}

function i420(frame: RgbaFrame): Buffer {
  const { width, height, data } = frame;
  const cw = width / 2;
  const ch = height / 2;
  const out = Buffer.alloc(width * height + 2 * cw * ch);
  const yPlane = 0;
  const uPlane = width * height;
  const vPlane = uPlane + cw * ch;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const r = data[o] ?? 0;
      const g = data[o + 1] ?? 0;
      const b = data[o + 2] ?? 0;
      out[yPlane + y * width + x] = Math.round(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255);
    }
  }
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        const o = ((2 * y + dy) * width + 2 * x + dx) * 4;
        r += data[o] ?? 0;
        g += data[o + 1] ?? 0;
        b += data[o + 2] ?? 0;
      }
      [r, g, b] = [r / 4, g / 4, b / 4];
      const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
      out[uPlane + y * cw + x] = clamp(128 + (-37.797 * r - 74.203 * g + 112 * b) / 255);
      out[vPlane + y * cw + x] = clamp(128 + (112 * r - 93.786 * g - 18.214 * b) / 255);
    }
  }
  return out;
}

/** The whole file; width and height must be even. */
export function encodeY4m(frames: readonly RgbaFrame[], fps: number): Buffer {
  const first = frames[0];
  if (!first) throw new Error('no frames');
  if (first.width % 2 || first.height % 2) throw new Error('width and height must be even');
  const header = Buffer.from(`YUV4MPEG2 W${first.width} H${first.height} F${fps}:1 Ip A1:1 C420\n`);
  const parts: Buffer[] = [header];
  for (const frame of frames) parts.push(Buffer.from('FRAME\n'), i420(frame));
  return Buffer.concat(parts);
}

/** Bilinear resize of an RGBA image (for frames cut from a larger screenshot). */
export function resizeRgba(src: RgbaFrame, width: number, height: number): RgbaFrame {
  const data = new Uint8Array(width * height * 4);
  const sx = src.width / width;
  const sy = src.height / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(src.height - 1, (y + 0.5) * sy - 0.5);
    const y0 = Math.max(0, Math.floor(fy));
    const y1 = Math.min(src.height - 1, y0 + 1);
    const wy = Math.max(0, fy - y0);
    for (let x = 0; x < width; x++) {
      const fx = Math.min(src.width - 1, (x + 0.5) * sx - 0.5);
      const x0 = Math.max(0, Math.floor(fx));
      const x1 = Math.min(src.width - 1, x0 + 1);
      const wx = Math.max(0, fx - x0);
      for (let c = 0; c < 4; c++) {
        const at = (xx: number, yy: number) => src.data[(yy * src.width + xx) * 4 + c] ?? 0;
        const top = at(x0, y0) * (1 - wx) + at(x1, y0) * wx;
        const bottom = at(x0, y1) * (1 - wx) + at(x1, y1) * wx;
        data[(y * width + x) * 4 + c] = Math.round(top * (1 - wy) + bottom * wy);
      }
    }
  }
  return { width, height, data };
}

/** The image turned a quarter clockwise: the top goes to the right. */
export function rotateClockwise(src: RgbaFrame): RgbaFrame {
  const width = src.height;
  const height = src.width;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < src.height; y++) {
    for (let x = 0; x < src.width; x++) {
      const from = (y * src.width + x) * 4;
      const to = (x * width + (width - 1 - y)) * 4;
      for (let c = 0; c < 4; c++) data[to + c] = src.data[from + c] ?? 0;
    }
  }
  return { width, height, data };
}

/**
 * The same video in a dim room: the first `frames` frames of a `C420` file with every sample
 * pulled toward black (luma toward 16, colour toward grey) by `light` (0–1).
 */
export function dimY4m(y4m: Buffer, light: number, frames: number): Buffer {
  const headerEnd = y4m.indexOf(0x0a);
  const header = y4m.subarray(0, headerEnd + 1).toString('latin1');
  const width = Number(/ W(\d+)/.exec(header)?.[1]);
  const height = Number(/ H(\d+)/.exec(header)?.[1]);
  if (!width || !height || !header.includes('C420')) throw new Error('not a C420 y4m file');
  const lumaBytes = width * height;
  const frameBytes = lumaBytes + 2 * (width / 2) * (height / 2);
  const marker = Buffer.from('FRAME\n');
  const parts: Buffer[] = [y4m.subarray(0, headerEnd + 1)];
  let at = headerEnd + 1;
  for (let i = 0; i < frames && at + marker.length + frameBytes <= y4m.length; i++) {
    const frame = Buffer.from(y4m.subarray(at + marker.length, at + marker.length + frameBytes));
    for (let j = 0; j < frame.length; j++) {
      const rest = j < lumaBytes ? 16 : 128;
      frame[j] = Math.round(rest + ((frame[j] ?? rest) - rest) * light);
    }
    parts.push(marker, frame);
    at += marker.length + frameBytes;
  }
  if (parts.length === 1) throw new Error('no frames');
  return Buffer.concat(parts);
}
