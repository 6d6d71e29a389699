/**
 * A fingerprint of a protocol's text (every key and text of `protocolTextEntries`), which a
 * translation carries: a translation made from other text (an edited protocol that kept the
 * default's id, or an English text changed since) no longer matches and is not applied, so a
 * reader is never shown a translation of something the protocol does not say.
 */
import type { Protocol } from '../schema';
import { jsonPath } from '../validation/jsonPath';
import { protocolTextEntries } from './textFields';

/** 53-bit cyrb53 (public domain, bryc): fast, synchronous, well spread; not for security. */
function cyrb53(input: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 14 hex digits, e.g. `"0a3f9c2e7b1d44"`. */
export const SOURCE_DIGEST = /^[0-9a-f]{14}$/;

export function sourceDigest(protocol: Protocol): string {
  const entries = protocolTextEntries(protocol).map((e) => [jsonPath(e.key), e.text]);
  return cyrb53(JSON.stringify(entries)).toString(16).padStart(14, '0');
}
