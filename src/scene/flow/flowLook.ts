/**
 * How the flow layer looks: sizes, speeds and colours in one place. Veins are 3–11 mm across
 * (the model's radii), a pixel or two at the whole-leg view, so dots and valves are drawn larger
 * than life, and the legend says so. Speeds are the model's own.
 */

/** Dots move at this multiple of the model's blood velocity: 1, real speed (at 1× playback). */
export const DOT_SPEED_SCALE = 1;
/** A dot's radius: this multiple of its vein's radius, so it shows through the vein's wall… */
export const DOT_PER_VEIN_RADIUS = 1.25;
/** …and never less than this, metres (a few pixels at the whole-leg view). */
export const DOT_MIN_RADIUS_M = 0.0026;
/** Dots along a vein, centre to centre: this many dot diameters. */
export const DOT_SPACING_DIAMETERS = 2;

/** A valve is drawn this many times its vein's radius across… */
export const VALVE_PER_VEIN_RADIUS = 2.6;
/** …and never smaller than this radius, metres. */
export const VALVE_MIN_RADIUS_M = 0.0085;
/** The ring round the valve the hands push toward: radius and thickness, metres. */
export const FOCUS_RING_RADIUS_M = 0.022;
export const FOCUS_RING_TUBE_M = 0.0028;

export const COLOURS = {
  /** Blood (venous blood is dark red; lighter here to read through the skin). */
  dot: '#d6263b',
  /** A valve shut (open fraction 0) … wide open (1): dark to light, readable without hue. */
  valveShut: '#1f2328',
  valveOpen: '#f8f9fa',
  /** The valve the hands push toward: the yellow of the stroke's covered trail. */
  focus: '#fcc419',
  /** The wrong-way arrows and label. */
  wrongWay: '#e03131',
} as const;

/** The close-up of one valve, in the vein's radii: how far above and below the valve it shows. */
export const CLOSE_UP_HALF_HEIGHT = 2.4;
/**
 * The close-up is the vein enlarged about 20–60×; motion at that size is played this many times
 * slower than real, so a dot at rest speed takes a few seconds to cross it.
 */
export const CLOSE_UP_SLOW_MOTION = 16;
