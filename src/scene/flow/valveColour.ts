/** A valve's colour from its open fraction: dark shut, mid grey at rest, light wide open. */
import { Color } from 'three';
import { COLOURS } from './flowLook';

const shut = new Color(COLOURS.valveShut);
const open = new Color(COLOURS.valveOpen);

/** Writes the colour for `openFraction` (0 … 1) into `out`. */
export function valveColour(openFraction: number, out: Color): Color {
  const k = Number.isFinite(openFraction) ? Math.min(1, Math.max(0, openFraction)) : 0;
  return out.copy(shut).lerp(open, k);
}
