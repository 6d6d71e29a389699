/**
 * The language a protocol's text is written in: a BCP 47 tag (`en`, `es-MX`, `ar`), English
 * when the file does not say; and which way text in that language runs, so the page can mark a
 * protocol's own text (`lang`, `dir`) inside a page in another language.
 */

/** What a protocol file without a `language` field is written in. */
export const DEFAULT_PROTOCOL_LANGUAGE = 'en';

/** A well-formed BCP 47 language tag (`es`, `es-MX`, `ar`, `zh-Hant-TW`). */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Scripts written right to left (ISO 15924), and languages usually written in one of them. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand']);
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);

/** `ltr` or `rtl` for a language tag; an unreadable tag reads left to right. */
export function tagDirection(tag: string): 'ltr' | 'rtl' {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return 'ltr';
  }
  if (locale.script !== undefined) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}
