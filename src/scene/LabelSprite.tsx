/**
 * A text label in the 3D scene, drawn once into a canvas texture. It lives and hides with the
 * scene graph (no DOM nodes to add or remove), and always faces the camera.
 */
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';

interface Props {
  text: string;
  position: [number, number, number];
  /** Height of the label in metres. */
  height?: number;
  colour?: string;
}

const FONT_PX = 48;

function labelTexture(text: string, colour: string): { texture: CanvasTexture; aspect: number } {
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

export function LabelSprite({ text, position, height = 0.1, colour = '#7a1a10' }: Props) {
  const label = useMemo(() => labelTexture(text, colour), [text, colour]);
  useEffect(() => () => label.texture.dispose(), [label]);
  return (
    <sprite position={position} scale={[height * label.aspect, height, 1]} renderOrder={3}>
      <spriteMaterial map={label.texture} depthTest={false} transparent toneMapped={false} />
    </sprite>
  );
}
