/** Titles shown without bidi controls: the text around them and their own order stay put. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProtocolDocument } from '../../src/protocol/defaultProtocol';
import { validateProtocol } from '../../src/protocol/validate';
import { plainTitle } from '../../src/ui/plainTitle';
import { ProtocolTextView } from '../../src/ui/textview';

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

describe('a protocol titled with a right-to-left override', () => {
  it('is shown in the text view without the override', () => {
    const result = validateProtocol({
      ...(structuredClone(defaultProtocolDocument) as object),
      title: '\u202elanigirO',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const html = renderToStaticMarkup(
      createElement(ProtocolTextView, { protocol: result.protocol }),
    );
    expect(html).toContain('>lanigirO</h2>');
    expect(html).not.toMatch(BIDI);
  });
});
