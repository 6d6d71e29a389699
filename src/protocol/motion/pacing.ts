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
 * pressed there in the flow model. ±35° drew the two hands through each other; from ±45° on, the
 * lane itself (the great saphenous vein under it) falls between two palms ~40° wide each
 * (physiology/handContact.ts), and the valve ahead of the palms no longer opens well past rest
 * (tests/scene/flow/flowSim.test.ts: peak 0.64 at ±45°, 0.50 at ±50°, against 0.70 wanted).
 * At ±40° the palms' inner edges meet over the lane, as two hands side by side do.
 */
export const GLIDE_SPREAD_DEGREES = 40;
