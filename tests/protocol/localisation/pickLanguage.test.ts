import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../src/protocol/localisation/pickLanguage';

const SHIPPED = ['es', 'de', 'ar'];

describe('pickLanguage', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES-419', 'es'],
    ['de-AT', 'de'],
    ['de-CH-1996', 'de'],
    ['ar-EG', 'ar'],
    ['ar-Arab-SA', 'ar'],
  ])('%s → %s', (tag, wanted) => {
    expect(pickLanguage(tag, SHIPPED)).toBe(wanted);
  });

  it.each(['en', 'en-GB', 'fr', 'pt-BR', 'eu', 'und', 'und-ES', '', 'not a tag', 'e'])(
    '%j → none',
    (tag) => {
      expect(pickLanguage(tag, SHIPPED)).toBeUndefined();
    },
  );

  it('prefers the most specific translation shipped', () => {
    const available = ['pt', 'pt-BR', 'zh-Hant', 'zh'];
    expect(pickLanguage('pt-BR', available)).toBe('pt-BR');
    expect(pickLanguage('pt-PT', available)).toBe('pt');
    expect(pickLanguage('zh-Hant-TW', available)).toBe('zh-Hant');
    expect(pickLanguage('zh-CN', available)).toBe('zh');
  });

  it('never throws and only ever answers one of the languages offered', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        const picked = pickLanguage(tag, SHIPPED);
        expect(picked === undefined || SHIPPED.includes(picked)).toBe(true);
      }),
    );
  });
});
