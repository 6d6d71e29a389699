/**
 * The protocol in a reader's language through the shipped registry: the default protocol is
 * translated for es, de and ar (any region), stays as written for any other language, and a
 * user's own protocol, which no registry translates, always stays as written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { defaultProtocolTranslations } from '../../../src/protocol/defaultProtocolTranslations';
import { localisedProtocol } from '../../../src/protocol/localisation/localisedProtocol';
import type { Protocol } from '../../../src/protocol/schema';

const registries = [defaultProtocolTranslations];

describe('localisedProtocol', () => {
  it.each([
    ['es-MX', 'es', 'Masaje circulatorio de piernas'],
    ['de-DE', 'de', 'Kreislaufmassage der Beine'],
    ['ar', 'ar', 'تدليك الساقين لتنشيط الدورة الدموية'],
  ])('%s: the default protocol in %s', async (tag, language, title) => {
    const result = await localisedProtocol(defaultProtocol, tag, registries);
    expect(result.language).toBe(language);
    expect(result.protocol.title).toBe(title);
    expect(result.protocol.phases.map((p) => p.id)).toEqual(
      defaultProtocol.phases.map((p) => p.id),
    );
  });

  it('any other language: the protocol as written, the same object', async () => {
    const others = fc.oneof(
      fc.constantFrom('en', 'en-US', 'fr-FR', 'pt-BR', 'und', ''),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(others, async (tag) => {
        fc.pre(!/^(es|de|ar)(-|_|$)/i.test(tag.trim()));
        const result = await localisedProtocol(defaultProtocol, tag, registries);
        expect(result).toEqual({ protocol: defaultProtocol, language: null });
        expect(result.protocol).toBe(defaultProtocol);
      }),
      { numRuns: 200 },
    );
  });

  it("a user's own protocol stays in its own language, whatever language is asked for", async () => {
    const own: Protocol = {
      ...structuredClone(defaultProtocol),
      id: 'my-routine',
      title: 'Mi rutina',
    };
    for (const tag of ['es', 'de', 'ar', 'en']) {
      const result = await localisedProtocol(own, tag, registries);
      expect(result.protocol).toBe(own);
      expect(result.language).toBeNull();
    }
  });

  it('an edited default (same id, other text) is not given the default translation', async () => {
    const edited = structuredClone(defaultProtocol);
    edited.contraindications[1]!.action = 'Do not massage.';
    const result = await localisedProtocol(edited, 'es', registries);
    expect(result.protocol).toBe(edited);
    expect(result.language).toBeNull();
  });

  it('the registry is for the default protocol, and loads each language it lists', async () => {
    expect(defaultProtocolTranslations.protocolId).toBe(defaultProtocol.id);
    expect(Object.keys(defaultProtocolTranslations.loaders).sort()).toEqual(['ar', 'de', 'es']);
    for (const [language, load] of Object.entries(defaultProtocolTranslations.loaders)) {
      const loaded = (await load()).default as { language: string };
      expect(loaded.language).toBe(language);
    }
  });
});
