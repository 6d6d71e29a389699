/**
 * Choosing a language in the page: its catalogs loaded, `<html lang dir>` set, the choice
 * remembered and written into the address (`?lang=`), so a shared link opens in that language.
 */
import { chooseLanguage } from './chooseLanguage';
import { i18n } from './instance';
import { textDirection, type Language } from './languages';
import { loadLanguage } from './loadLanguage';

export const LANGUAGE_STORAGE_KEY = 'proximal.language';

function remembered(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage blocked: the choice lasts this visit
  }
}

function remember(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage blocked or full: the address still carries the choice
  }
}

function writeAddress(language: Language): void {
  const url = new URL(location.href);
  if (url.searchParams.get('lang') === language) return;
  url.searchParams.set('lang', language);
  history.replaceState(history.state, '', url);
}

function markDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
}

/** The language to start in, from the address, the remembered choice and the browser. */
export function startingLanguage(): Language {
  return chooseLanguage({
    search: location.search,
    stored: remembered(),
    browser: navigator.languages ?? [navigator.language],
  });
}

/** Loads and switches to `language`; the app re-renders through react-i18next. */
export async function applyLanguage(
  language: Language,
  { fromUser }: { fromUser: boolean },
): Promise<void> {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
  markDocument(language);
  if (fromUser) {
    remember(language);
    writeAddress(language);
  } else if (new URLSearchParams(location.search).has('lang')) {
    writeAddress(language); // a `?lang=de-AT` reads back as `?lang=de`
  }
}
