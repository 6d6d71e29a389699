/**
 * The one i18next instance: ICU MessageFormat (plurals, selects, numbers) through i18next-icu,
 * English bundled and used as the fallback, other languages added when chosen (`loadLanguage`).
 * Initialised synchronously, so text is there on the first render and in node tests.
 */
import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { DEFAULT_LANGUAGE } from './languages';
import { englishResources, NAMESPACES } from './resources';

/** Keys asked for but found in no catalog; a browser test reads them from the console too. */
export const missingKeys = new Set<string>();

export const i18n: I18n = i18next.createInstance();

void i18n.use(ICU).init({
  initAsync: false,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['en', 'es', 'de', 'ar'],
  ns: NAMESPACES,
  defaultNS: 'common',
  resources: { en: englishResources },
  // The catalogs hold text only; nothing they say is HTML, and React escapes what it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: true,
  missingKeyHandler: (_languages, namespace, key) => {
    const full = `${namespace}:${key}`;
    if (missingKeys.has(full)) return;
    missingKeys.add(full);
    console.error(`i18n: missing key ${full}`);
  },
});

/** Text for a catalog key, in the current language. */
export const t = (key: string, values?: Record<string, unknown>): string =>
  i18n.t(key, values ?? {}) as string;
