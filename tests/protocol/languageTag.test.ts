/** A protocol's language: a BCP 47 tag, English when absent, and the way its text runs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLanguageTag, tagDirection } from '../../src/protocol/languageTag';
import { freshDefault } from './support/document';
import { errorsAfter } from './support/validation';
import { validateProtocol } from '../../src/protocol/validate';

describe('isLanguageTag', () => {
  it.each(['en', 'es-MX', 'ar', 'zh-Hant-TW', 'de-AT'])('accepts %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });
  it.each(['', 'english!', 'e', 'es_MX x', '12'])('refuses %j', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (tag) => typeof isLanguageTag(tag) === 'boolean'));
  });
});

describe('tagDirection', () => {
  it('runs Arabic, Hebrew and Persian right to left, by language or by script', () => {
    expect(['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'az-Arab'].map(tagDirection)).toEqual(
      Array(6).fill('rtl'),
    );
  });
  it('runs the others left to right, and a language written in Latin script too', () => {
    expect(['en', 'es-MX', 'de', 'zh-Hant', 'ar-Latn', 'not a tag'].map(tagDirection)).toEqual(
      Array(6).fill('ltr'),
    );
  });
});

describe('the protocol file’s "language"', () => {
  it('is optional, and kept as written when it is a language tag', () => {
    const doc = freshDefault();
    doc.language = 'es-MX';
    const result = validateProtocol(doc);
    expect(result.ok && result.protocol.language).toBe('es-MX');
    expect(validateProtocol(freshDefault()).ok).toBe(true);
  });

  it('is refused, with its path, when it is not a language tag', () => {
    expect(errorsAfter((d) => (d.language = 'English (UK)'))).toEqual([
      {
        path: '$.language',
        message: '"language" must be a language tag such as "en" or "es-MX"; got "English (UK)"',
      },
    ]);
  });
});
