/**
 * Titles shown without bidi controls: the text around them and their own order stay put. (That
 * the Read view shows a title through it is checked in textView.test.tsx.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTitle } from '../../src/ui/plainTitle';

const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
const bidiControl = fc.constantFrom(
  ...'\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'.split(''),
);

describe('plainTitle', () => {
  it('removes every bidi embedding, override and isolate and keeps everything else', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }), bidiControl);
    fc.assert(
      fc.property(fc.array(piece), (pieces) => {
        const shown = plainTitle(pieces.join(''));
        expect(shown).not.toMatch(BIDI);
        const everyControl = new RegExp(BIDI.source, 'gu');
        expect(shown).toBe(pieces.map((p) => p.replace(everyControl, '')).join(''));
      }),
    );
  });

  it('leaves a title without bidi controls exactly as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (title) => {
        fc.pre(!BIDI.test(title));
        expect(plainTitle(title)).toBe(title);
      }),
    );
  });
});
