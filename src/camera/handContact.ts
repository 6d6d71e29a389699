/**
 * Is the hand on the leg? The camera sees no pressure, only where the palm is: on the leg when
 * its centre lies within about half a thigh's width of the leg line. Proximal's judgement, not
 * the guide's: an adult thigh is about 15 cm across and ankle to groin about 80 cm, so half a
 * width is about a tenth of the line; a little hysteresis keeps a palm on the edge from flickering.
 */

/** Closer than this share of the leg line: the hand comes onto the leg. */
export const CONTACT_ON = 0.1;
/** Farther than this: the hand has left it. */
export const CONTACT_OFF = 0.14;

export function inContact(offLine: number, wasInContact: boolean): boolean {
  return offLine <= (wasInContact ? CONTACT_OFF : CONTACT_ON);
}
