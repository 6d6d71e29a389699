/** A label's words drawn once into a canvas texture, on a light rounded plate. */
import { CanvasTexture, SRGBColorSpace } from 'three';

const FONT_PX = 48;
/**
 * Widest line before the words wrap onto a second line: "Foot above the heart" fits on one,
 * Spanish "Pie por encima del corazón" takes two, so a longer language does not run the label off
 * a phone's stage or over the toes.
 */
const MAX_LINE_PX = FONT_PX * 11;
const LINE_PX = FONT_PX * 1.25;

/** The text in one line, or in two split at the space nearest the middle when it is too wide. */
function wrapped(text: string, width: (line: string) => number): string[] {
  if (width(text) <= MAX_LINE_PX) return [text];
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index);
  if (spaces.length === 0) return [text];
  const middle = text.length / 2;
  const at = spaces.reduce((best, i) =>
    Math.abs(i - middle) < Math.abs(best - middle) ? i : best,
  );
  return [text.slice(0, at), text.slice(at + 1)];
}

export function labelTexture(
  text: string,
  colour: string,
): { texture: CanvasTexture; aspect: number; relativeHeight: number } {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const font = `600 ${FONT_PX}px system-ui, sans-serif`;
  if (ctx) ctx.font = font;
  const width = (line: string) => ctx?.measureText(line).width ?? line.length * 26;
  const lines = wrapped(text, width);
  canvas.width = Math.ceil(Math.max(...lines.map(width)) + FONT_PX);
  const oneLine = Math.round(FONT_PX * 1.6);
  canvas.height = Math.round(oneLine + LINE_PX * (lines.length - 1));
  if (ctx) {
    ctx.fillStyle = 'rgba(255,255,255,0.93)';
    ctx.beginPath();
    ctx.roundRect(0, 0, canvas.width, canvas.height, 14);
    ctx.fill();
    ctx.font = font;
    ctx.fillStyle = colour;
    ctx.textBaseline = 'middle';
    // Centred, so that right-to-left words sit as well as left-to-right ones.
    ctx.textAlign = 'center';
    lines.forEach((line, i) => ctx.fillText(line, canvas.width / 2, FONT_PX * 0.8 + i * LINE_PX));
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  // How tall the plate is against a one-line plate: a two-line label keeps its letters' size.
  return { texture, aspect: canvas.width / canvas.height, relativeHeight: canvas.height / oneLine };
}
