/**
 * Proximal's tempo for things the protocol's pacing does not cover (the method gives no tempo;
 * see the protocol's pacingNote). Kept here so the demonstration and a session share them.
 */

/** Seconds for the hands to lift and return to the start of the next lane. */
export const RETURN_SECONDS = 1.5;

/** Seconds for one alternating squeeze of both hands while kneading. */
export const KNEAD_CYCLE_SECONDS = 2;

/** Seconds for one press-and-release while compressing palm over palm. */
export const COMPRESS_PULSE_SECONDS = 2.5;

/** Degrees between the lane and each palm when the palms glide side by side. */
export const GLIDE_SPREAD_DEGREES = 35;

/** Degrees between the lane and each hand when the hands grasp the muscle from both sides. */
export const KNEAD_SPREAD_DEGREES = 45;

/** How far a kneading hand closes toward the lane as it squeezes, in degrees. */
export const KNEAD_SQUEEZE_DEGREES = 12;
