/**
 * A dark outline round the inguinal ligament: the pale band under the see-through skin all but
 * vanished at phone size (390×844, a canvas ~325 px high, the groin a few dozen pixels across).
 * drei's inverted-hull outline, hung on the model's own mesh (a portal), so it shows and hides
 * with the ligament's layer. Wider on a small canvas, a hairline on a large one, where the band
 * itself is several pixels wide and a heavy stroke would read as a wire.
 */
import { Outlines } from '@react-three/drei';
import { createPortal, useThree } from '@react-three/fiber';
import type { Mesh } from 'three';

/** Outline width in CSS pixels: 2 on a canvas up to 400 px high, 1 from 900 px up. */
export function outlineCssPx(canvasCssHeight: number): number {
  const t = Math.min(1, Math.max(0, (canvasCssHeight - 400) / 500));
  return 2 - t;
}

/** Dark slate: reads against the pale band, the peach skin and the red muscles alike. */
const OUTLINE_COLOUR = '#2b3d50';

export function LigamentOutline({ mesh }: { mesh: Mesh }) {
  const pixelRatio = useThree((s) => s.viewport.dpr);
  const height = useThree((s) => s.size.height);
  // drei counts drawing-buffer pixels.
  const thickness = outlineCssPx(height) * pixelRatio;
  return createPortal(<Outlines angle={0} thickness={thickness} color={OUTLINE_COLOUR} />, mesh);
}
