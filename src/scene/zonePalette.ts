/**
 * Zone colours: ordered by lightness (light pressure = lightest, firm = darkest) so the scale
 * reads in greyscale and for every kind of colour blindness; keep-off adds a hatching, not just
 * a hue. Blue–yellow ramp, which avoids red–green. Chosen for how they look as a tint over the
 * skin (`ZONE_TINT` of the zone colour): tests/e2e/zoneColours.test.ts checks the rendered
 * zones stay apart under simulated protanopia, deuteranopia, tritanopia and in greyscale.
 */
import { Color } from 'three';
import type { ZoneLevel } from '../protocol/zones';

export const ZONE_COLOURS: Record<ZoneLevel, string> = {
  'keep-off': '#9b2f6e',
  light: '#fff3a0',
  moderate: '#6a9e8c',
  firm: '#2a2f6e',
};

/** Share of the zone colour in the tint look: enough to read, little enough to keep the shading. */
export const ZONE_TINT = 0.68;

export const SKIN_TONE = '#d9a184';

/** Zones whose pattern carries meaning beyond colour. */
export const ZONE_STRIPED: Record<ZoneLevel, boolean> = {
  'keep-off': true,
  light: false,
  moderate: false,
  firm: false,
};

/** A zone's colour as the tint shows it on the skin (mixed in linear light, as the shader does). */
export function tintedZoneColour(level: ZoneLevel): string {
  return `#${new Color(SKIN_TONE).lerp(new Color(ZONE_COLOURS[level]), ZONE_TINT).getHexString()}`;
}
