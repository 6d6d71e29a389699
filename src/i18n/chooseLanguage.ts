/**
 * Which language to start in: `?lang=` in the address, else the one chosen last time, else the
 * first of the browser's languages Proximal has, else English. Pure.
 */
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

export interface LanguageSources {
  /** `location.search`. */
  search: string;
  /** The remembered choice, if any. */
  stored: string | null;
  /** `navigator.languages`, most preferred first (e.g. `de-AT`, `en-GB`). */
  browser: readonly string[];
}

/** `de-AT` → `de`; anything not shipped → null. */
export function baseLanguage(tag: string): Language | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : null;
}

export function chooseLanguage({ search, stored, browser }: LanguageSources): Language {
  const asked = new URLSearchParams(search).get('lang');
  const fromQuery = asked === null ? null : baseLanguage(asked);
  if (fromQuery !== null) return fromQuery;
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const language = baseLanguage(tag);
    if (language !== null) return language;
  }
  return DEFAULT_LANGUAGE;
}
