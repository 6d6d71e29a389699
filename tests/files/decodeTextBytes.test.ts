/** Text files saved as UTF-8 (with or without a byte-order mark) or UTF-16 (LE or BE, with one). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from '../../src/files/decodeTextBytes';

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + 2 * i, text.charCodeAt(i), order === 'le');
  return bytes;
}

const utf8 = (text: string, bom = false) =>
  new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

describe('decodeTextBytes', () => {
  it('reads UTF-16 LE and BE with a byte-order mark, and UTF-8 with or without one', () => {
    const text = '{"leg": "right", "note": "Wadenknetung – ふくらはぎ 🦵"}';
    expect(decodeTextBytes(utf16(text, 'le'))).toBe(text);
    expect(decodeTextBytes(utf16(text, 'be'))).toBe(text);
    expect(decodeTextBytes(utf8(text))).toBe(text);
    expect(decodeTextBytes(utf8(text, true))).toBe(text);
    expect(decodeTextBytes(new Uint8Array())).toBe('');
  });

  it('gives back any well-formed text in any of the four encodings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!text.startsWith('\ufeff'));
        expect(decodeTextBytes(utf16(text, 'le'))).toBe(text);
        expect(decodeTextBytes(utf16(text, 'be'))).toBe(text);
        expect(decodeTextBytes(utf8(text))).toBe(text);
        expect(decodeTextBytes(utf8(text, true))).toBe(text);
      }),
    );
  });
});
