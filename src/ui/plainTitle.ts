/**
 * A title from a protocol or from saved data, made safe to show: bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) are removed, so a title cannot reverse the text around
 * it or pose as another ("‮lanigirO" shown as "Original"). The characters themselves stay.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;

export function plainTitle(title: string): string {
  return title.replace(BIDI_CONTROLS, '');
}
