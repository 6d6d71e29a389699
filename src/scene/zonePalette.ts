/**
 * Zone colours: ordered by lightness (light pressure = lightest, firm = darkest) so the scale
 * reads in greyscale and for every kind of colour blindness; keep-off adds a stripe pattern,
 * not just a hue. Colours from the cividis-like blue–yellow ramp, which avoids red–green.
 */
import type { ZoneLevel } from '../protocol/zones';

export const ZONE_COLOURS: Record<ZoneLevel, string> = {
  'keep-off': '#9b2f6e',
  light: '#f3e38a',
  moderate: '#6fa8a0',
  firm: '#2e3f7f',
};

/** Zones whose pattern carries meaning beyond colour. */
export const ZONE_STRIPED: Record<ZoneLevel, boolean> = {
  'keep-off': true,
  light: false,
  moderate: false,
  firm: false,
};
