/** A label's words drawn once into a canvas texture, on a light rounded plate. */
import { CanvasTexture, SRGBColorSpace } from 'three';

const FONT_PX = 48;

export function labelTexture(
  text: string,
  colour: string,
): { texture: CanvasTexture; aspect: number } {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const font = `600 ${FONT_PX}px system-ui, sans-serif`;
  if (ctx) ctx.font = font;
  const width = Math.ceil((ctx?.measureText(text).width ?? text.length * 26) + FONT_PX);
  canvas.width = width;
  canvas.height = Math.round(FONT_PX * 1.6);
  if (ctx) {
    ctx.fillStyle = 'rgba(255,255,255,0.93)';
    ctx.beginPath();
    ctx.roundRect(0, 0, canvas.width, canvas.height, 14);
    ctx.fill();
    ctx.font = font;
    ctx.fillStyle = colour;
    ctx.textBaseline = 'middle';
    ctx.fillText(text, FONT_PX / 2, canvas.height / 2);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return { texture, aspect: canvas.width / canvas.height };
}
