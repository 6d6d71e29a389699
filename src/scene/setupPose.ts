/**
 * The setup step's picture: the person lying on their back with the leg raised on a wedge so
 * the foot is above the heart (the method: "ideally positioning them higher than the heart").
 * The standing model is turned about the hip into that position.
 */

/** Hip pivot in model space (metres): the top of the leg, where it meets the trunk. */
export const HIP_PIVOT: [number, number, number] = [0, 0.9, 0];
/** Raise of the leg above the horizontal; 15° lifts the foot ~22 cm, well above the heart. */
export const ELEVATION_DEG = 15;
/** Height of the heart above the hip when lying on the back (about half the chest depth). */
export const HEART_ABOVE_HIP_M = 0.1;
/** The heart lies about 45 cm headward of the hip joint in an adult (trunk proportions). */
export const HEART_HEADWARD_M = 0.45;

/** Rotation about x that turns the standing leg into the raised, lying leg. */
export const LYING_ROTATION_X = -((90 + ELEVATION_DEG) * Math.PI) / 180;
