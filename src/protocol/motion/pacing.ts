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

/**
 * Degrees between the lane and each gliding palm when the timeline has no girth to place them
 * by (handArrangement.ts, `glideSpreadAt`, places them a palm's width apart round the leg from
 * its girth): two palms 86 mm across side by side on a calf ~360 mm round.
 */
export const GLIDE_SPREAD_DEGREES = 44;
