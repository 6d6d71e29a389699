import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonText } from '../../src/files/readJsonText';

describe('reading untrusted JSON text', () => {
  it('reads any JSON value, with or without a byte-order mark', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, bom) => {
        const text = (bom ? '\uFEFF' : '') + JSON.stringify(value);
        const read = readJsonText(text, 1e7);
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.value).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('refuses text over the limit before parsing it, counting UTF-8 bytes', () => {
    expect(readJsonText('{'.repeat(2000), 1000)).toEqual({
      ok: false,
      problem: { kind: 'too-large', bytes: null, maxBytes: 1000 },
    });
    const accents = `"${'é'.repeat(600)}"`;
    expect(readJsonText(accents, 1000)).toEqual({
      ok: false,
      problem: { kind: 'too-large', bytes: 1202, maxBytes: 1000 },
    });
  });

  it('tells an empty file, a non-text and a file that ends too early apart', () => {
    expect(readJsonText('\uFEFF  \n', 1000)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(readJsonText(42, 1000)).toEqual({ ok: false, problem: { kind: 'not-text' } });
    expect(readJsonText('{"a": [', 1000)).toMatchObject({
      ok: false,
      problem: { kind: 'syntax', endsEarly: true },
    });
  });

  it('gives the line and column of a syntax error, counted after a byte-order mark', () => {
    expect(readJsonText('\uFEFF{\n  "a": 1,\n  }', 1000)).toMatchObject({
      ok: false,
      problem: { kind: 'syntax', endsEarly: false, line: 3, column: 3 },
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof readJsonText(text, 1000).ok === 'boolean'));
  });
});
