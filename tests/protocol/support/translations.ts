/** The shipped translation documents, read as a user's file would be, and fresh copies of them. */
import { readFileSync } from 'node:fs';
import type { Json } from './document';

export const SHIPPED_LANGUAGES = ['es', 'de', 'ar'] as const;
export type ShippedLanguage = (typeof SHIPPED_LANGUAGES)[number];

export function translationFileText(language: ShippedLanguage): string {
  const url = new URL(
    `../../../src/protocol/translations/defaultProtocol.${language}.json`,
    import.meta.url,
  );
  return readFileSync(url, 'utf8');
}

/** A fresh, deep copy of a shipped translation document, to change freely. */
export function freshTranslation(language: ShippedLanguage): { [key: string]: Json } {
  return JSON.parse(translationFileText(language)) as { [key: string]: Json };
}
