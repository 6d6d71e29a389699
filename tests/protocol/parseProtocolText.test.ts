/** Reading a protocol file's text: size before parsing, readable JSON errors. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultProtocol, defaultProtocolDocument } from '../../src/protocol/defaultProtocol';
import { PROTOCOL_MAX_BYTES, parseProtocolText } from '../../src/protocol/validate';
import { saidErrors } from './support/validation';

const defaultText = JSON.stringify(defaultProtocolDocument, null, 2);
const errorsOf = saidErrors;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseProtocolText', () => {
  it('reads the default protocol file', () => {
    const result = parseProtocolText(defaultText);
    expect(result.ok && result.protocol).toEqual(defaultProtocol);
  });

  it('the default protocol is far below the size limit', () => {
    expect(PROTOCOL_MAX_BYTES).toBe(256 * 1024);
    expect(new TextEncoder().encode(defaultText).length).toBeLessThan(PROTOCOL_MAX_BYTES / 4);
  });

  it('refuses an oversize file without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseProtocolText(`[${'0,'.repeat(PROTOCOL_MAX_BYTES)}0]`);
    expect(parse).not.toHaveBeenCalled();
    expect(errorsOf(result)).toEqual([
      {
        path: '$',
        message: 'The file is too large (more than 256 KB); a protocol may be at most 256 KB',
      },
    ]);
  });

  it('counts bytes, not characters, right at the limit', () => {
    const limit = defaultText.length + 4;
    const padded = `${defaultText}    `;
    expect(parseProtocolText(padded, limit).ok).toBe(true);
    expect(parseProtocolText(`${padded} `, limit).ok).toBe(false);
    // "é" is two bytes in UTF-8: the text is 15 characters but 18 bytes
    const accented = JSON.stringify({ title: 'ééé' });
    expect(errorsOf(parseProtocolText(accented, accented.length + 2))[0]?.message).toMatch(
      /too large \(18 bytes\)/,
    );
  });

  it('points at the line and column of a JSON syntax error', () => {
    const broken = defaultText.replace('"title": "Circulatory leg massage",', '"title": "x"');
    const line = broken.split('\n').findIndex((l) => l.includes('"title": "x"')) + 2;
    const [error] = errorsOf(parseProtocolText(broken));
    expect(error?.path).toBe('$');
    expect(error?.message).toMatch(
      new RegExp(`^The file is not valid JSON: line ${line}, column \\d+: `),
    );
  });

  it('explains a file that stops too early, an empty file, and a trailing comma', () => {
    expect(errorsOf(parseProtocolText('{"format": '))[0]?.message).toMatch(/ends too early/);
    expect(errorsOf(parseProtocolText(' \n '))[0]?.message).toBe('The file is empty');
    expect(errorsOf(parseProtocolText('{"a": 1,}'))[0]?.message).toMatch(
      /^The file is not valid JSON: line 1, column 9/,
    );
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(parseProtocolText(`\uFEFF${defaultText}`).ok).toBe(true);
  });

  it('survives very deep nesting inside the size limit', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(errorsOf(parseProtocolText(deep))[0]?.path).toBe('$');
  });

  it('valid JSON that is not a protocol goes on to the format check', () => {
    expect(errorsOf(parseProtocolText('{"format": "proximal-protocol"}'))[0]?.path).toBe(
      '$.version',
    );
  });
});
