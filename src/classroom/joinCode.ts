/**
 * Join codes: six characters a student can read off a projector and type on a phone. The
 * alphabet leaves out the look-alikes (0/O, 1/I/L, 5/S, 2/Z, 8/B). 24^6 ≈ 1.9e8 codes, drawn at
 * random, so a class is not found by counting up.
 */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3467';
export const JOIN_CODE_LENGTH = 6;

const CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A code as typed (any case, spaces or dashes) in its canonical form, or null. */
export function normalizeJoinCode(typed: string): string | null {
  if (typed.length > 40) return null;
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return CODE.test(code) ? code : null;
}

/** A fresh code from random bytes (one byte per character; `bytes` as many as the code). */
export function joinCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_LENGTH) throw new Error('joinCodeFrom: too few random bytes');
  let code = '';
  // A byte modulo 24 slightly favours the first 16 characters: harmless for a code that only
  // has to be hard to guess for the hour a class lasts.
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) {
    code += JOIN_CODE_ALPHABET[(bytes[i] ?? 0) % JOIN_CODE_ALPHABET.length];
  }
  return code;
}

/** The code as shown on screen: two groups of three. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
