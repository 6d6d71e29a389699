/**
 * The app uses the bundled protocol document as it is, without validating it before the first
 * frame; that is only sound while validation would change nothing.
 */
import { describe, expect, it } from 'vitest';
import document from '../../src/protocol/defaultProtocol.json';
import { protocolSchema } from '../../src/protocol/schema';
import { validateProtocol } from '../../src/protocol/validate';
import { bundledProtocol, useProtocolStore } from '../../src/state/protocolStore';

describe('the bundled protocol', () => {
  it('is in canonical form: validating it returns the same document', () => {
    expect(protocolSchema.parse(document)).toStrictEqual(document);
    const result = validateProtocol(document);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.protocol).toStrictEqual(bundledProtocol);
  });

  it('is what the app starts with', () => {
    expect(useProtocolStore.getState().protocol).toBe(bundledProtocol);
  });
});
