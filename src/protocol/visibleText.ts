/**
 * Whether a text shows anything. A title made only of zero-width, format, control or blank
 * characters would make a protocol look nameless in every list that shows it.
 */

/**
 * Characters that draw nothing on their own: white space, controls, format characters (zero-width
 * space and joiners, bidi controls, the byte-order mark), combining marks with no letter to sit
 * on, and the letters and symbols that render blank (Hangul fillers, the blank Braille pattern,
 * the Mongolian vowel separator).
 */
const INVISIBLE = '\\s\\p{Cc}\\p{Cf}\\p{M}\\u115f\\u1160\\u180e\\u2800\\u3164\\uffa0';

/** Matches a text that has at least one character that shows. */
export const VISIBLE_CHARACTER = new RegExp(`[^${INVISIBLE}]`, 'u');
