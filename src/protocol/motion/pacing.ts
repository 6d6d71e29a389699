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
 * Degrees between the lane and each palm when the palms glide side by side: drawn there and
 * pressed there in the flow model. ±35° drew the two hands through each other; ±60° left the
 * lane itself (the vein under it) between two palms ~40° wide each (physiology/handContact.ts),
 * and the demonstration emptied the veins less (at its emptiest 38.2 mL of 42.4 at rest, against
 * 37.5 mL at ±50°; tests/physiology/hands.test.ts wants under 90 %).
 * At ±50° the palms meet at the lane, as two hands side by side do.
 */
export const GLIDE_SPREAD_DEGREES = 50;
