/**
 * The default protocol's shipped translations (English is the protocol itself). Each language is
 * its own chunk, fetched only when chosen, so the entry does not grow with languages.
 */
import type { TranslationRegistry } from './localisation/localisedProtocol';

export const defaultProtocolTranslations: TranslationRegistry = {
  protocolId: 'circulatory-leg-massage',
  loaders: {
    es: () => import('./translations/defaultProtocol.es.json'),
    de: () => import('./translations/defaultProtocol.de.json'),
    ar: () => import('./translations/defaultProtocol.ar.json'),
  },
};
