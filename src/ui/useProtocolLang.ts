/**
 * `lang` and `dir` for an element that shows the protocol's own text: the language of the
 * translation shown, else the one the protocol declares (English when it does not). A user's
 * English protocol in the Arabic page is then read as English, left to right, by screen readers
 * and the bidi algorithm; the page's own words keep the page's language.
 */
import { useMemo } from 'react';
import { DEFAULT_PROTOCOL_LANGUAGE, tagDirection } from '../protocol/languageTag';
import { useProtocolStore } from '../state/protocolStore';

export interface TextLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function useProtocolLang(): TextLanguage {
  const translated = useProtocolStore((s) => s.shownLanguage);
  const declared = useProtocolStore((s) => s.shown.language);
  const lang = translated ?? declared ?? DEFAULT_PROTOCOL_LANGUAGE;
  return useMemo(() => ({ lang, dir: tagDirection(lang) }), [lang]);
}
