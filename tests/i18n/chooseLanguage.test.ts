/** The starting language: ?lang= first, then the remembered choice, the browser's, English. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseLanguage, chooseLanguage } from '../../src/i18n/chooseLanguage';
import { LANGUAGES } from '../../src/i18n/languages';

describe('chooseLanguage', () => {
  it('takes ?lang= over the remembered choice and the browser', () => {
    expect(chooseLanguage({ search: '?t=3&lang=ar', stored: 'de', browser: ['es'] })).toBe('ar');
  });

  it('takes the remembered choice over the browser', () => {
    expect(chooseLanguage({ search: '', stored: 'de', browser: ['es-MX'] })).toBe('de');
  });

  it('takes the first browser language it has, by its base language', () => {
    expect(chooseLanguage({ search: '', stored: null, browser: ['fr-FR', 'de-AT', 'es'] })).toBe(
      'de',
    );
  });

  it('ignores what it does not ship and falls back to English', () => {
    expect(chooseLanguage({ search: '?lang=fr', stored: 'xx', browser: ['ja'] })).toBe('en');
  });

  it('always answers a shipped language, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.array(fc.string()), (q, stored, tags) => {
        const search = `?lang=${encodeURIComponent(q)}`;
        expect(LANGUAGES).toContain(chooseLanguage({ search, stored, browser: tags }));
      }),
    );
  });

  it('reads region and script subtags as their base language', () => {
    expect(baseLanguage('AR-eg')).toBe('ar');
    expect(baseLanguage('es_419')).toBe('es');
    expect(baseLanguage('pt-BR')).toBeNull();
  });
});
