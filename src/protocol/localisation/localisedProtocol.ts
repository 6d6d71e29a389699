/**
 * The protocol in the reader's language, when a translation of it is shipped: translations are
 * loaded on demand (one chunk per language), chosen by language tag, checked and applied. A
 * protocol nobody translated (a user's own file) stays as written.
 */
import type { Protocol } from '../schema';
import { localiseProtocol } from './localiseProtocol';
import { pickLanguage } from './pickLanguage';

/** The shipped translations of one protocol, by language, each loaded when first asked for. */
export interface TranslationRegistry {
  protocolId: string;
  loaders: Readonly<Record<string, () => Promise<{ default: unknown }>>>;
}

export interface LocalisedProtocol {
  protocol: Protocol;
  /** The language the text is now in, or null: shown as written (no translation fits). */
  language: string | null;
}

/**
 * `protocol` (as loaded, never already localised) in the language `languageTag` asks for, from
 * the first registry that translates this protocol.
 */
export async function localisedProtocol(
  protocol: Protocol,
  languageTag: string,
  registries: readonly TranslationRegistry[],
): Promise<LocalisedProtocol> {
  const asWritten = { protocol, language: null };
  const registry = registries.find((r) => r.protocolId === protocol.id);
  if (registry === undefined) return asWritten;
  const language = pickLanguage(languageTag, Object.keys(registry.loaders));
  const load = language === undefined ? undefined : registry.loaders[language];
  if (language === undefined || load === undefined) return asWritten;
  const translated = localiseProtocol(protocol, (await load()).default);
  return translated === protocol ? asWritten : { protocol: translated, language };
}
