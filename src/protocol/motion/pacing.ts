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
 * pressed there in the flow model, so the picture and the valves agree. Wider spreads draw the
 * hands apart but lose the vein: from ±45° the lane (the great saphenous vein) falls between two
 * palms ~40° wide each (physiology/handContact.ts) and the valve ahead no longer opens well past
 * rest (tests/scene/flow/flowSim.test.ts: peak 0.64 at ±45°, 0.50 at ±50°, 0.70 wanted); at ±40°
 * the valve ahead of a stroke run the wrong way is seen open for about a second in the browser
 * (tests/e2e/valves.test.ts). What the valves show comes first: ±35° from a quarter of the
 * shank above the malleoli up, wider round the foot and ankle (`glideSpreadAt`,
 * handArrangement.ts), where the drawn hands' inner edges still touch on the shin.
 */
export const GLIDE_SPREAD_DEGREES = 35;
