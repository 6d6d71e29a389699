/**
 * A text label in the 3D scene, drawn once into a canvas texture. It lives and hides with the
 * scene graph (no DOM nodes to add or remove), and always faces the camera.
 */
import { useEffect, useMemo } from 'react';
import { labelTexture } from './labelTexture';

interface Props {
  text: string;
  position: [number, number, number];
  /** Height of one line of the label in metres. */
  height?: number;
  colour?: string;
}

export function LabelSprite({ text, position, height = 0.1, colour = '#7a1a10' }: Props) {
  const label = useMemo(() => labelTexture(text, colour), [text, colour]);
  useEffect(() => () => label.texture.dispose(), [label]);
  const tall = height * label.relativeHeight;
  return (
    <sprite position={position} scale={[tall * label.aspect, tall, 1]} renderOrder={3}>
      <spriteMaterial map={label.texture} depthTest={false} transparent toneMapped={false} />
    </sprite>
  );
}
