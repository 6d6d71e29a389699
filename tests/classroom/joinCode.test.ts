import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  joinCodeFrom,
  normalizeJoinCode,
} from '../../src/classroom/joinCode';

describe('join codes', () => {
  it('are drawn from the alphabet and read back however they are typed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: JOIN_CODE_LENGTH, maxLength: 12 }), (bytes) => {
        const code = joinCodeFrom(bytes);
        expect(code).toHaveLength(JOIN_CODE_LENGTH);
        expect([...code].every((c) => JOIN_CODE_ALPHABET.includes(c))).toBe(true);
        expect(normalizeJoinCode(code)).toBe(code);
        expect(normalizeJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
        expect(normalizeJoinCode(`${code.slice(0, 3)}-${code.slice(3)}`)).toBe(code);
      }),
    );
  });

  it('leave out the characters that look alike', () => {
    for (const lookAlike of '0O1IL5S2Z8B') expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
    expect(normalizeJoinCode('ACDEF0')).toBeNull();
    expect(normalizeJoinCode('ACDEF')).toBeNull();
    expect(normalizeJoinCode('A'.repeat(100))).toBeNull();
  });
});
